import { describe, expect, it } from 'vitest';
import { expectGradOk, rand, testRng } from '../testing/helpers';
import { backward } from '../tape';
import { tensor } from '../tensor';
import { add, div, mul, neg, sub } from './arith';
import { abs, exp, log, pow, scale, sqrt } from './math';
import { sum } from './reduce';

describe('element-wise arithmetic', () => {
  const rng = testRng('arith');

  it.each([
    ['add', add],
    ['sub', sub],
    ['mul', mul],
    ['div', div],
  ] as const)('%s: gradient on equal shapes', (_name, op) => {
    expectGradOk((a, b) => op(a, b), [rand(rng, 3, 4), add(rand(rng, 3, 4), 5)]);
  });

  it.each([
    ['add', add],
    ['sub', sub],
    ['mul', mul],
    ['div', div],
  ] as const)('%s: broadcast [3,1] with [1,4]', (_name, op) => {
    expectGradOk((a, b) => op(a, b), [add(rand(rng, 3, 1), 3), add(rand(rng, 1, 4), 3)]);
  });

  it('broadcast [2,3,4] with [4] (bias-like) and with a scalar', () => {
    expectGradOk((a, b, c) => mul(add(a, b), c), [rand(rng, 2, 3, 4), rand(rng, 4), rand(rng)]);
  });

  it('broadcast [3,1] with [1,4] gives the outer sum', () => {
    const y = add(tensor([[1], [2], [3]]), tensor([[10, 20, 30, 40]]));
    expect(y.shape).toEqual([3, 4]);
    expect(y.toArray()).toEqual([[11, 21, 31, 41], [12, 22, 32, 42], [13, 23, 33, 43]]);
  });

  it('fan-out: y = x*x + x has gradient 2x + 1', () => {
    const x = tensor([1, -2, 0.5], undefined, { requiresGrad: true });
    backward(sum(add(mul(x, x), x)));
    expect(Array.from(x.grad!)).toEqual([3, -3, 2]);
    expectGradOk((a) => add(mul(a, a), a), [rand(rng, 5)]);
  });

  it('add(x, x) counts the gradient twice', () => {
    const x = tensor([1, 2], undefined, { requiresGrad: true });
    backward(sum(add(x, x)));
    expect(Array.from(x.grad!)).toEqual([2, 2]);
  });

  it('numbers act as constants', () => {
    expectGradOk((a) => sub(1, mul(2, div(a, 3))), [rand(rng, 2, 2)]);
  });

  it('shape mismatch names the op, both shapes and labels', () => {
    const a = tensor([[1, 2, 3]]).named('W1');
    const b = tensor([1, 2]).named('x');
    expect(() => add(a, b)).toThrow('add: shapes [1,3] and [2] do not match (W1, x)');
  });

  it('neg, pow, exp, log, sqrt, abs, scale: gradients', () => {
    const pos = () => add(abs(rand(rng, 2, 3)), 0.5);
    expectGradOk((a) => neg(a), [rand(rng, 4)]);
    expectGradOk((a) => pow(a, 3), [rand(rng, 2, 3)]);
    expectGradOk((a) => pow(a, -1.5), [pos()]);
    expectGradOk((a) => exp(a), [rand(rng, 2, 3)]);
    expectGradOk((a) => log(a), [pos()]);
    expectGradOk((a) => sqrt(a), [pos()]);
    expectGradOk((a) => abs(a), [rand(rng, 2, 3)]);
    expectGradOk((a) => scale(a, -2.5), [rand(rng, 2, 3)]);
  });

  it('propagates NaN', () => {
    const y = add(tensor([Number.NaN, 1]), tensor([1, 1]));
    expect(y.data[0]).toBeNaN();
    expect(exp(tensor([Number.NaN])).data[0]).toBeNaN();
  });
});
