import { useRef } from 'react';
import { useMessages } from '../i18n';
import { ChartFrame } from './ChartFrame';
import { formatNumber, px } from './format';
import { columnCount, inWindow, labelSpace } from './gridMath';
import { cellReadout, GridLabels, StatusLine, useGridCursor } from './gridParts';
import { vizMessages } from './messages';
import { divergingColor, maxAbsOf, textColorOn } from './palettes';

/** What a highlighted window means: the input patch read, the output cell written, or the max chosen. */
export type WindowKind = 'read' | 'write' | 'winner';

/** A highlighted rectangle of cells: top-left (row, col), 0-based, spanning rows × cols. */
export interface MatrixWindow { row: number; col: number; rows: number; cols: number; kind: WindowKind }

/** Props of {@link MatrixView}. */
export interface MatrixViewProps {
  /** The matrix, row-major (values[row][col]); non-finite entries read "—". */
  values: readonly (readonly number[])[];
  /** Figure title (caption, `<title>`, `aria-label`). Required. */
  title: string;
  rowLabels?: readonly string[];
  colLabels?: readonly string[];
  /** Highlighted windows, drawn in order (later on top). */
  windows?: readonly MatrixWindow[];
  /** Tint cells by value with the diverging palette (default false). */
  colorByValue?: boolean;
  /** Diverging domain half-width m for `colorByValue` ([−m, m]); default max |value|. */
  maxAbs?: number;
  /** Decimals shown (default 2; trailing zeros trimmed). */
  digits?: number;
  /** Called with the 0-based cell on click or Enter/Space. */
  onCellClick?: (row: number, col: number) => void;
  /** Cell size in viewBox units (defaults 52 × 30). */
  cellWidth?: number;
  cellHeight?: number;
  /** Download file name without extension; defaults to a slug of the title. */
  filename?: string;
}

/**
 * Stroke style per window kind; kinds differ by dash and thickness as well as colour:
 * read = dashed thin, write = solid medium with fill, winner = solid thick with bold numbers.
 */
export const WINDOW_STYLE: Record<WindowKind, { stroke: string; width: number; dash?: string; fill: string; fillOpacity: number }> = {
  read: { stroke: 'var(--series-1)', width: 2, dash: '6 3', fill: 'var(--series-1)', fillOpacity: 0.1 },
  write: { stroke: 'var(--series-2)', width: 2.5, fill: 'var(--series-2)', fillOpacity: 0.16 },
  winner: { stroke: 'var(--series-3)', width: 4, fill: 'none', fillOpacity: 0 },
};

/** One window's outline (and fill) over the grid whose top-left corner is (x0, y0). */
function WindowRect(props: { w: MatrixWindow; x0: number; y0: number; cw: number; ch: number }) {
  const { w, x0, y0, cw, ch } = props;
  const s = WINDOW_STYLE[w.kind];
  const inset = s.width / 2 + 1;
  return (
    <rect
      className={`ga-window ga-window--${w.kind}`} data-kind={w.kind} data-testid="window"
      x={px(x0 + w.col * cw + inset)} y={px(y0 + w.row * ch + inset)}
      width={px(Math.max(0, w.cols * cw - 2 * inset))} height={px(Math.max(0, w.rows * ch - 2 * inset))}
      fill={s.fill} fillOpacity={s.fillOpacity} stroke={s.stroke} strokeWidth={s.width} strokeDasharray={s.dash} rx={3}
    />
  );
}

/** Square brackets left and right of a grid spanning x0…x1, y0…y1. */
function Brackets(props: { x0: number; x1: number; y0: number; y1: number }) {
  const { x0, x1, y0, y1 } = props;
  return (
    <g className="ga-brackets" fill="none" stroke="var(--fg)" strokeWidth={1.6}>
      <path d={`M${x0 + 5},${y0} H${x0} V${y1} H${x0 + 5}`} />
      <path d={`M${x1 - 5},${y0} H${x1} V${y1} H${x1 - 5}`} />
    </g>
  );
}

/** Legend of the window kinds present, each drawn in its own style with its name. */
function WindowLegend(props: { kinds: WindowKind[]; x: number; y: number; names: Record<WindowKind, string> }) {
  const starts = props.kinds.map((_, i) =>
    props.kinds.slice(0, i).reduce((sum, k) => sum + 44 + props.names[k].length * 6.6, props.x));
  return (
    <g className="ga-window-legend">
      {props.kinds.map((k, i) => {
        const s = WINDOW_STYLE[k];
        const at = px(starts[i]);
        return (
          <g key={k} data-kind={k}>
            <rect x={at} y={props.y} width={22} height={12} fill={s.fill} fillOpacity={s.fillOpacity} stroke={s.stroke} strokeWidth={s.width} strokeDasharray={s.dash} rx={2} />
            <text x={at + 30} y={props.y + 6} dy="0.32em">{props.names[k]}</text>
          </g>
        );
      })}
    </g>
  );
}

