import { describe, expect, it } from 'vitest';
import { conv2d } from '../engine/ops/conv';
import { noGrad } from '../engine/tape';
import { Tensor } from '../engine/tensor';
import { cnnForward, cnnInfer, initCnnParams } from './cnnNet';
import { layerSum } from './cnnLayerSum';

const image = Array.from({ length: 784 }, (_, i) => ((i * 37) % 101) / 100);

describe('layer formula hⱼⁿ = max(0, Σₖ hₖⁿ⁻¹ * wₖⱼⁿ + b)', () => {
  const p = initCnnParams({ c1: 4, k1: 5, c2: 6, k2: 3 }, 7);
  const inf = cnnInfer(p, image);

  it('layer 2: the per-channel terms plus bias equal the engine conv2d output, and the ReLU its feature map', () => {
    const pool1 = noGrad(() => cnnForward(p, new Tensor(Float64Array.from(image), [1, 1, 28, 28])).pool1);
    const pre = noGrad(() => conv2d(pool1, p.K2, p.b2));
    for (const [j, r, c] of [[0, 0, 0], [3, 5, 7], [5, 9, 9]]) {
      const s = layerSum(p, image, 2, j, r, c);
      expect(s.terms).toHaveLength(4);
      expect(s.side).toBe(10);
      expect(s.pre).toBeCloseTo(pre.data[j * 100 + r * 10 + c], 9);
      expect(s.terms.reduce((a, b) => a + b, 0) + s.bias).toBeCloseTo(s.pre, 12);
      expect(s.out).toBeCloseTo(inf.layers.conv2.maps[j][r * 10 + c], 9);
    }
  });

  it('layer 1 has one input channel; the value equals the conv1 feature map', () => {
    const s = layerSum(p, image, 1, 2, 11, 20);
    expect(s.terms).toHaveLength(1);
    expect(s.side).toBe(24);
    expect(s.out).toBeCloseTo(inf.layers.conv1.maps[2][11 * 24 + 20], 9);
  });

  it('a channel or position outside the layer is clamped into it', () => {
    const s = layerSum(p, image, 2, 99, -3, 50);
    expect([s.j, s.row, s.col]).toEqual([5, 0, 9]);
  });

  it('rejects an image that is not 28×28', () => {
    expect(() => layerSum(p, [1, 2, 3], 1, 0, 0, 0)).toThrow(RangeError);
  });
});
