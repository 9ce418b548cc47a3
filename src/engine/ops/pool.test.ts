import { describe, expect, it } from 'vitest';
import { expectGradOk, testRng } from '../testing/helpers';
import { backward } from '../tape';
import { tensor, Tensor } from '../tensor';
import { avgPool2d, maxPool2d } from './pool';
import { sum } from './reduce';

const A = [[1, 3, 5, 3], [4, 2, 3, 1], [3, 1, 1, 3], [0, 1, 0, 4]];

/** Distinct values so max pooling has no ties (finite differences need that). */
function distinct(shape: number[], seed: string): Tensor {
  const rng = testRng(seed);
  const n = shape.reduce((a, b) => a * b, 1);
  const vals = rng.shuffle(Array.from({ length: n }, (_, i) => i * 0.37 - 3));
  return tensor(vals, shape);
}

describe('pooling', () => {
  it('max pool 2×2 stride 2 (deck example 1)', () => {
    expect(maxPool2d(tensor(A), 2, 2).toArray()).toEqual([[4, 5], [3, 4]]);
  });

  it('average pool 2×2 stride 2 (deck example 1)', () => {
    expect(avgPool2d(tensor(A), 2, 2).toArray()).toEqual([[2.5, 3], [1.25, 2]]);
  });

  it('max pool 2×2 stride 2 (deck example 2)', () => {
    expect(maxPool2d(tensor([[1, 1, 2, 4], [5, 6, 7, 8], [3, 2, 1, 0], [1, 2, 3, 4]])).toArray()).toEqual([[6, 8], [3, 4]]);
  });

  it('max pool 3×3 stride 1 over 5×5', () => {
    const x = tensor([[3, 3, 2, 1, 0], [0, 0, 1, 3, 1], [3, 1, 2, 2, 3], [2, 0, 0, 2, 2], [2, 0, 0, 0, 1]]);
    expect(maxPool2d(x, 3, 1).toArray()).toEqual([[3, 3, 3], [3, 3, 3], [3, 2, 3]]);
  });

  it('max pool routes the gradient to the winner of each window', () => {
    const x = tensor(A, undefined, { requiresGrad: true });
    backward(sum(maxPool2d(x)));
    expect(x.gradArray()).toEqual([[0, 0, 1, 0], [1, 0, 0, 0], [1, 0, 0, 0], [0, 0, 0, 1]]);
  });

  it('max pool with odd input size drops the last row/column', () => {
    const x = distinct([1, 2, 5, 5], 'odd');
    expect(maxPool2d(x).shape).toEqual([1, 2, 2, 2]);
    expectGradOk((t) => maxPool2d(t), [x]);
  });

  it('max pool with overlapping windows (size 3, stride 2) accumulates gradient', () => {
    expectGradOk((t) => maxPool2d(t, 3, 2), [distinct([2, 1, 7, 6], 'overlap')]);
  });

  it('average pool gradient, overlapping windows', () => {
    expectGradOk((t) => avgPool2d(t, 2, 1), [distinct([1, 3, 4, 5], 'avg')]);
  });

  it('propagates NaN', () => {
    const x = tensor([[1, Number.NaN], [3, 2]]);
    expect(maxPool2d(x).data[0]).toBeNaN();
  });
});
