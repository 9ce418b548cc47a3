/** Pure helpers shared by the grid charts (Heatmap, MatrixView). */

/** A cell position, 0-based. */
export interface Cell { row: number; col: number }

/** Number of columns of a (possibly ragged) matrix: the longest row. */
export function columnCount(values: readonly (readonly number[])[]): number {
  return values.reduce((m, r) => Math.max(m, r.length), 0);
}

/**
 * New cursor cell after a key press: arrows move one cell (clamped to the grid), Home/End go to the
 * start/end of the row, Escape clears (null). `undefined` when the key does not move the cursor.
 * With no current cell, any movement key starts at the top-left cell.
 */
export function gridKey(key: string, current: Cell | null, rows: number, cols: number): Cell | null | undefined {
  if (rows <= 0 || cols <= 0) return undefined;
  if (key === 'Escape') return null;
  const moves: Record<string, (c: Cell) => Cell> = {
    ArrowUp: (c) => ({ row: c.row - 1, col: c.col }),
    ArrowDown: (c) => ({ row: c.row + 1, col: c.col }),
    ArrowLeft: (c) => ({ row: c.row, col: c.col - 1 }),
    ArrowRight: (c) => ({ row: c.row, col: c.col + 1 }),
    Home: (c) => ({ row: c.row, col: 0 }),
    End: (c) => ({ row: c.row, col: cols - 1 }),
  };
  const move = moves[key];
  if (!move) return undefined;
  if (!current) return { row: 0, col: 0 };
  const next = move(current);
  return { row: Math.max(0, Math.min(rows - 1, next.row)), col: Math.max(0, Math.min(cols - 1, next.col)) };
}

/** A value rounded to 6 decimals as attribute text ("NaN"/"Infinity" kept as is), for `data-value`. */
export function dataValue(v: number): string {
  return Number.isFinite(v) ? String(Math.round(v * 1e6) / 1e6 + 0) : String(v);
}

/** Human label of a row or column: the given label, else the 1-based index. */
export function axisLabel(labels: readonly string[] | undefined, index: number): string {
  return labels?.[index] ?? String(index + 1);
}

/** Space taken by row labels (left) and column labels (top) around a grid, in viewBox units. */
export interface LabelSpace {
  left: number;
  top: number;
  /** Column labels are rotated −45° when they are wider than a cell. */
  rotateCols: boolean;
}

const CHAR = 6.6;

/** Label margins for a grid whose cells are `cellWidth` wide. */
export function labelSpace(rowLabels: readonly string[] | undefined, colLabels: readonly string[] | undefined, cellWidth: number): LabelSpace {
  const longest = (ls: readonly string[] | undefined) => (ls ?? []).reduce((m, l) => Math.max(m, l.length), 0);
  const left = rowLabels?.length ? Math.ceil(longest(rowLabels) * CHAR) + 10 : 0;
  const colW = longest(colLabels) * CHAR;
  const rotateCols = colW > cellWidth - 4;
  const top = !colLabels?.length ? 0 : rotateCols ? Math.ceil(colW * 0.72) + 12 : 18;
  return { left, top, rotateCols };
}

/** Whether `cell` lies inside the rectangle with top-left (row, col) and size rows × cols. */
export function inWindow(cell: Cell, w: { row: number; col: number; rows: number; cols: number }): boolean {
  return cell.row >= w.row && cell.row < w.row + w.rows && cell.col >= w.col && cell.col < w.col + w.cols;
}
