/**
 * softmax, logSoftmax (both over an axis, default the last) and maskFill.
 * Convention: a row whose entries are all −∞ (fully masked) gives softmax 0
 * everywhere (no attention, not NaN) and logSoftmax −∞, with zero gradient.
 */
import { allocFor, Tensor, type TensorData } from '../tensor';
import { record } from '../tape';
import { badShape, normAxis, splitAxis } from './util';

function softmaxForward(x: Tensor, ax: number, logSpace: boolean): TensorData {
  const { outer, len, inner } = splitAxis(x.shape, ax);
  const src = x.data;
  const y = allocFor(x.size, x);
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      const base = o * len * inner + i;
      let m = -Infinity;
      for (let l = 0; l < len; l++) {
        const v = src[base + l * inner];
        if (v > m || v !== v) m = v;
      }
      if (m === -Infinity) {
        for (let l = 0; l < len; l++) y[base + l * inner] = logSpace ? -Infinity : 0;
        continue;
      }
      // Shift by the max first (exp never overflows), normalise after (no
      // precision lost to a large log-partition).
      let s = 0;
      for (let l = 0; l < len; l++) {
        const p = base + l * inner;
        const e = Math.exp(src[p] - m);
        y[p] = e;
        s += e;
      }
      const logS = Math.log(s);
      for (let l = 0; l < len; l++) {
        const p = base + l * inner;
        y[p] = logSpace ? src[p] - m - logS : y[p] / s;
      }
    }
  }
  return y;
}

/** softmax along `axis` (default −1): exp(x − max) / Σ exp(x − max). */
export function softmax(x: Tensor, axis = -1): Tensor {
  const ax = normAxis('softmax', axis, x.ndim);
  const { outer, len, inner } = splitAxis(x.shape, ax);
  const y = softmaxForward(x, ax, false);
  return record('softmax', [x], new Tensor(y, x.shape), (g) => {
    // ∂L/∂x = y ⊙ (g − Σ g⊙y) along the axis.
    const gx = new Float64Array(y.length);
    for (let o = 0; o < outer; o++) {
      for (let i = 0; i < inner; i++) {
        const base = o * len * inner + i;
        let dot = 0;
        for (let l = 0; l < len; l++) dot += g[base + l * inner] * y[base + l * inner];
        for (let l = 0; l < len; l++) gx[base + l * inner] = y[base + l * inner] * (g[base + l * inner] - dot);
      }
    }
    return [gx];
  }, () => ({ rules: ['diag(y) − y yᵀ'], values: Float64Array.from(y) }));
}

/** log softmax along `axis` (default −1), computed stably as x − logΣexp(x). */
export function logSoftmax(x: Tensor, axis = -1): Tensor {
  const ax = normAxis('logSoftmax', axis, x.ndim);
  const { outer, len, inner } = splitAxis(x.shape, ax);
  const y = softmaxForward(x, ax, true);
  return record('logSoftmax', [x], new Tensor(y, x.shape), (g) => {
    // ∂L/∂x = g − softmax ⊙ Σ g along the axis; exp(−∞) = 0 keeps masked rows at 0.
    const gx = new Float64Array(y.length);
    for (let o = 0; o < outer; o++) {
      for (let i = 0; i < inner; i++) {
        const base = o * len * inner + i;
        if (y[base] === -Infinity && isMaskedRow(y, base, len, inner)) continue;
        let s = 0;
        for (let l = 0; l < len; l++) s += g[base + l * inner];
        for (let l = 0; l < len; l++) gx[base + l * inner] = g[base + l * inner] - Math.exp(y[base + l * inner]) * s;
      }
    }
    return [gx];
  }, () => ({ rules: ['I − 1·softmaxᵀ'] }));
}

function isMaskedRow(y: TensorData, base: number, len: number, inner: number): boolean {
  for (let l = 0; l < len; l++) if (y[base + l * inner] !== -Infinity) return false;
  return true;
}

/**
 * Replaces entries where `mask` is truthy by `value` (default −∞), e.g. before
 * softmax in attention. `mask` has x's size, or the size of x's trailing
 * dimensions and is then repeated over the leading ones.
 */
export function maskFill(x: Tensor, mask: ArrayLike<number | boolean>, value = -Infinity): Tensor {
  const m = mask.length;
  if (m === 0 || x.size % m !== 0) throw badShape('maskFill', x, `cannot be masked by ${m} entries`);
  const keep = new Uint8Array(m);
  for (let i = 0; i < m; i++) keep[i] = mask[i] ? 0 : 1;
  const out = allocFor(x.size, x);
  const src = x.data;
  for (let i = 0; i < out.length; i++) out[i] = keep[i % m] ? src[i] : value;
  return record('maskFill', [x], new Tensor(out, x.shape), (g) => {
    const gx = new Float64Array(g.length);
    for (let i = 0; i < g.length; i++) gx[i] = keep[i % m] ? g[i] : 0;
    return [gx];
  }, () => ({ rules: ['1 where kept, 0 where masked'], info: { mask: Array.from(keep, (k) => k === 0) } }));
}
