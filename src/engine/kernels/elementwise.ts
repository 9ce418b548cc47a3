/**
 * Element-wise and pooling kernels behind plain functions, like ./matmul.ts: float32 arrays that are
 * big enough run in the WebAssembly SIMD kernels (see ./backend.ts), everything else in the JS loops.
 * Both give identical results (ReLU and max are exact in either precision).
 */
import { simd } from './backend';
import type { Floats } from './matmul';

/** Elements below which a float32 array stays in JS (copying into the module would cost more). */
const SIMD_MIN_ELEMENTS = 1024;

const simdWorth = (x: Floats, n: number): x is Float32Array => x instanceof Float32Array && n >= SIMD_MIN_ELEMENTS && simd() !== null;

/** y[i] = x[i] < 0 ? 0 : x[i]; NaN and −0 pass through. */
export function reluForward(x: Floats, y: Floats): void {
  if (simdWorth(x, x.length) && y instanceof Float32Array) {
    simd()!.relu(x, y);
    return;
  }
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    y[i] = v < 0 ? 0 : v;
  }
}

/** d[i] = relu'(x[i])·g[i]: 1 for x > 0, NaN for NaN, else 0 (so 0·∞ stays NaN). */
export function reluBackward(x: Floats, g: Float64Array, d: Float64Array): void {
  if (simdWorth(x, x.length)) {
    simd()!.reluBackward(x, g, d);
    return;
  }
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    d[i] = (v !== v ? v : v > 0 ? 1 : 0) * g[i];
  }
}

/**
 * Max pooling of `planes` H×W planes (window `size`, `stride`, no padding) into out [planes, OH, OW];
 * `arg` (if not null) gets each winner's flat input index. Ties keep the first in row order; NaN beats numbers.
 */
export function maxPoolForward(
  x: Floats, planes: number, H: number, W: number, size: number, stride: number, OH: number, OW: number,
  out: Floats, arg: Int32Array | null,
): void {
  if (simdWorth(x, x.length) && out instanceof Float32Array) {
    simd()!.maxPool(x, planes, H, W, size, stride, OH, OW, out, arg);
    return;
  }
  let o = 0;
  for (let p = 0; p < planes; p++) {
    for (let oh = 0; oh < OH; oh++) {
      for (let ow = 0; ow < OW; ow++, o++) {
        let best = p * H * W + oh * stride * W + ow * stride;
        for (let kh = 0; kh < size; kh++) {
          const row = p * H * W + (oh * stride + kh) * W + ow * stride;
          for (let kw = 0; kw < size; kw++) {
            const v = x[row + kw];
            if (v > x[best] || (v !== v && x[best] === x[best])) best = row + kw;
          }
        }
        out[o] = x[best];
        if (arg) arg[o] = best;
      }
    }
  }
}
