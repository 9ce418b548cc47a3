import { describe, expect, it } from 'vitest';
import { expectGradOk, rand, testRng } from '../testing/helpers';
import { backward } from '../tape';
import { Tensor, tensor, toFloat32, zeros } from '../tensor';
import { relu } from './activation';
import { mul } from './arith';
import { sum } from './reduce';
import { conv1d, conv2d } from './conv';
import { avgPool2d } from './pool';

const R = [[156, 155, 156, 158, 158, 158], [153, 154, 157, 159, 159, 159], [149, 151, 155, 158, 159, 159], [146, 146, 149, 153, 158, 158], [145, 143, 143, 148, 158, 158]];
const G = [[167, 166, 167, 169, 169, 169], [164, 165, 168, 170, 170, 170], [160, 162, 166, 169, 170, 170], [156, 156, 159, 163, 168, 168], [155, 153, 153, 158, 168, 168]];
const B = [[163, 162, 163, 165, 165, 165], [160, 161, 164, 166, 166, 166], [156, 158, 162, 165, 166, 166], [155, 155, 158, 162, 167, 167], [154, 152, 152, 157, 167, 167]];
const KR = [[-1, -1, 1], [0, 1, -1], [0, 1, 1]];
const KG = [[1, 0, 0], [1, -1, -1], [1, 0, -1]];
const KB = [[0, 1, 1], [0, 1, 0], [1, -1, 1]];

/** The deck's 3-channel example, one channel at a time (bias 0) to expose partial sums. */
function channel(img: number[][], k: number[][], stride: number) {
  return conv2d(tensor([[img]]), tensor([[k]]), null, { stride, padding: 1 });
}

describe('conv2d golden values from the deck', () => {
  const x = tensor([[R, G, B]]);
  const w = tensor([[KR, KG, KB]]);
  const bias = tensor([1]);

  it('padding 1, stride 1 reproduces out(0,0) = −25 and out(1,0) = 295', () => {
    const y = conv2d(x, w, bias, { stride: 1, padding: 1 });
    expect(y.shape).toEqual([1, 1, 5, 6]);
    expect(y.get(0, 0, 0, 0)).toBe(-25);
    expect(y.get(0, 0, 1, 0)).toBe(295);
  });

  it('per-channel partial sums: 308 − 498 + 164 + 1 = −25 and 298 − 491 + 487 + 1 = 295', () => {
    const parts = [channel(R, KR, 1), channel(G, KG, 1), channel(B, KB, 1)];
    expect(parts.map((p) => p.get(0, 0, 0, 0))).toEqual([308, -498, 164]);
    expect(parts.map((p) => p.get(0, 0, 1, 0))).toEqual([298, -491, 487]);
  });

  it('stride 2 keeps out(0,0) = −25 but gives 291, not 295, at (1,0): the deck used stride 1', () => {
    const y = conv2d(x, w, bias, { stride: 2, padding: 1 });
    expect(y.shape).toEqual([1, 1, 3, 3]);
    expect(y.get(0, 0, 0, 0)).toBe(-25);
    expect(y.get(0, 0, 1, 0)).toBe(291);
  });

  it('shape: 6×6×3 with two 3×3×3 filters → 4×4×2', () => {
    expect(conv2d(zeros([1, 3, 6, 6]), zeros([2, 3, 3, 3])).shape).toEqual([1, 2, 4, 4]);
  });

  it('shape: 32×32×1 with six 5×5 filters → 28×28×6, then avg pool 2/2 → 14×14×6', () => {
    const y = conv2d(zeros([1, 1, 32, 32]), zeros([6, 1, 5, 5]));
    expect(y.shape).toEqual([1, 6, 28, 28]);
    expect(avgPool2d(y, 2, 2).shape).toEqual([1, 6, 14, 14]);
  });
});

describe('conv gradients', () => {
  const rng = testRng('conv');

  it('conv2d, 2 images, 3→2 channels, stride 1, no padding', () => {
    expectGradOk((x, w, b) => conv2d(x, w, b), [rand(rng, 2, 3, 5, 4), rand(rng, 2, 3, 3, 2), rand(rng, 2)]);
  });

  it('conv2d with stride 2 and padding 1 on an odd input size', () => {
    expectGradOk((x, w, b) => conv2d(x, w, b, { stride: 2, padding: 1 }), [rand(rng, 1, 2, 5, 7), rand(rng, 3, 2, 3, 3), rand(rng, 3)]);
  });

  it('conv2d unbatched [C,H,W] with asymmetric stride/padding and no bias', () => {
    expectGradOk((x, w) => conv2d(x, w, null, { stride: [1, 2], padding: [0, 1] }), [rand(rng, 2, 4, 5), rand(rng, 2, 2, 2, 3)]);
  });

  it('conv1d with stride 2, padding 1', () => {
    expectGradOk((x, w, b) => conv1d(x, w, b, { stride: 2, padding: 1 }), [rand(rng, 2, 3, 7), rand(rng, 4, 3, 3), rand(rng, 4)]);
  });

  it('channel mismatch names both shapes and labels', () => {
    expect(() => conv2d(zeros([1, 2, 4, 4]).named('img'), zeros([1, 3, 3, 3]).named('K'))).toThrow(
      'conv2d: shapes [1,2,4,4] and [1,3,3,3] do not match (img, K)',
    );
  });
});

describe('conv2d with the fused ReLU', () => {
  const rng = testRng('conv-relu');
  /** Output and gradients of conv2d(…, activation 'relu') and of relu(conv2d(…)), same inputs. */
  function both(x: Tensor, w: Tensor, b: Tensor, opts: { stride?: number; padding?: number }) {
    const run = (fused: boolean) => {
      const [xs, ws, bs] = [x, w, b].map((t) => new Tensor(t.data.slice(), t.shape, true));
      const y = fused ? conv2d(xs, ws, bs, { ...opts, activation: 'relu' }) : relu(conv2d(xs, ws, bs, opts));
      // A weighted sum, so every output position gets its own upstream gradient.
      backward(sum(mul(y, weights(y.shape))));
      return { y: Array.from(y.data), grads: [xs, ws, bs].map((t) => Array.from(t.grad!)) };
    };
    return { fused: run(true), plain: run(false) };
  }
  const weights = (shape: number[]) => rand(testRng('w'), ...shape);

  it.each([
    ['float64, stride 1, padding 1', false, 1, 1],
    ['float64, stride 2, padding 0', false, 2, 0],
    ['float32 (SIMD), stride 1, padding 1', true, 1, 1],
    ['float32 (SIMD), stride 2, padding 1', true, 2, 1],
  ])('%s: the same values and gradients as relu(conv2d(…))', (_name, f32, stride, padding) => {
    const cast = (t: Tensor) => (f32 ? toFloat32(t) : t);
    const { fused, plain } = both(cast(rand(rng, 4, 3, 11, 9)), cast(rand(rng, 5, 3, 3, 3)), cast(rand(rng, 5)), { stride, padding });
    expect(fused.y.some((v) => v === 0) && fused.y.some((v) => v > 0)).toBe(true);
    expect(fused.y).toEqual(plain.y);
    expect(fused.grads).toEqual(plain.grads);
  });

  it('passes the gradient check', () => {
    expectGradOk((x, w, b) => conv2d(x, w, b, { padding: 1, activation: 'relu' }), [rand(rng, 2, 2, 5, 4), rand(rng, 3, 2, 3, 3), rand(rng, 3)]);
  });
});
