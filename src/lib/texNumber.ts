/**
 * Numbers written into TeX source, so a formula can carry the live numbers of a widget:
 * `tex\`z = ${w1}x_1 + ${w2}x_2 + ${b}\`` is one line in a lesson.
 */

/** Shown in a formula instead of NaN or an infinity. */
export const TEX_NOT_A_NUMBER = '\\text{—}';

/** Options of {@link texNum}. */
export interface TexNumOptions {
  /** Wrap negative numbers in parentheses, as needed after an operator: `2 \cdot (-3)`. Default false. */
  paren?: boolean;
}

function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

/**
 * Formats `x` as TeX: at most `digits` decimal places (default 4), trailing zeros trimmed, −0 as 0.
 * Non-zero magnitudes below 10^−digits or at least 10^9 are written `1.23 \times 10^{-5}`.
 * Non-finite values give `\text{—}` (a dash), never "NaN".
 */
export function texNum(x: number, digits = 4, opts: TexNumOptions = {}): string {
  if (!Number.isFinite(x)) return TEX_NOT_A_NUMBER;
  const d = Math.max(0, Math.min(20, Math.floor(digits)));
  const abs = Math.abs(x);
  let s: string;
  if (abs !== 0 && ((d > 0 && abs < 10 ** -d) || abs >= 1e9)) {
    const [mant, exp] = x.toExponential(Math.max(d - 1, 0)).split('e');
    const m = trimZeros(mant);
    const power = `10^{${Number(exp)}}`;
    s = m === '1' ? power : m === '-1' ? `-${power}` : `${m} \\times ${power}`;
  } else {
    s = trimZeros(x.toFixed(d));
    if (Number(s) === 0) s = '0';
  }
  return opts.paren && s.startsWith('-') ? `(${s})` : s;
}

/** A value that may be interpolated into {@link tex}: numbers are formatted, strings inserted verbatim. */
export type TexValue = number | string;

/** Makes a `tex` tag that formats interpolated numbers with `digits` decimal places. */
export function texWithDigits(digits: number) {
  return (strings: TemplateStringsArray, ...values: TexValue[]): string =>
    strings.raw.reduce((out, s, i) => {
      if (i === 0) return s;
      const v = values[i - 1];
      return out + (typeof v === 'number' ? texNum(v, digits, { paren: true }) : v) + s;
    }, '');
}

/**
 * Tagged template for formulas with live numbers (4 decimal places). Interpolated numbers go through
 * {@link texNum} with negatives in parentheses, so `+ ${-0.5}x` reads `+ (-0.5)x`, never `+ -0.5x`;
 * interpolated strings are inserted as they are (pass `texNum(v)` for a bare negative).
 * The literal parts are taken raw, like `String.raw`, so `tex\`\frac{1}{n}\`` keeps its backslashes.
 */
export const tex = texWithDigits(4);

/** A vector as TeX, `(0.2,\ -0.5,\ 1)`: components through {@link texNum}, negatives bare (they follow a bracket or a comma). */
export function texVector(values: readonly number[], digits = 4): string {
  return `(${values.map((x) => texNum(x, digits)).join(',\\ ')})`;
}
