import { useState, type KeyboardEvent } from 'react';
import { fmt } from '../i18n';
import { formatNumber, px } from './format';
import { axisLabel, gridKey, type Cell, type LabelSpace } from './gridMath';

/** Keyboard/hover cursor over a rows×cols grid, shared by Heatmap and MatrixView. */
export interface GridCursor {
  /** The cell under the pointer or keyboard cursor, if any. */
  active: Cell | null;
  setActive: (cell: Cell | null) => void;
  onKeyDown: (event: KeyboardEvent<SVGSVGElement>) => void;
  onFocus: () => void;
  onBlur: () => void;
}

/**
 * Cursor state: arrows move it, Enter/Space calls `onActivate` with the current cell,
 * focus starts it at the top-left cell, blur and Escape clear it.
 */
export function useGridCursor(rows: number, cols: number, onActivate?: (row: number, col: number) => void): GridCursor {
  const [active, setActive] = useState<Cell | null>(null);
  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    if ((e.key === 'Enter' || e.key === ' ') && active && onActivate) {
      e.preventDefault();
      onActivate(active.row, active.col);
      return;
    }
    const next = gridKey(e.key, active, rows, cols);
    if (next === undefined) return;
    e.preventDefault();
    setActive(next);
  };
  return {
    active,
    setActive,
    onKeyDown,
    onFocus: () => setActive((a) => a ?? (rows > 0 && cols > 0 ? { row: 0, col: 0 } : null)),
    onBlur: () => setActive(null),
  };
}

/** "Row r, column c: v" for the active cell ('' when none), with labels or 1-based indices. */
export function cellReadout(
  template: string,
  cell: Cell | null,
  values: readonly (readonly number[])[],
  digits: number,
  rowLabels?: readonly string[],
  colLabels?: readonly string[],
): string {
  if (!cell) return '';
  const v = values[cell.row]?.[cell.col] ?? NaN;
  return fmt(template, { row: axisLabel(rowLabels, cell.row), col: axisLabel(colLabels, cell.col), value: formatNumber(v, digits) });
}

/** Row labels (right-aligned, left of the grid) and column labels (above it, rotated when long). */
export function GridLabels(props: {
  rowLabels?: readonly string[];
  colLabels?: readonly string[];
  space: LabelSpace;
  x0: number;
  y0: number;
  cellWidth: number;
  cellHeight: number;
  /** Distance between row labels and the grid (default 6). */
  gap?: number;
  /** Language of the labels when it is not the page's (e.g. English tokens on a Vietnamese page). */
  lang?: string;
}) {
  const { space, x0, y0, cellWidth, cellHeight, gap = 6 } = props;
  return (
    <g className="ga-grid-labels" lang={props.lang}>
      {props.rowLabels?.map((l, r) => (
        <text key={`r${r}`} x={x0 - gap} y={px(y0 + (r + 0.5) * cellHeight)} dy="0.32em" textAnchor="end">{l}</text>
      ))}
      {props.colLabels?.map((l, c) => {
        const cx = px(x0 + (c + 0.5) * cellWidth);
        return space.rotateCols
          ? <text key={`c${c}`} transform={`translate(${cx},${y0 - 6}) rotate(-45)`} textAnchor="start">{l}</text>
          : <text key={`c${c}`} x={cx} y={y0 - 6} textAnchor="middle">{l}</text>;
      })}
    </g>
  );
}

/** The one-line read-out under a grid chart (the hovered/focused cell). */
export function StatusLine(props: { x: number; y: number; text: string }) {
  if (!props.text) return null;
  return <text className="ga-status" data-testid="status" x={props.x} y={props.y}>{props.text}</text>;
}
