import { useRef } from 'react';
import { fmt, useMessages } from '../i18n';
import { ChartFrame } from './ChartFrame';
import { formatNumber, px } from './format';
import { columnCount, dataValue, labelSpace, type Cell } from './gridMath';
import { cellReadout, GridLabels, StatusLine, useGridCursor } from './gridParts';
import { vizMessages } from './messages';
import { divergingColor, extentOf, maxAbsOf, sequentialColor, textColorOn } from './palettes';

/** Props of {@link Heatmap}. */
export interface HeatmapProps {
  /** The matrix, row-major (values[row][col]); non-finite entries are drawn grey and read "—". */
  values: readonly (readonly number[])[];
  /** Figure title (caption, `<title>`, `aria-label`). Required. */
  title: string;
  /** `'diverging'` for signed values (blue < 0 < red), `'sequential'` (viridis) for magnitudes. */
  scale: 'diverging' | 'sequential';
  /**
   * Colour domain. Diverging: made symmetric, [−m, m] with m = max(|lo|, |hi|); default m = max |value|.
   * Sequential: [min, max]; default the finite extent of the values.
   */
  domain?: readonly [number, number];
  rowLabels?: readonly string[];
  colLabels?: readonly string[];
  /** Language of the row and column labels when it is not the page's (e.g. "en" for English tokens). */
  labelLang?: string;
  /** Print each value in its cell, in black or white for contrast (default false). */
  showValues?: boolean;
  /** Decimals of printed values and the read-out (default 2). */
  digits?: number;
  /** Cells drawn with a strong outline. */
  highlight?: readonly Cell[];
  /** Cell side in viewBox units (default 28). */
  cellSize?: number;
  /** Called with the 0-based cell on click or Enter/Space; also makes cells show a pointer cursor. */
  onCellClick?: (row: number, col: number) => void;
  /** Download file name without extension; defaults to a slug of the title. */
  filename?: string;
}

const LEGEND_STEPS = 24;
const LEGEND_WIDTH = 168;

/** The colour function and its domain end points for a heatmap's settings. */
function colourScale(p: Pick<HeatmapProps, 'values' | 'scale' | 'domain'>) {
  if (p.scale === 'diverging') {
    const m = p.domain ? Math.max(Math.abs(p.domain[0]), Math.abs(p.domain[1])) : maxAbsOf(p.values);
    return { colour: (v: number) => divergingColor(v, m), lo: -m, hi: m };
  }
  const [lo, hi] = p.domain ?? extentOf(p.values);
  return { colour: (v: number) => sequentialColor(v, lo, hi), lo, hi };
}

