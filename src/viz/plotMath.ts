import { bisector, line, scaleLinear, type ScaleLinear } from 'd3';
import { px } from './format';

/** A sample (x, y) of a function, in data units. Either coordinate may be non-finite (a gap). */
export type Point = readonly [number, number];

/** A closed interval [lo, hi] in data units. */
export type Domain = readonly [number, number];

/** Space around the plot area, in viewBox units. */
export interface Margins { top: number; right: number; bottom: number; left: number }

/** The plot area inside a chart of the given size: its top-left corner and inner size (viewBox units). */
export interface PlotArea { left: number; top: number; width: number; height: number }

/** Plot area of a `width`×`height` chart with `margin` removed (never negative). */
export function plotArea(width: number, height: number, margin: Margins): PlotArea {
  return {
    left: margin.left,
    top: margin.top,
    width: Math.max(1, width - margin.left - margin.right),
    height: Math.max(1, height - margin.top - margin.bottom),
  };
}

/** [min, max] of the finite numbers in `values`, or null when there are none. */
export function finiteExtent(values: Iterable<number>): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : null;
}

/**
 * A usable, "nice" domain (rounded to tick values) around `extent`. A missing extent becomes
 * [0, 1]; a single value v (or a span within float noise of one) becomes [v − 1, v + 1] (or ± |v|/2 for large |v|) so the scale never
 * collapses.
 */
export function niceDomain(extent: Domain | null, tickCount = 5): [number, number] {
  if (!extent) return [0, 1];
  let [lo, hi] = extent;
  // A span lost in float noise (1e-12 around 0.5, say) is a single value, not a zoom into rounding errors.
  if (hi - lo <= 1e-9 * Math.max(1, Math.abs(lo), Math.abs(hi))) {
    lo = hi = (lo + hi) / 2;
    const pad = Math.abs(lo) > 2 ? Math.abs(lo) / 2 : 1;
    lo -= pad;
    hi += pad;
  }
  const nice = scaleLinear().domain([lo, hi]).nice(tickCount).domain();
  return [nice[0], nice[1]];
}

/** Domain of one coordinate (0 = x, 1 = y) over the finite samples of all series, made nice. */
export function dataDomain(series: readonly { points: readonly Point[] }[], axis: 0 | 1): [number, number] {
  function* coords() {
    for (const s of series) for (const p of s.points) if (Number.isFinite(p[0]) && Number.isFinite(p[1])) yield p[axis];
  }
  return niceDomain(finiteExtent(coords()));
}

/** A linear scale from a data `domain` to a pixel `range` (y ranges run bottom → top). */
export function linearScale(domain: Domain, range: Domain): ScaleLinear<number, number> {
  return scaleLinear().domain([domain[0], domain[1]]).range([range[0], range[1]]);
}

/** A tick of an axis: data value, its position in viewBox units, and its label text. */
export interface Tick { value: number; pos: number; label: string }

/** About `count` round tick values of `scale`, positioned and labelled with d3's default format. */
export function axisTicks(scale: ScaleLinear<number, number>, count: number): Tick[] {
  const n = Math.max(2, Math.round(count));
  const format = scale.tickFormat(n);
  return scale.ticks(n).map((value) => ({ value, pos: px(scale(value)), label: format(value) }));
}

/** Whether a sample has both coordinates finite (and so can be drawn). */
export function isFinitePoint(p: Point): boolean {
  return Number.isFinite(p[0]) && Number.isFinite(p[1]);
}

/**
 * SVG path `d` through `points` in order, with coordinates rounded to 2 decimals. Non-finite
 * samples are skipped and break the line into separate pieces. '' when nothing can be drawn.
 */
export function buildPath(
  points: readonly Point[],
  x: (v: number) => number,
  y: (v: number) => number,
): string {
  const path = line<Point>()
    .defined((p) => isFinitePoint(p) && Number.isFinite(x(p[0])) && Number.isFinite(y(p[1])))
    .x((p) => x(p[0]))
    .y((p) => y(p[1]))
    .digits(2);
  return path(points as Point[]) ?? '';
}

/** `points` sorted by x ascending, without samples whose x is not finite (a copy; input untouched). */
export function sortByX(points: readonly Point[]): Point[] {
  return points.filter((p) => Number.isFinite(p[0])).sort((a, b) => a[0] - b[0]);
}

const byX = bisector<Point, number>((p) => p[0]);

/**
 * Value of the sampled function at `x`, for points sorted by x. Between two finite samples the
 * value is linearly interpolated; if either neighbour is non-finite the nearest sample's y is used
 * (which may itself be non-finite). NaN when `x` lies outside the sampled range or there are no samples.
 */
export function valueAt(sorted: readonly Point[], x: number): number {
  const n = sorted.length;
  if (n === 0 || !Number.isFinite(x)) return NaN;
  if (x < sorted[0][0] || x > sorted[n - 1][0]) return NaN;
  const i = byX.left(sorted, x);
  if (sorted[i][0] === x) return sorted[i][1];
  const [x0, y0] = sorted[i - 1];
  const [x1, y1] = sorted[i];
  if (Number.isFinite(y0) && Number.isFinite(y1) && x1 > x0) return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
  return x - x0 <= x1 - x ? y0 : y1;
}

/** Sorted, de-duplicated finite x values of all series that fall inside `domain`: the keyboard stops. */
export function sampleXs(series: readonly { points: readonly Point[] }[], domain: Domain): number[] {
  const set = new Set<number>();
  for (const s of series) for (const p of s.points) if (Number.isFinite(p[0]) && p[0] >= domain[0] && p[0] <= domain[1]) set.add(p[0]);
  return [...set].sort((a, b) => a - b);
}

/** Index of the entry of sorted `xs` nearest to `x` (the lower one on ties); -1 when `xs` is empty. */
export function nearestIndex(xs: readonly number[], x: number): number {
  if (xs.length === 0) return -1;
  const i = bisector<number, number>((v) => v).left(xs, x);
  if (i <= 0) return 0;
  if (i >= xs.length) return xs.length - 1;
  return x - xs[i - 1] <= xs[i] - x ? i - 1 : i;
}

/**
 * The keyboard stop `steps` places from the stop nearest to `current` (negative = left), clamped
 * to the ends. With no current position it starts from the middle stop. NaN when there are no stops.
 */
export function stepAlong(xs: readonly number[], current: number | null, steps: number): number {
  if (xs.length === 0) return NaN;
  if (current === null || !Number.isFinite(current)) return xs[Math.floor((xs.length - 1) / 2)];
  const i = nearestIndex(xs, current) + Math.trunc(steps);
  return xs[Math.max(0, Math.min(xs.length - 1, i))];
}

/**
 * New read-out x after a key press, or `undefined` when the key is not a read-out key.
 * ←/→ step one sample (ten with Shift), Home/End jump to the ends, Escape hides (null).
 */
export function readoutKey(key: string, shift: boolean, xs: readonly number[], current: number | null): number | null | undefined {
  const jump = shift ? 10 : 1;
  let next: number | null;
  switch (key) {
    case 'ArrowLeft': next = stepAlong(xs, current, -jump); break;
    case 'ArrowRight': next = stepAlong(xs, current, jump); break;
    case 'Home': next = xs.length ? xs[0] : null; break;
    case 'End': next = xs.length ? xs[xs.length - 1] : null; break;
    case 'Escape': next = null; break;
    default: return undefined;
  }
  return next !== null && Number.isFinite(next) ? next : null;
}
