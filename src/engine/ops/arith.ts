/** Element-wise arithmetic with NumPy broadcasting: add, sub, mul, div, neg. */
import { allocFor, Tensor } from '../tensor';
import { record } from '../tape';
import { planBinary, reduceGrad } from './broadcast';
import { type Operand, toTensor } from './util';

/** a + b (broadcasting). Numbers act as constants. */
export function add(a: Operand, b: Operand): Tensor {
  const A = toTensor(a);
  const B = toTensor(b);
  const { shape, size, ia, ib } = planBinary('add', A, B);
  const x = A.data;
  const y = B.data;
  const out = allocFor(size, A, B);
  if (ia === null || ib === null) for (let i = 0; i < size; i++) out[i] = x[i] + y[i];
  else for (let i = 0; i < size; i++) out[i] = x[ia[i]] + y[ib[i]];
  return record('add', [A, B], new Tensor(out, shape), (g) => [
    A.requiresGrad ? reduceGrad(g, ia, A.size) : null,
    B.requiresGrad ? reduceGrad(g, ib, B.size) : null,
  ], () => ({ rules: ['1', '1'], info: { broadcast: ia !== null } }));
}

/** a − b (broadcasting). */
export function sub(a: Operand, b: Operand): Tensor {
  const A = toTensor(a);
  const B = toTensor(b);
  const { shape, size, ia, ib } = planBinary('sub', A, B);
  const x = A.data;
  const y = B.data;
  const out = allocFor(size, A, B);
  if (ia === null || ib === null) for (let i = 0; i < size; i++) out[i] = x[i] - y[i];
  else for (let i = 0; i < size; i++) out[i] = x[ia[i]] - y[ib[i]];
  return record('sub', [A, B], new Tensor(out, shape), (g) => {
    let gb: Float64Array | null = null;
    if (B.requiresGrad) {
      const neg = new Float64Array(size);
      for (let i = 0; i < size; i++) neg[i] = -g[i];
      gb = reduceGrad(neg, ib, B.size);
    }
    return [A.requiresGrad ? reduceGrad(g, ia, A.size) : null, gb];
  }, () => ({ rules: ['1', '−1'] }));
}

/** a ⊙ b (element-wise product, broadcasting). */
export function mul(a: Operand, b: Operand): Tensor {
  const A = toTensor(a);
  const B = toTensor(b);
  const { shape, size, ia, ib } = planBinary('mul', A, B);
  const x = A.data;
  const y = B.data;
  const out = allocFor(size, A, B);
  if (ia === null || ib === null) for (let i = 0; i < size; i++) out[i] = x[i] * y[i];
  else for (let i = 0; i < size; i++) out[i] = x[ia[i]] * y[ib[i]];
  return record('mul', [A, B], new Tensor(out, shape), (g) => {
    let ga: Float64Array | null = null;
    let gb: Float64Array | null = null;
    if (A.requiresGrad) {
      ga = new Float64Array(size);
      if (ib === null) for (let i = 0; i < size; i++) ga[i] = g[i] * y[i];
      else for (let i = 0; i < size; i++) ga[i] = g[i] * y[ib[i]];
      ga = reduceGrad(ga, ia, A.size);
    }
    if (B.requiresGrad) {
      gb = new Float64Array(size);
      if (ia === null) for (let i = 0; i < size; i++) gb[i] = g[i] * x[i];
      else for (let i = 0; i < size; i++) gb[i] = g[i] * x[ia[i]];
      gb = reduceGrad(gb, ib, B.size);
    }
    return [ga, gb];
  }, () => ({ rules: ['b', 'a'] }));
}

/** a / b (broadcasting). */
export function div(a: Operand, b: Operand): Tensor {
  const A = toTensor(a);
  const B = toTensor(b);
  const { shape, size, ia, ib } = planBinary('div', A, B);
  const x = A.data;
  const y = B.data;
  const out = allocFor(size, A, B);
  if (ia === null || ib === null) for (let i = 0; i < size; i++) out[i] = x[i] / y[i];
  else for (let i = 0; i < size; i++) out[i] = x[ia[i]] / y[ib[i]];
  return record('div', [A, B], new Tensor(out, shape), (g) => {
    let ga: Float64Array | null = null;
    let gb: Float64Array | null = null;
    if (A.requiresGrad) {
      ga = new Float64Array(size);
      for (let i = 0; i < size; i++) ga[i] = g[i] / y[ib === null ? i : ib[i]];
      ga = reduceGrad(ga, ia, A.size);
    }
    if (B.requiresGrad) {
      // ∂(a/b)/∂b = −a/b² = −out/b
      gb = new Float64Array(size);
      for (let i = 0; i < size; i++) gb[i] = (-g[i] * out[i]) / y[ib === null ? i : ib[i]];
      gb = reduceGrad(gb, ib, B.size);
    }
    return [ga, gb];
  }, () => ({ rules: ['1/b', '−a/b²'] }));
}

/** −x. */
export function neg(x: Tensor): Tensor {
  const d = x.data;
  const out = allocFor(d.length, x);
  for (let i = 0; i < d.length; i++) out[i] = -d[i];
  return record('neg', [x], new Tensor(out, x.shape), (g) => {
    const gx = new Float64Array(g.length);
    for (let i = 0; i < g.length; i++) gx[i] = -g[i];
    return [gx];
  }, () => ({ rules: ['−1'] }));
}