/** Numbers of the grid, optionally tinted, bold inside "winner" windows. */
function MatrixCells(props: MatrixViewProps & { x0: number; y0: number; cw: number; ch: number; onHover: (r: number, c: number) => void }) {
  const { values, x0, y0, cw, ch, digits = 2, onCellClick } = props;
  const m = props.maxAbs ?? maxAbsOf(values);
  const winners = (props.windows ?? []).filter((w) => w.kind === 'winner');
  return (
    <g className={onCellClick ? 'ga-cells ga-cells--clickable' : 'ga-cells'}>
      {values.map((row, r) => row.map((v, c) => {
        const fill = props.colorByValue ? divergingColor(v, m) : 'transparent';
        const bold = winners.some((w) => inWindow({ row: r, col: c }, w));
        return (
          <g key={`${r}-${c}`} onPointerEnter={() => props.onHover(r, c)} onClick={onCellClick && (() => onCellClick(r, c))}>
            <rect x={x0 + c * cw} y={y0 + r * ch} width={cw} height={ch} fill={fill} />
            <text
              data-testid={`cell-${r}-${c}`} className="ga-matrix-number" x={px(x0 + (c + 0.5) * cw)} y={px(y0 + (r + 0.5) * ch)}
              dy="0.35em" textAnchor="middle" fontWeight={bold ? 700 : undefined}
              fill={props.colorByValue ? textColorOn(fill) : 'var(--fg)'}
            >
              {formatNumber(v, digits)}
            </text>
          </g>
        );
      }))}
    </g>
  );
}

/**
 * A matrix written out as numbers between brackets (as on a slide), with optional labels, value
 * tinting, highlighted windows (convolution/pooling patches, written cells, maxima) and a
 * hover/keyboard read-out of the cell under the cursor.
 */
export function MatrixView(props: MatrixViewProps) {
  const { values, title, rowLabels, colLabels, digits = 2, cellWidth: cw = 52, cellHeight: ch = 30 } = props;
  const t = useMessages(vizMessages);
  const svgRef = useRef<SVGSVGElement>(null);
  const rows = values.length;
  const cols = columnCount(values);
  const cursor = useGridCursor(rows, cols, props.onCellClick);
  const space = labelSpace(rowLabels, colLabels, cw);
  const x0 = space.left + 12;
  const y0 = space.top + 4;
  const gridBottom = y0 + rows * ch;
  const kinds = (['read', 'write', 'winner'] as const).filter((k) => props.windows?.some((w) => w.kind === k));
  const names = { read: t.windowRead, write: t.windowWrite, winner: t.windowWinner };
  const legendY = gridBottom + 10;
  const statusY = legendY + (kinds.length ? 34 : 12);
  const legendW = kinds.reduce((s, k) => s + 44 + names[k].length * 6.6, 0);
  const width = Math.ceil(Math.max(x0 + cols * cw + 12 + (space.rotateCols ? space.top : 0), x0 + legendW, 120));
  const readout = cellReadout(t.cellAt, cursor.active, values, digits, rowLabels, colLabels);
  const a = cursor.active;

  return (
    <ChartFrame
      title={title} width={width} height={statusY + 8} svgRef={svgRef} filename={props.filename} live={readout}
      hint={props.onCellClick ? t.gridHintClick : t.gridHint} onKeyDown={cursor.onKeyDown} onFocus={cursor.onFocus}
      onBlur={cursor.onBlur} onPointerLeave={() => cursor.setActive(null)} className="ga-matrix"
    >
      <GridLabels rowLabels={rowLabels} colLabels={colLabels} space={space} x0={x0} y0={y0} cellWidth={cw} cellHeight={ch} gap={14} />
      <MatrixCells {...props} x0={x0} y0={y0} cw={cw} ch={ch} onHover={(row, col) => cursor.setActive({ row, col })} />
      <g className="ga-windows" pointerEvents="none">
        {(props.windows ?? []).map((w, i) => <WindowRect key={i} w={w} x0={x0} y0={y0} cw={cw} ch={ch} />)}
      </g>
      <Brackets x0={x0 - 6} x1={x0 + cols * cw + 6} y0={y0 - 2} y1={gridBottom + 2} />
      {a && <rect className="ga-cursor" x={x0 + a.col * cw} y={y0 + a.row * ch} width={cw} height={ch} pointerEvents="none" />}
      {kinds.length > 0 && <WindowLegend kinds={kinds} x={x0} y={legendY + 4} names={names} />}
      <StatusLine x={x0} y={statusY} text={readout} />
    </ChartFrame>
  );
}
