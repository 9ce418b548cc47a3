/**
 * Digit data shared by the autoencoder, RBM and DBN tasks: the page sends the uint8 arrays with the
 * first task and names them by key afterwards (a per-realm cache, as the cnn task does).
 */
import type { CnnDataRef, DigitArrays } from './cnnTask';

export type { CnnDataRef as DigitDataRef, DigitArrays } from './cnnTask';

const PIXELS = 784;
const cache = new Map<string, { train: DigitArrays; test: DigitArrays }>();

/** The arrays under `ref.key` (stored first when `ref` carries them). @throws Error when missing or malformed. */
export function resolveDigits(ref: CnnDataRef): { train: DigitArrays; test: DigitArrays } {
  if (ref.train && ref.test) {
    for (const d of [ref.train, ref.test]) {
      if (d.images.length !== d.labels.length * PIXELS || d.labels.length === 0) throw new RangeError('digit arrays do not match 784 pixels per label');
    }
    cache.set(ref.key, { train: ref.train, test: ref.test });
  }
  const found = cache.get(ref.key);
  if (!found) throw new Error(`no digit data under key "${ref.key}": send the arrays with the first task`);
  return found;
}

/**
 * Rows `indices` of `d` as a flat [B·784] array in [0, 1]; with `binary`, pixels ≥ 128 become 1 and
 * the rest 0 (the binarised digits an RBM with binary visible units models).
 */
export function pixelRows(d: DigitArrays, indices: ArrayLike<number>, binary = false): Float64Array {
  const out = new Float64Array(indices.length * PIXELS);
  for (let r = 0; r < indices.length; r++) {
    const off = indices[r] * PIXELS;
    for (let k = 0; k < PIXELS; k++) {
      const v = d.images[off + k];
      out[r * PIXELS + k] = binary ? (v >= 128 ? 1 : 0) : v / 255;
    }
  }
  return out;
}

/** 0, 1, …, n − 1. */
export const range = (n: number, from = 0): number[] => Array.from({ length: n }, (_, k) => from + k);

/** Throws unless `v` is an integer in [lo, hi]. */
export function checkInt(name: string, v: unknown, lo: number, hi: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < lo || v > hi) throw new RangeError(`${name} must be an integer in ${lo}…${hi}`);
  return v;
}
