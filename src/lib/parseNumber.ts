/**
 * Parsing and formatting of numbers as people type and read them.
 *
 * Accepted input: surrounding spaces, a dot or a single comma as the decimal mark ("0.5", "0,5"),
 * a leading "+" or minus written as "-", "−" (U+2212) or "–" (en dash), exponents ("1e-3", "2,5E3"),
 * and a missing integer part (".5", "-.5"). Everything else ("abc", "1.2.3", "--1", "NaN", "Infinity")
 * is rejected with a reason the UI can turn into a message.
 */

/** Why a text is not an acceptable number. `limit` accompanies `tooSmall`/`tooLarge`. */
export type NumberError = 'empty' | 'notNumber' | 'notFinite' | 'tooSmall' | 'tooLarge' | 'notInteger';

/** Outcome of parsing one number. */
export type ParseResult =
  | { ok: true; value: number }
  | { ok: false; error: NumberError; limit?: number };

/** Constraints on an accepted number. Bounds are inclusive; omitted bounds are unbounded. */
export interface NumberConstraints {
  /** Smallest accepted value (inclusive). */
  min?: number;
  /** Largest accepted value (inclusive). */
  max?: number;
  /** Accept whole numbers only. Default false. */
  integer?: boolean;
}

/** Minus-like characters people type or paste: hyphen-minus, Unicode minus, en dash. */
const MINUS = /[\u2212\u2013]/g;
/** A plain decimal number with optional sign and exponent; the decimal mark is already a dot. */
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/** Checks a finite value against the constraints. */
export function checkConstraints(value: number, opts: NumberConstraints = {}): ParseResult {
  if (opts.integer && !Number.isInteger(value)) return { ok: false, error: 'notInteger' };
  if (opts.min !== undefined && value < opts.min) return { ok: false, error: 'tooSmall', limit: opts.min };
  if (opts.max !== undefined && value > opts.max) return { ok: false, error: 'tooLarge', limit: opts.max };
  return { ok: true, value };
}

/** Parses one number without a comma decimal mark (used for list items). */
function parseDotted(s: string, opts: NumberConstraints): ParseResult {
  if (!NUMBER.test(s)) return { ok: false, error: 'notNumber' };
  const value = Number(s);
  if (!Number.isFinite(value)) return { ok: false, error: 'notFinite' };
  // Adding 0 turns −0 into 0, so "-0" never shows up as a negative zero downstream.
  return checkConstraints(value + 0, opts);
}

/**
 * Parses what a person typed into a number field.
 * A single comma is read as the decimal mark ("0,5" → 0.5); a text with a comma and a dot, or with
 * several commas, is rejected rather than guessed at (thousands separators are not supported).
 */
export function parseNumberInput(text: string, opts: NumberConstraints = {}): ParseResult {
  let s = text.trim().replace(MINUS, '-');
  if (s === '') return { ok: false, error: 'empty' };
  const commas = s.split(',').length - 1;
  if (commas > 1 || (commas === 1 && s.includes('.'))) return { ok: false, error: 'notNumber' };
  s = s.replace(',', '.');
  return parseDotted(s, opts);
}

/** Outcome of parsing a list; on failure `index` is the 0-based position of the first bad item. */
export type ParseListResult =
  | { ok: true; values: number[] }
  | { ok: false; error: NumberError | 'wrongLength'; index?: number; limit?: number };

/** Constraints on a list: per-item constraints plus an optional exact length. */
export interface ListConstraints extends NumberConstraints {
  /** Required number of items; omitted means any non-zero count. */
  length?: number;
}

/**
 * Parses a vector such as "1, -2.5, 3e-2" or "1 2 3" or "[0.1; 0.2]".
 * Items are separated by whitespace, semicolons or commas (usually "comma space"). In a list the
 * comma always separates items, so decimals must use a dot: "0,5" is the two items 0 and 5.
 * One pair of surrounding brackets — [ ], ( ) — is ignored. An empty item ("1,,2") is an error.
 */
export function parseNumberList(text: string, opts: ListConstraints = {}): ParseListResult {
  let s = text.trim();
  const bracketed = /^[[(](.*)[\])]$/s.exec(s);
  if (bracketed) s = bracketed[1].trim();
  if (s === '') return { ok: false, error: 'empty' };
  const items = s.replace(MINUS, '-').split(/\s*[,;]\s*|\s+/);
  const values: number[] = [];
  for (let i = 0; i < items.length; i++) {
    if (items[i] === '') return { ok: false, error: 'empty', index: i };
    const r = parseDotted(items[i], opts);
    if (!r.ok) return { ...r, index: i };
    values.push(r.value);
  }
  if (opts.length !== undefined && values.length !== opts.length) {
    return { ok: false, error: 'wrongLength', limit: opts.length };
  }
  return { ok: true, values };
}

/** The Unicode minus sign, typographically correct for displayed negatives. */
export const MINUS_SIGN = '\u2212';
/** Shown instead of a number that is NaN or infinite, so "NaN" is never painted. */
export const NOT_A_NUMBER = '\u2014';

/** Removes trailing zeros after a decimal point ("2.500" → "2.5", "3.000" → "3"). */
function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

/**
 * Formats a number for reading: at most `digits` decimal places (default 4), trailing zeros trimmed,
 * −0 shown as 0, the minus written as "−" (U+2212). Non-zero magnitudes below 10^−digits or at least
 * 10^9 use exponent form ("1.235e−5"; with `digits` 0 only large ones). Non-finite values give "—".
 */
export function formatNumber(x: number, digits = 4): string {
  if (!Number.isFinite(x)) return NOT_A_NUMBER;
  const d = Math.max(0, Math.min(20, Math.floor(digits)));
  const abs = Math.abs(x);
  let s: string;
  if (abs !== 0 && ((d > 0 && abs < 10 ** -d) || abs >= 1e9)) {
    const [mant, exp] = x.toExponential(Math.max(d - 1, 0)).split('e');
    s = `${trimZeros(mant)}e${exp.replace('+', '')}`;
  } else {
    s = trimZeros(x.toFixed(d));
    if (Number(s) === 0) s = '0';
  }
  return s.replace(/-/g, MINUS_SIGN);
}

/**
 * Writes a number into an editable text field: ASCII minus and no float noise
 * (0.1 + 0.2 → "0.3"), 12 significant digits, so the text parses back to (almost) the same value.
 * Non-finite values give an empty text.
 */
export function formatForInput(x: number): string {
  if (!Number.isFinite(x)) return '';
  return String(Number(x.toPrecision(12)) + 0);
}
