/** Shape ops: reshape, transpose, permute, concat, slice, gather (embedding lookup). */
import { allocFor, fmtShape, isFloat32, shapeSize, stridesOf, Tensor } from '../tensor';
import { record } from '../tape';
import { badShape, nameOf, normAxis, splitAxis } from './util';

/** Same values in a new shape (one dimension may be −1). Shares the data array. */
export function reshape(x: Tensor, shape: readonly number[]): Tensor {
  const s = shape.slice();
  const free = s.indexOf(-1);
  if (free >= 0) s[free] = x.size / -shapeSize(s);
  if (shapeSize(s) !== x.size || !s.every((d) => Number.isInteger(d) && d >= 0)) {
    throw badShape('reshape', x, `cannot become ${fmtShape(shape)}`);
  }
  // The gradient has the same layout, so it passes through unchanged.
  return record('reshape', [x], new Tensor(x.data, s), (g) => [g], () => ({ rules: ['1 (reshape)'] }));
}

/** Axes reordered: output axis i is input axis `axes[i]`. */
export function permute(x: Tensor, axes: readonly number[]): Tensor {
  const nd = x.ndim;
  const ax = axes.map((a) => normAxis('permute', a, nd));
  if (ax.length !== nd || new Set(ax).size !== nd) throw badShape('permute', x, `cannot be permuted by [${axes.join(',')}]`);
  const outShape = ax.map((a) => x.shape[a]);
  const inStrides = stridesOf(x.shape);
  const map = new Int32Array(x.size);
  const idx = new Array<number>(nd).fill(0);
  const eff = ax.map((a) => inStrides[a]);
  let off = 0;
  for (let i = 0; i < map.length; i++) {
    map[i] = off;
    for (let d = nd - 1; d >= 0; d--) {
      idx[d]++;
      off += eff[d];
      if (idx[d] < outShape[d]) break;
      off -= eff[d] * idx[d];
      idx[d] = 0;
    }
  }
  const src = x.data;
  const out = allocFor(x.size, x);
  for (let i = 0; i < out.length; i++) out[i] = src[map[i]];
  return record('permute', [x], new Tensor(out, outShape), (g) => {
    const gx = new Float64Array(x.size);
    for (let i = 0; i < g.length; i++) gx[map[i]] = g[i];
    return [gx];
  }, () => ({ rules: ['inverse permutation'], info: { axes: ax } }));
}

/** Transpose of a 2-D tensor (or swap of the last two axes of a 3-D one). */
export function transpose(x: Tensor): Tensor {
  if (x.ndim === 2) return permute(x, [1, 0]);
  if (x.ndim === 3) return permute(x, [0, 2, 1]);
  throw badShape('transpose', x, 'is not 2-D or 3-D');
}

/** Joins tensors along `axis` (default 0); all other dimensions must agree. */
export function concat(tensors: readonly Tensor[], axis = 0): Tensor {
  if (tensors.length === 0) throw new Error('concat: no tensors');
  const first = tensors[0];
  const ax = normAxis('concat', axis, first.ndim);
  for (const t of tensors) {
    const ok = t.ndim === first.ndim && t.shape.every((d, i) => i === ax || d === first.shape[i]);
    if (!ok) {
      throw new Error(`concat: shapes ${fmtShape(first.shape)} and ${fmtShape(t.shape)} do not match on axis ≠ ${ax} (${nameOf(first)}, ${nameOf(t)})`);
    }
  }
  const total = tensors.reduce((s, t) => s + t.shape[ax], 0);
  const outShape = first.shape.slice();
  outShape[ax] = total;
  const { outer, inner } = splitAxis(outShape, ax);
  const out = tensors.some(isFloat32) ? new Float32Array(outer * total * inner) : new Float64Array(outer * total * inner);
  const rowOut = total * inner;
  let start = 0;
  const starts: number[] = [];
  for (const t of tensors) {
    const w = t.shape[ax] * inner;
    for (let o = 0; o < outer; o++) out.set(t.data.subarray(o * w, (o + 1) * w), o * rowOut + start);
    starts.push(start);
    start += w;
  }
  return record('concat', tensors.slice(), new Tensor(out, outShape), (g) =>
    tensors.map((t, i) => {
      if (!t.requiresGrad) return null;
      const w = t.shape[ax] * inner;
      const gt = new Float64Array(t.size);
      for (let o = 0; o < outer; o++) gt.set(g.subarray(o * rowOut + starts[i], o * rowOut + starts[i] + w), o * w);
      return gt;
    }), () => ({ rules: tensors.map((_, i) => `slice ${i} of ∂L/∂out`), info: { axis: ax } }));
}

/** Elements `start` ≤ i < `end` along `axis` (negative indices count from the end). */
export function slice(x: Tensor, axis: number, start: number, end?: number): Tensor {
  const ax = normAxis('slice', axis, x.ndim);
  const len = x.shape[ax];
  const s = start < 0 ? start + len : start;
  const e = end === undefined ? len : end < 0 ? end + len : end;
  if (s < 0 || e > len || s > e) throw badShape('slice', x, `has no range ${start}:${end ?? ''} on axis ${ax}`);
  const { outer, inner } = splitAxis(x.shape, ax);
  const outShape = x.shape.slice();
  outShape[ax] = e - s;
  const w = (e - s) * inner;
  const row = len * inner;
  const out = allocFor(outer * w, x);
  for (let o = 0; o < outer; o++) out.set(x.data.subarray(o * row + s * inner, o * row + s * inner + w), o * w);
  return record('slice', [x], new Tensor(out, outShape), (g) => {
    const gx = new Float64Array(x.size);
    for (let o = 0; o < outer; o++) gx.set(g.subarray(o * w, (o + 1) * w), o * row + s * inner);
    return [gx];
  }, () => ({ rules: ['∂L/∂out scattered into the slice, 0 elsewhere'], info: { axis: ax, start: s, end: e } }));
}

/**
 * Embedding lookup: rows of `table` [V, D] picked by integer `indices`.
 * Output shape is `indexShape` (default [indices.length]) followed by D.
 * Backward scatter-adds into the picked rows, so repeated indices accumulate.
 */
export function gather(table: Tensor, indices: ArrayLike<number>, indexShape?: readonly number[]): Tensor {
  if (table.ndim !== 2) throw badShape('gather', table, 'is not a [vocab, dim] matrix');
  const [V, D] = table.shape;
  const n = indices.length;
  const idx = Int32Array.from(indices as ArrayLike<number>);
  const out = allocFor(n * D, table);
  for (let r = 0; r < n; r++) {
    const i = idx[r];
    if (i < 0 || i >= V || !Number.isInteger(i)) throw badShape('gather', table, `has no row ${indices[r]}`);
    out.set(table.data.subarray(i * D, (i + 1) * D), r * D);
  }
  const shape = (indexShape ? indexShape.slice() : [n]).concat(D);
  return record('gather', [table], new Tensor(out, shape), (g) => {
    const gt = new Float64Array(table.size);
    for (let r = 0; r < n; r++) {
      const o = idx[r] * D;
      for (let j = 0; j < D; j++) gt[o + j] += g[r * D + j];
    }
    return [gt];
  }, () => ({ rules: ['scatter-add rows of ∂L/∂out'], info: { indices: Array.from(idx) } }));
}
