import { describe, expect, it } from 'vitest';
import { softmax as softmaxOp } from './ops/softmax';
import { sigmoid } from './ops/activation';
import { backward } from './tape';
import { tensor } from './tensor';
import { expectGradOk, rand, testRng } from './testing/helpers';
import {
  bceWithLogits,
  binaryCrossEntropy,
  halfSumSquaredError,
  meanSquaredError,
  softmaxCrossEntropy,
} from './losses';

describe('losses', () => {
  const rng = testRng('loss');

  it('halfSumSquaredError = ½Σ(t − o)² with gradient o − t', () => {
    const o = tensor([0.5, 1, 2], undefined, { requiresGrad: true });
    const e = halfSumSquaredError(o, [1, 1, 0]);
    expect(e.item()).toBeCloseTo(0.5 * (0.25 + 0 + 4), 15);
    backward(e);
    expect(Array.from(o.grad!)).toEqual([-0.5, 0, 2]);
    expectGradOk((a, t) => halfSumSquaredError(a, t), [rand(rng, 2, 3), rand(rng, 2, 3)]);
  });

  it('meanSquaredError gradient', () => {
    expect(meanSquaredError(tensor([1, 3]), [0, 0]).item()).toBe(5);
    expectGradOk((a, t) => meanSquaredError(a, t), [rand(rng, 4), rand(rng, 4)]);
  });

  it('binary cross-entropy on probabilities and on logits agree', () => {
    const z = rand(rng, 5);
    const y = [1, 0, 1, 1, 0];
    expect(binaryCrossEntropy(sigmoid(z), y).item()).toBeCloseTo(bceWithLogits(z, y).item(), 12);
    expectGradOk((p) => binaryCrossEntropy(sigmoid(p), y), [rand(rng, 5)]);
    expectGradOk((p) => bceWithLogits(p, y), [rand(rng, 5)]);
  });

  it('binary cross-entropy clamps p = 0 and p = 1 to finite values', () => {
    expect(Number.isFinite(binaryCrossEntropy(tensor([0, 1]), [1, 0]).item())).toBe(true);
    expect(bceWithLogits(tensor([800]), [0]).item()).toBeCloseTo(800, 10);
  });

  it('softmax cross-entropy gradient wrt logits equals μ − y for one example', () => {
    const z = tensor([2, -1, 0.5, 0.1], undefined, { requiresGrad: true });
    backward(softmaxCrossEntropy(z, 2));
    const mu = softmaxOp(tensor([2, -1, 0.5, 0.1])).data;
    const expected = Array.from(mu, (m, i) => m - (i === 2 ? 1 : 0));
    Array.from(z.grad!).forEach((g, i) => expect(g).toBeCloseTo(expected[i], 15));
  });

  it('softmax cross-entropy over a batch: mean loss, gradient (μ − y)/B, indices = one-hot', () => {
    const z = rand(rng, 3, 4);
    const oneHot = tensor([[0, 1, 0, 0], [0, 0, 0, 1], [1, 0, 0, 0]]);
    expect(softmaxCrossEntropy(z, [1, 3, 0]).item()).toBeCloseTo(softmaxCrossEntropy(z, oneHot).item(), 14);
    expectGradOk((t) => softmaxCrossEntropy(t, [1, 3, 0]), [z]);
    expectGradOk((t) => softmaxCrossEntropy(t, tensor([[0.2, 0.3, 0.5, 0]])), [rand(rng, 1, 4)]);
  });

  it('softmax cross-entropy rejects an out-of-range class', () => {
    expect(() => softmaxCrossEntropy(tensor([1, 2]).named('logits'), 5)).toThrow(/softmaxCrossEntropy.*class 5.*logits/);
  });
});
