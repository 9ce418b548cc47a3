import { color as parseColor, interpolateRdBu, interpolateViridis } from 'd3';

/**
 * Colour palettes for data. The course uses exactly one diverging and one sequential palette so a
 * colour means the same thing on every page:
 *
 * - signed values (weights, gradients): ColorBrewer RdBu reversed — negative is blue, zero is
 *   near white, positive is red. Colour-blind safe.
 * - magnitudes (attention, probabilities): viridis — dark purple (low) to yellow (high).
 *   Colour-blind safe and readable in greyscale.
 *
 * These are data colours, identical in light and dark themes; everything else (axes, grid,
 * series lines) comes from the CSS variables in `src/ui/theme.css`.
 */

/** Colour shown for a value that is NaN or ±Infinity, in either palette (a neutral grey). */
export const MISSING_COLOR = '#9a9a9a';

/**
 * Colour of a signed `value` on the diverging scale with the symmetric domain [−maxAbs, maxAbs].
 * 0 maps to the (near-white) middle; values beyond ±maxAbs are clamped to the extremes.
 * A non-positive or non-finite `maxAbs` maps every finite value to the middle.
 * Returns a concrete CSS colour string (`rgb(…)` or `#rrggbb`).
 */
export function divergingColor(value: number, maxAbs: number): string {
  if (!Number.isFinite(value)) return MISSING_COLOR;
  const m = Number.isFinite(maxAbs) && maxAbs > 0 ? maxAbs : 0;
  const t = m === 0 ? 0.5 : 0.5 + Math.max(-1, Math.min(1, value / m)) / 2;
  // RdBu runs red (t = 0) to blue (t = 1); reversed so that negative is blue.
  return interpolateRdBu(1 - t);
}

/**
 * Colour of `value` on the sequential viridis scale over [min, max] (low = dark purple,
 * high = yellow). Values outside are clamped; an empty range (min ≥ max) maps to the low end.
 * Returns a concrete CSS colour string (`rgb(…)` or `#rrggbb`).
 */
export function sequentialColor(value: number, min = 0, max = 1): string {
  if (!Number.isFinite(value)) return MISSING_COLOR;
  const span = max - min;
  const t = span > 0 && Number.isFinite(span) ? (value - min) / span : 0;
  return interpolateViridis(Math.max(0, Math.min(1, t)));
}

/** Largest |v| over the finite entries of a matrix (0 when there are none); the diverging domain. */
export function maxAbsOf(values: readonly (readonly number[])[]): number {
  let m = 0;
  for (const row of values) for (const v of row) if (Number.isFinite(v) && Math.abs(v) > m) m = Math.abs(v);
  return m;
}

/** [min, max] over the finite entries of a matrix ([0, 1] when there are none). */
export function extentOf(values: readonly (readonly number[])[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const row of values) {
    for (const v of row) {
      if (!Number.isFinite(v)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  return lo <= hi ? [lo, hi] : [0, 1];
}

/** WCAG relative luminance (0 = black, 1 = white) of a CSS colour; 0 when it cannot be parsed. */
export function relativeLuminance(css: string): number {
  const c = parseColor(css)?.rgb();
  if (!c) return 0;
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
}

/** WCAG contrast ratio (1…21) between two relative luminances. */
export function contrastRatio(l1: number, l2: number): number {
  const [hi, lo] = l1 >= l2 ? [l1, l2] : [l2, l1];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * Black (`#000000`) or white (`#ffffff`), whichever contrasts more with the `background` CSS colour
 * (a concrete colour such as a palette output, not a `var(...)`). Used for numbers printed in cells.
 */
export function textColorOn(background: string): '#000000' | '#ffffff' {
  const l = relativeLuminance(background);
  return contrastRatio(l, 0) >= contrastRatio(l, 1) ? '#000000' : '#ffffff';
}

/** Number of categorical series colours defined in the theme (`--series-1` … `--series-7`). */
export const SERIES_COUNT = 7;

/** The categorical series colours, as CSS variable references, in order. */
export const CATEGORICAL: readonly string[] = Array.from({ length: SERIES_COUNT }, (_, i) => `var(--series-${i + 1})`);

/** Categorical colour for the `index`-th series (0-based), cycling after {@link SERIES_COUNT}. */
export function seriesColor(index: number): string {
  const i = ((Math.floor(index) % SERIES_COUNT) + SERIES_COUNT) % SERIES_COUNT;
  return CATEGORICAL[i];
}
