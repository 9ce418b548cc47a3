import { describe, expect, it } from 'vitest';
import { expectGradOk, rand, testRng } from '../testing/helpers';
import { backward } from '../tape';
import { scalar, tensor } from '../tensor';
import { leakyRelu, prelu } from './activation';
import { sum } from './reduce';

describe('parametric ReLU', () => {
  const rng = testRng('prelu');

  it('with a fixed α equals leaky ReLU', () => {
    const x = tensor([-2, -0.5, 0, 0.5, 3]);
    expect(prelu(x, scalar(0.25)).toArray()).toEqual(leakyRelu(x, 0.25).toArray());
    expect(prelu(x, scalar(0.25)).toArray()).toEqual([-0.5, -0.125, 0, 0.5, 3]);
  });

  it('gradient w.r.t. x and a shared scalar α matches finite differences', () => {
    expectGradOk((x, a) => prelu(x, a), [rand(rng, 3, 4), scalar(0.2)]);
  });

  it('gradient w.r.t. a per-channel α of shape [C, 1, 1] matches finite differences', () => {
    expectGradOk((x, a) => prelu(x, a), [rand(rng, 2, 3, 3), tensor([[[0.1]], [[0.3]]])]);
  });

  it('∂L/∂α is the sum of the negative inputs (L = Σ y); positive inputs give α nothing', () => {
    const x = tensor([-2, -0.5, 1, 4]);
    const a = scalar(0.1);
    a.requiresGrad = true;
    x.requiresGrad = true;
    backward(sum(prelu(x, a)));
    expect(a.grad![0]).toBeCloseTo(-2.5, 12);
    expect([...x.grad!]).toEqual([0.1, 0.1, 1, 1]);
  });

  it('an α larger than x is refused with both shapes named', () => {
    expect(() => prelu(scalar(1), tensor([0.1, 0.2]))).toThrow(/prelu/);
  });

  it('propagates NaN in x to the output and to ∂L/∂α', () => {
    const x = tensor([Number.NaN, -1]);
    const a = scalar(0.5);
    a.requiresGrad = true;
    const y = prelu(x, a);
    expect(Number.isNaN(y.data[0])).toBe(true);
    backward(sum(y));
    expect(Number.isNaN(a.grad![0])).toBe(true);
  });
});
