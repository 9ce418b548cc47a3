import { describe, expect, it } from 'vitest';
import { expectGradOk, rand, testRng } from '../testing/helpers';
import { backward } from '../tape';
import { tensor } from '../tensor';
import { mul } from './arith';
import { matmul, linear } from './matmul';
import { max, mean, sum } from './reduce';
import { concat, gather, permute, reshape, slice, transpose } from './shape';

describe('shape ops', () => {
  const rng = testRng('shape');

  it('reshape with −1 and its gradient', () => {
    expect(reshape(rand(rng, 2, 6), [3, -1]).shape).toEqual([3, 4]);
    expectGradOk((x) => mul(reshape(x, [4, 3]), reshape(x, [4, 3])), [rand(rng, 2, 6)]);
  });

  it('reshape to an incompatible shape throws with the label', () => {
    expect(() => reshape(rand(rng, 2, 3).named('h'), [4])).toThrow('reshape: shape [2,3] cannot become [4] (h)');
  });

  it('transpose 2-D and permute 3-D', () => {
    expect(transpose(tensor([[1, 2, 3], [4, 5, 6]])).toArray()).toEqual([[1, 4], [2, 5], [3, 6]]);
    expectGradOk((x) => transpose(x), [rand(rng, 3, 4)]);
    expectGradOk((x) => permute(x, [2, 0, 1]), [rand(rng, 2, 3, 4)]);
  });

  it('concat along axis 1 with unequal widths', () => {
    const y = concat([tensor([[1], [2]]), tensor([[3, 4], [5, 6]])], 1);
    expect(y.toArray()).toEqual([[1, 3, 4], [2, 5, 6]]);
    expectGradOk((a, b) => concat([a, b, a], -1), [rand(rng, 2, 3, 2), rand(rng, 2, 3, 1)]);
  });

  it('slice along an axis, with a negative start', () => {
    expect(slice(tensor([[1, 2, 3, 4]]), 1, -3, 3).toArray()).toEqual([[2, 3]]);
    expectGradOk((x) => slice(x, 1, 1, 3), [rand(rng, 2, 4, 3)]);
  });

  it('gather with repeated indices accumulates rows (embedding)', () => {
    const E = tensor([[1, 2], [3, 4], [5, 6]], undefined, { requiresGrad: true });
    const y = gather(E, [2, 0, 2], [1, 3]);
    expect(y.shape).toEqual([1, 3, 2]);
    backward(sum(y));
    expect(E.gradArray()).toEqual([[1, 1], [0, 0], [2, 2]]);
    expectGradOk((t) => gather(t, [1, 1, 0, 3]), [rand(rng, 4, 3)]);
  });
});

describe('reductions', () => {
  const rng = testRng('reduce');

  it('sum/mean over all and over each axis, with keepdims', () => {
    const x = tensor([[1, 2, 3], [4, 5, 6]]);
    expect(sum(x).item()).toBe(21);
    expect(sum(x, 0).toArray()).toEqual([5, 7, 9]);
    expect(mean(x, -1, true).toArray()).toEqual([[2], [5]]);
    expectGradOk((t) => sum(t, 1), [rand(rng, 2, 3, 4)]);
    expectGradOk((t) => mean(t, 0, true), [rand(rng, 2, 3, 4)]);
    expectGradOk((t) => mean(t), [rand(rng, 3, 2)]);
  });

  it('max over an axis routes the gradient to the arg-max', () => {
    expect(max(tensor([[1, 5], [7, 2]]), 0).toArray()).toEqual([7, 5]);
    expectGradOk((t) => max(t, 1), [rand(rng, 3, 5)]);
    expectGradOk((t) => max(t), [rand(rng, 4, 2)]);
  });

  it('max propagates NaN', () => {
    expect(max(tensor([1, Number.NaN, 3])).item()).toBeNaN();
  });
});

describe('matmul', () => {
  const rng = testRng('matmul');

  it('2-D product and gradient', () => {
    expect(matmul(tensor([[1, 2], [3, 4]]), tensor([[5], [6]])).toArray()).toEqual([[17], [39]]);
    expectGradOk((a, b) => matmul(a, b), [rand(rng, 3, 4), rand(rng, 4, 2)]);
  });

  it('matrix times vector [m,k]·[k] → [m], and vector·vector → scalar', () => {
    expect(matmul(tensor([[1, 2], [3, 4]]), tensor([1, 1])).toArray()).toEqual([3, 7]);
    expectGradOk((a, b) => matmul(a, b), [rand(rng, 3, 4), rand(rng, 4)]);
    expectGradOk((a, b) => matmul(a, b), [rand(rng, 4), rand(rng, 4)]);
  });

  it('batched 3-D, and broadcast batch [b,m,k]·[k,n] and [m,k]·[b,k,n]', () => {
    expectGradOk((a, b) => matmul(a, b), [rand(rng, 2, 3, 4), rand(rng, 2, 4, 5)]);
    expectGradOk((a, b) => matmul(a, b), [rand(rng, 3, 2, 4), rand(rng, 4, 2)]);
    expectGradOk((a, b) => matmul(a, b), [rand(rng, 2, 4), rand(rng, 3, 4, 2)]);
  });

  it('transposeB: A·Bᵀ without a copy, batched too', () => {
    expectGradOk((a, b) => matmul(a, b, true), [rand(rng, 3, 4), rand(rng, 5, 4)]);
    expectGradOk((a, b) => matmul(a, b, true), [rand(rng, 2, 3, 4), rand(rng, 2, 5, 4)]);
  });

  it('fan-out: x used on both sides of x·xᵀ', () => {
    expectGradOk((x) => matmul(x, x, true), [rand(rng, 3, 2)]);
  });

  it('shape mismatch: matmul: shapes [5,3] and [4,1] do not match (W1, x)', () => {
    expect(() => matmul(rand(rng, 5, 3).named('W1'), rand(rng, 4, 1).named('x'))).toThrow(
      'matmul: shapes [5,3] and [4,1] do not match (W1, x)',
    );
  });

  it('linear = x·Wᵀ + b for batches, single vectors and 3-D inputs', () => {
    expectGradOk((x, W, b) => linear(x, W, b), [rand(rng, 4, 3), rand(rng, 2, 3), rand(rng, 2)]);
    expectGradOk((x, W) => linear(x, W), [rand(rng, 3), rand(rng, 2, 3)]);
    expectGradOk((x, W, b) => linear(x, W, b), [rand(rng, 2, 3, 3), rand(rng, 5, 3), rand(rng, 5)]);
  });
});
