/**
 * NumPy broadcasting. Instead of looping over multi-indices per element, each
 * (output shape, input shape) pair gets a cached Int32Array mapping every output
 * position to the input position it reads — the hot loops then stay flat.
 */
import type { Tensor } from '../tensor';
import { shapeSize, stridesOf } from '../tensor';
import { shapeError } from './util';

/** Broadcast result shape of two tensors; throws naming both shapes and labels. */
export function broadcastShapes(op: string, a: Tensor, b: Tensor): number[] {
  const n = Math.max(a.shape.length, b.shape.length);
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const da = a.shape[a.shape.length - n + i] ?? 1;
    const db = b.shape[b.shape.length - n + i] ?? 1;
    if (da !== db && da !== 1 && db !== 1) throw shapeError(op, a, b, 'cannot broadcast');
    out[i] = da === 1 ? db : da;
  }
  return out;
}

const cache = new Map<string, Int32Array>();
const CACHE_LIMIT = 512;

/**
 * For each flat position of `outShape`, the flat position of `inShape` it
 * broadcasts from. Cached; callers must not mutate the result.
 */
export function indexMap(outShape: readonly number[], inShape: readonly number[]): Int32Array {
  const key = `${outShape.join(',')}|${inShape.join(',')}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const n = shapeSize(outShape);
  const map = new Int32Array(n);
  const nd = outShape.length;
  const inStrides = stridesOf(inShape);
  // Stride 0 along broadcast axes (size 1 or missing in the input).
  const eff = new Array<number>(nd).fill(0);
  for (let d = 0; d < inShape.length; d++) {
    const od = nd - inShape.length + d;
    eff[od] = inShape[d] === 1 ? 0 : inStrides[d];
  }
  const idx = new Array<number>(nd).fill(0);
  let off = 0;
  for (let i = 0; i < n; i++) {
    map[i] = off;
    for (let d = nd - 1; d >= 0; d--) {
      idx[d]++;
      off += eff[d];
      if (idx[d] < outShape[d]) break;
      off -= eff[d] * idx[d];
      idx[d] = 0;
    }
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, map);
  return map;
}

/** Index maps for a binary op: null for both when the shapes are equal (fast path). */
export interface BroadcastPlan {
  shape: number[];
  size: number;
  ia: Int32Array | null;
  ib: Int32Array | null;
}

/** Plans a broadcast binary op over `a` and `b`. */
export function planBinary(op: string, a: Tensor, b: Tensor): BroadcastPlan {
  const shape = broadcastShapes(op, a, b);
  const size = shapeSize(shape);
  if (a.size === size && b.size === size) return { shape, size, ia: null, ib: null };
  return { shape, size, ia: indexMap(shape, a.shape), ib: indexMap(shape, b.shape) };
}

/** Sums a full-size gradient back onto an input of `inSize` elements via its index map. */
export function reduceGrad(g: Float64Array, map: Int32Array | null, inSize: number): Float64Array {
  if (map === null) return g;
  const out = new Float64Array(inSize);
  for (let i = 0; i < g.length; i++) out[map[i]] += g[i];
  return out;
}