/** Small horizontal colour bar with its end (and, for diverging, middle) values. */
function ColourLegend(props: { x: number; y: number; lo: number; hi: number; colour: (v: number) => string; label: string; digits: number }) {
  const { x, y, lo, hi } = props;
  const w = LEGEND_WIDTH / LEGEND_STEPS;
  const ticks = lo < 0 && hi > 0 ? [lo, 0, hi] : [lo, hi];
  return (
    <g className="ga-colour-legend">
      {Array.from({ length: LEGEND_STEPS }, (_, i) => (
        <rect key={i} x={px(x + i * w)} y={y} width={px(w + 0.5)} height={10} fill={props.colour(lo + ((i + 0.5) / LEGEND_STEPS) * (hi - lo))} />
      ))}
      <rect x={x} y={y} width={LEGEND_WIDTH} height={10} fill="none" stroke="var(--border)" />
      {ticks.map((v, i) => (
        <text key={i} x={px(x + (hi > lo ? ((v - lo) / (hi - lo)) * LEGEND_WIDTH : 0))} y={y + 23} textAnchor={i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle'}>
          {formatNumber(v, props.digits)}
        </text>
      ))}
    </g>
  );
}

/**
 * The text printed in a cell: like formatNumber, but a value too small to show at `digits` decimals prints as
 * "0" instead of an exponent form ("8.6e−5") wider than the cell. The hover readout keeps the exact value.
 */
function cellText(v: number, digits: number): string {
  const d = Math.max(0, Math.min(20, Math.floor(digits)));
  return Number.isFinite(v) && Math.abs(v) < 1 ? formatNumber(Number(v.toFixed(d)), d) : formatNumber(v, digits);
}

/** The coloured cells (and printed values) of a heatmap. */
function HeatCells(props: {
  values: readonly (readonly number[])[];
  colour: (v: number) => string;
  x0: number;
  y0: number;
  size: number;
  digits: number;
  showValues: boolean;
  onHover: (row: number, col: number) => void;
  onCellClick?: (row: number, col: number) => void;
}) {
  const { values, colour, x0, y0, size: cellSize, digits, onCellClick } = props;
  const font = px(Math.max(7, Math.min(13, cellSize * 0.36)));
  return (
    <g className={onCellClick ? 'ga-cells ga-cells--clickable' : 'ga-cells'}>
      {values.map((row, r) => row.map((v, c) => {
        const fill = colour(v);
        const x = x0 + c * cellSize;
        const y = y0 + r * cellSize;
        return (
          <g key={`${r}-${c}`}>
            <rect
              data-row={r} data-col={c} data-value={dataValue(v)} x={x} y={y} width={cellSize} height={cellSize} fill={fill}
              onPointerEnter={() => props.onHover(r, c)} onClick={onCellClick && (() => onCellClick(r, c))}
            />
            {props.showValues && (
              <text className="ga-cell-value" x={px(x + cellSize / 2)} y={px(y + cellSize / 2)} dy="0.35em" textAnchor="middle" fill={textColorOn(fill)} fontSize={font} pointerEvents="none">
                {cellText(v, digits)}
              </text>
            )}
          </g>
        );
      }))}
    </g>
  );
}

/**
 * A matrix as coloured cells, with optional labels, printed values, highlighted cells, a colour
 * legend and a hover/keyboard read-out of the cell under the cursor.
 */
export function Heatmap(props: HeatmapProps) {
  const { values, title, digits = 2, cellSize = 28, rowLabels, colLabels, onCellClick } = props;
  const t = useMessages(vizMessages);
  const svgRef = useRef<SVGSVGElement>(null);
  const rows = values.length;
  const cols = columnCount(values);
  const cursor = useGridCursor(rows, cols, onCellClick);
  const { colour, lo, hi } = colourScale(props);
  const space = labelSpace(rowLabels, colLabels, cellSize);
  const x0 = space.left + 2;
  const y0 = space.top + 2;
  const gridBottom = y0 + rows * cellSize;
  const width = Math.ceil(Math.max(x0 + cols * cellSize + (space.rotateCols ? space.top : 0), x0 + LEGEND_WIDTH) + 4);
  const height = gridBottom + 66;
  const readout = cellReadout(t.cellAt, cursor.active, values, digits, rowLabels, colLabels);

  return (
    <ChartFrame
      title={title} width={width} height={height} svgRef={svgRef} filename={props.filename} live={readout}
      hint={onCellClick ? t.gridHintClick : t.gridHint} onKeyDown={cursor.onKeyDown} onFocus={cursor.onFocus}
      onBlur={cursor.onBlur} onPointerLeave={() => cursor.setActive(null)} className="ga-heatmap"
    >
      <GridLabels rowLabels={rowLabels} colLabels={colLabels} lang={props.labelLang} space={space} x0={x0} y0={y0} cellWidth={cellSize} cellHeight={cellSize} />
      <HeatCells
        values={values} colour={colour} x0={x0} y0={y0} size={cellSize} digits={digits} showValues={!!props.showValues}
        onHover={(row, col) => cursor.setActive({ row, col })} onCellClick={onCellClick}
      />
      <g className="ga-highlights" pointerEvents="none">
        {(props.highlight ?? []).filter((h) => h.row >= 0 && h.row < rows && h.col >= 0 && h.col < cols).map((h) => (
          <g key={`h${h.row}-${h.col}`} data-testid="highlight" data-row={h.row} data-col={h.col}>
            <rect x={x0 + h.col * cellSize + 1} y={y0 + h.row * cellSize + 1} width={cellSize - 2} height={cellSize - 2} fill="none" stroke="var(--fg)" strokeWidth={3} />
            <rect x={x0 + h.col * cellSize + 2.5} y={y0 + h.row * cellSize + 2.5} width={cellSize - 5} height={cellSize - 5} fill="none" stroke="var(--bg)" strokeWidth={1.2} />
          </g>
        ))}
      </g>
      {cursor.active && (
        <rect className="ga-cursor" x={x0 + cursor.active.col * cellSize} y={y0 + cursor.active.row * cellSize} width={cellSize} height={cellSize} pointerEvents="none" />
      )}
      <ColourLegend x={x0} y={gridBottom + 10} lo={lo} hi={hi} colour={colour} digits={digits} label={fmt(t.scaleLegend, { min: formatNumber(lo, digits), max: formatNumber(hi, digits) })} />
      <StatusLine x={x0} y={gridBottom + 56} text={readout} />
    </ChartFrame>
  );
}
