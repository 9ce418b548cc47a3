import { useRef } from 'react';
import { formatNumber } from '../../lib/parseNumber';
import { ChartFrame } from '../../viz/ChartFrame';
import { sequentialColor } from '../../viz/palettes';

interface Props {
  title: string;
  values: number[];
  labels: string[];
  testId?: string;
  /** Values drawn as grey "masked" bars. */
  width?: number;
}

/** The label above a bar: weights below 0.0005 print as "≈0", since "2.77e−8" is wider than a bar (the exact value is in the bar's tooltip). */
const barLabel = (v: number) => (Number.isFinite(v) && Math.abs(v) < 5e-4 ? '≈0' : formatNumber(v, 3));

/** Bar chart of probabilities in [0, 1] (attention weights), with the value above each bar. */
export function AlphaBars({ title, values, labels, testId, width = 300 }: Props) {
  const ref = useRef<SVGSVGElement>(null);
  const H = 160;
  const bw = (width - 20) / Math.max(1, values.length);
  return (
    <ChartFrame title={title} width={width} height={H + 40} svgRef={ref}>
      <line x1={10} y1={H} x2={width - 10} y2={H} className="ga-att-axis" />
      {values.map((v, i) => {
        const h = Math.max(0, Math.min(1, v)) * (H - 30);
        return (
          <g key={i} data-testid={testId ? `${testId}-${i}` : undefined} data-value={v}>
            <rect x={10 + i * bw + bw * 0.15} y={H - h} width={bw * 0.7} height={h} fill={sequentialColor(v, 0, 1)} stroke="var(--fg-muted)">
              <title>{`${labels[i]}: ${formatNumber(v, 6)}`}</title>
            </rect>
            <text x={10 + i * bw + bw / 2} y={H - h - 6} textAnchor="middle" className="ga-att-small">{barLabel(v)}</text>
            <text x={10 + i * bw + bw / 2} y={H + 18} textAnchor="middle" className="ga-att-small">{labels[i]}</text>
          </g>
        );
      })}
    </ChartFrame>
  );
}
