import { useRef } from 'react';
import { ChartFrame } from '../../viz/ChartFrame';
import { seriesColor } from '../../viz/palettes';

interface Props {
  title: string;
  H: number[][];
  s: number[];
  alpha: number[] | null;
  context: number[] | null;
}

const SIZE = 300;

/** 2-D arrows: h_i (grey), α_i h_i (coloured), s (dark) and the context c (thick). */
export function ContextArrows({ title, H, s, alpha, context }: Props) {
  const ref = useRef<SVGSVGElement>(null);
  const all = [...H, s, ...(context ? [context] : [])].flat().map(Math.abs).filter(Number.isFinite);
  const m = Math.max(1, ...all) * 1.15;
  const x = (v: number) => 10 + ((v + m) / (2 * m)) * (SIZE - 20);
  const y = (v: number) => SIZE - 10 - ((v + m) / (2 * m)) * (SIZE - 20);
  const arrow = (v: number[], key: string, color: string, width = 2) => (
    <line key={key} x1={x(0)} y1={y(0)} x2={x(v[0])} y2={y(v[1])} stroke={color} strokeWidth={width} markerEnd="url(#ga-att-arrowhead)" />
  );
  return (
    <ChartFrame title={title} width={SIZE} height={SIZE} svgRef={ref}>
      <defs>
        <marker id="ga-att-arrowhead" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" fill="context-stroke" />
        </marker>
      </defs>
      <line x1={x(-m)} y1={y(0)} x2={x(m)} y2={y(0)} className="ga-att-axis" />
      <line x1={x(0)} y1={y(-m)} x2={x(0)} y2={y(m)} className="ga-att-axis" />
      {H.map((h, i) => arrow(h, `h${i}`, 'var(--fg-muted)'))}
      {H.map((h, i) => <text key={`t${i}`} x={x(h[0]) + 4} y={y(h[1]) - 4} className="ga-att-small">h{i + 1}</text>)}
      {arrow(s, 's', 'var(--fg)')}
      <text x={x(s[0]) + 4} y={y(s[1]) + 14} className="ga-att-small">s</text>
      {alpha && H.map((h, i) => arrow([alpha[i] * h[0], alpha[i] * h[1]], `a${i}`, seriesColor(i), 3))}
      {context && arrow(context, 'c', 'var(--focus)', 5)}
      {context && <text x={x(context[0]) + 6} y={y(context[1]) + 16} className="ga-att-label">c</text>}
    </ChartFrame>
  );
}
