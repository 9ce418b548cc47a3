import type { ScaleLinear } from 'd3';
import { px } from './format';
import type { PlotArea, Tick } from './plotMath';

/** Estimated width (viewBox units) of `text` at the chart font size; used for simple layout. */
export function textWidth(text: string, charWidth = 6.6): number {
  return text.length * charWidth;
}

/** Axes with grid lines, tick marks, tick labels and optional axis titles. */
export function Axes(props: { area: PlotArea; xTicks: Tick[]; yTicks: Tick[]; xLabel?: string; yLabel?: string; chartHeight: number }) {
  const { area, xTicks, yTicks } = props;
  const bottom = area.top + area.height;
  const right = area.left + area.width;
  return (
    <g className="ga-axes">
      <g className="ga-grid">
        {xTicks.map((t) => <line key={`gx${t.value}`} x1={t.pos} x2={t.pos} y1={area.top} y2={bottom} />)}
        {yTicks.map((t) => <line key={`gy${t.value}`} x1={area.left} x2={right} y1={t.pos} y2={t.pos} />)}
      </g>
      <g className="ga-axis ga-axis-x" data-testid="x-axis">
        <line x1={area.left} x2={right} y1={bottom} y2={bottom} />
        {xTicks.map((t) => (
          <g key={t.value} className="ga-tick" transform={`translate(${t.pos},${bottom})`}>
            <line y2={5} />
            <text y={17} textAnchor="middle">{t.label}</text>
          </g>
        ))}
        {props.xLabel && (
          <text className="ga-axis-label" x={px(area.left + area.width / 2)} y={props.chartHeight - 6} textAnchor="middle">{props.xLabel}</text>
        )}
      </g>
      <g className="ga-axis ga-axis-y" data-testid="y-axis">
        <line x1={area.left} x2={area.left} y1={area.top} y2={bottom} />
        {yTicks.map((t) => (
          <g key={t.value} className="ga-tick" transform={`translate(${area.left},${t.pos})`}>
            <line x2={-5} />
            <text x={-8} dy="0.32em" textAnchor="end">{t.label}</text>
          </g>
        ))}
        {props.yLabel && (
          <text className="ga-axis-label" transform={`translate(14,${px(area.top + area.height / 2)}) rotate(-90)`} textAnchor="middle">{props.yLabel}</text>
        )}
      </g>
    </g>
  );
}

/** One legend entry: the series' label, colour and dash style, placed at (x, row). */
export interface LegendItem { id: string; label: string; color: string; dashed: boolean; x: number; row: number }

/** Height of one legend row in viewBox units. */
export const LEGEND_ROW = 18;

/** Lays legend entries left to right from `left`, wrapping to a new row past `maxWidth`. */
export function layoutLegend(entries: Omit<LegendItem, 'x' | 'row'>[], left: number, maxWidth: number): LegendItem[] {
  let x = left;
  let row = 0;
  return entries.map((e) => {
    const w = 26 + textWidth(e.label) + 14;
    if (x > left && x + w > left + maxWidth) {
      x = left;
      row += 1;
    }
    const item = { ...e, x, row };
    x += w;
    return item;
  });
}

/** The series legend, drawn above the plot area starting at `top`. */
export function Legend(props: { items: LegendItem[]; top: number }) {
  return (
    <g className="ga-legend">
      {props.items.map((it) => {
        const y = props.top + it.row * LEGEND_ROW + LEGEND_ROW / 2;
        return (
          <g key={it.id} data-series={it.id}>
            <line x1={it.x} x2={it.x + 20} y1={y} y2={y} stroke={it.color} strokeWidth={2.5} strokeDasharray={it.dashed ? '5 3' : undefined} />
            <text x={it.x + 26} y={y} dy="0.32em">{it.label}</text>
          </g>
        );
      })}
    </g>
  );
}

/**
 * A marker: `x` only draws a vertical line, `y` only a horizontal line, both a highlighted point.
 * Coordinates in data units; `color` defaults to the theme accent.
 */
export interface PlotMarker { x?: number; y?: number; label?: string; color?: string }

const inDomain = (v: number, s: ScaleLinear<number, number>) => {
  const [a, b] = s.domain();
  return Number.isFinite(v) && v >= Math.min(a, b) && v <= Math.max(a, b);
};

/** Marker lines and points; markers that are non-finite or outside the domains are skipped. */
export function Markers(props: { markers: readonly PlotMarker[]; area: PlotArea; x: ScaleLinear<number, number>; y: ScaleLinear<number, number> }) {
  const { area, x, y } = props;
  return (
    <g className="ga-markers">
      {props.markers.map((m, i) => {
        const hasX = m.x !== undefined;
        const hasY = m.y !== undefined;
        if ((hasX && !inDomain(m.x as number, x)) || (hasY && !inDomain(m.y as number, y)) || (!hasX && !hasY)) return null;
        const cx = hasX ? px(x(m.x as number)) : area.left + area.width;
        const cy = hasY ? px(y(m.y as number)) : area.top;
        const stroke = m.color ?? 'var(--accent)';
        return (
          <g key={i} className="ga-marker" data-testid="marker">
            {hasX && !hasY && <line x1={cx} x2={cx} y1={area.top} y2={area.top + area.height} stroke={stroke} strokeDasharray="4 3" />}
            {hasY && !hasX && <line x1={area.left} x2={area.left + area.width} y1={cy} y2={cy} stroke={stroke} strokeDasharray="4 3" />}
            {hasX && hasY && <circle cx={cx} cy={cy} r={4.5} fill={stroke} stroke="var(--bg)" strokeWidth={1.5} />}
            {m.label && (
              <text x={hasY && !hasX ? cx - 4 : cx + 6} y={hasX && !hasY ? cy + 12 : cy - 6} textAnchor={hasY && !hasX ? 'end' : 'start'}>{m.label}</text>
            )}
          </g>
        );
      })}
    </g>
  );
}

/** One line of the hover read-out: a series' label, colour and formatted value. */
export interface ReadoutRow { id: string; label: string; color: string; text: string; cy: number | null }

/** The hover read-out: vertical guide at `gx`, dots on the series, and a text box beside the guide. */
export function Readout(props: { gx: number; area: PlotArea; heading: string; rows: ReadoutRow[] }) {
  const { gx, area, heading, rows } = props;
  const lines = [heading, ...rows.map((r) => `${r.label}: ${r.text}`)];
  const boxW = Math.max(...lines.map((l) => textWidth(l))) + 22;
  const boxH = lines.length * 15 + 8;
  const right = gx + 8 + boxW <= area.left + area.width;
  const bx = px(right ? gx + 8 : gx - 8 - boxW);
  const by = area.top + 4;
  return (
    <g className="ga-readout" data-testid="readout" pointerEvents="none">
      <line className="ga-readout-guide" x1={gx} x2={gx} y1={area.top} y2={area.top + area.height} />
      {rows.map((r) => r.cy !== null && <circle key={r.id} cx={gx} cy={r.cy} r={3.5} fill={r.color} stroke="var(--bg)" />)}
      <rect className="ga-readout-box" x={bx} y={by} width={px(boxW)} height={boxH} rx={4} />
      <text className="ga-readout-text" x={bx + 8} y={by + 16}>{heading}</text>
      {rows.map((r, i) => (
        <g key={r.id}>
          <rect x={bx + 8} y={by + 16 + (i + 1) * 15 - 8} width={8} height={8} fill={r.color} />
          <text className="ga-readout-text" x={bx + 20} y={by + 16 + (i + 1) * 15}>{`${r.label}: ${r.text}`}</text>
        </g>
      ))}
    </g>
  );
}
