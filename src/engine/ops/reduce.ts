/** Reductions over one axis (with keepdims) or over all elements: sum, mean, max. */
import { Tensor } from '../tensor';
import { record } from '../tape';
import { normAxis, splitAxis } from './util';

interface Layout {
  outer: number;
  len: number;
  inner: number;
  shape: number[];
}

function layout(op: string, x: Tensor, axis: number | undefined, keepdims: boolean): Layout {
  if (axis === undefined) {
    return { outer: 1, len: x.size, inner: 1, shape: keepdims ? x.shape.map(() => 1) : [] };
  }
  const ax = normAxis(op, axis, x.ndim);
  const { outer, len, inner } = splitAxis(x.shape, ax);
  const shape = x.shape.slice();
  if (keepdims) shape[ax] = 1;
  else shape.splice(ax, 1);
  return { outer, len, inner, shape };
}

function sumWithScale(op: string, x: Tensor, axis: number | undefined, keepdims: boolean, mean: boolean): Tensor {
  const { outer, len, inner, shape } = layout(op, x, axis, keepdims);
  const c = mean ? 1 / len : 1;
  const src = x.data;
  const out = new Float64Array(outer * inner);
  for (let o = 0; o < outer; o++) {
    for (let l = 0; l < len; l++) {
      const base = (o * len + l) * inner;
      for (let i = 0; i < inner; i++) out[o * inner + i] += src[base + i];
    }
  }
  if (mean) for (let i = 0; i < out.length; i++) out[i] *= c;
  return record(op, [x], new Tensor(out, shape), (g) => {
    const gx = new Float64Array(x.size);
    for (let o = 0; o < outer; o++) {
      for (let l = 0; l < len; l++) {
        const base = (o * len + l) * inner;
        for (let i = 0; i < inner; i++) gx[base + i] = g[o * inner + i] * c;
      }
    }
    return [gx];
  }, () => ({ rules: [mean ? `1/${len} (broadcast back)` : '1 (broadcast back)'] }));
}

/** Σ over `axis` (all elements if omitted); `keepdims` keeps the axis with size 1 (default false). */
export function sum(x: Tensor, axis?: number, keepdims = false): Tensor {
  return sumWithScale('sum', x, axis, keepdims, false);
}

/** Mean over `axis` (all elements if omitted). */
export function mean(x: Tensor, axis?: number, keepdims = false): Tensor {
  return sumWithScale('mean', x, axis, keepdims, true);
}

/**
 * Max over `axis` (all elements if omitted). The gradient goes to the first
 * maximal element only. NaN anywhere in a slice gives NaN.
 */
export function max(x: Tensor, axis?: number, keepdims = false): Tensor {
  const { outer, len, inner, shape } = layout('max', x, axis, keepdims);
  const src = x.data;
  const out = new Float64Array(outer * inner);
  const arg = new Int32Array(outer * inner);
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      let best = o * len * inner + i;
      for (let l = 1; l < len; l++) {
        const p = (o * len + l) * inner + i;
        const v = src[p];
        // `v !== v` lets NaN win so that it propagates.
        if (v > src[best] || (v !== v && src[best] === src[best])) best = p;
      }
      out[o * inner + i] = src[best];
      arg[o * inner + i] = best;
    }
  }
  return record('max', [x], new Tensor(out, shape), (g) => {
    const gx = new Float64Array(x.size);
    for (let j = 0; j < arg.length; j++) gx[arg[j]] += g[j];
    return [gx];
  }, () => ({ rules: ['1 at the arg-max, 0 elsewhere'], info: { argmax: Array.from(arg) } }));
}
