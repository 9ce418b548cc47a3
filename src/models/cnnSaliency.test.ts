import { describe, expect, it } from 'vitest';
import { cnnInfer, initCnnParams, paramsFromArrays, PARAM_ORDER } from './cnnNet';
import { cnnSaliency, nudgeCheck } from './cnnSaliency';

const image = Array.from({ length: 784 }, (_, i) => ((i * 53) % 97) / 96);
const trainedLike = () => {
  const init = initCnnParams({ c1: 8, k1: 5, c2: 16, k2: 3 }, 3);
  // Snapshot parameters do not ask for gradients: only the input does.
  return paramsFromArrays({ c1: 8, k1: 5, c2: 16, k2: 3 }, Object.fromEntries(PARAM_ORDER.map((k) => [k, Float64Array.from(init[k].data)])));
};

describe('saliency δx = ∂(class score)/∂(input pixels)', () => {
  const p = trainedLike();

  it('matches central finite differences of the logit at several pixels', () => {
    const s = cnnSaliency(p, image, 4);
    const h = 1e-6;
    for (const i of [100, 350, 406, 600]) {
      const up = image.slice(); up[i] += h;
      const down = image.slice(); down[i] -= h;
      const fd = (cnnSaliency(p, up, 4).score - cnnSaliency(p, down, 4).score) / (2 * h);
      expect(s.grad[i]).toBeCloseTo(fd, 5);
    }
  });

  it('defaults to the predicted class, and the score is that logit', () => {
    const s = cnnSaliency(p, image);
    expect(s.cls).toBe(cnnInfer(p, image).predicted);
    expect(s.score).toBe(Math.max(...s.logits));
    expect(s.maxAbs).toBeGreaterThan(0);
  });

  it('leaves no gradient on the snapshot parameters', () => {
    cnnSaliency(p, image, 1);
    expect(p.K1.grad).toBeNull();
  });

  it('a nudge of the most salient grey pixel changes the score by δx · ε (the network is piecewise linear)', () => {
    const s = cnnSaliency(p, image, 2);
    const n = nudgeCheck(p, image, s);
    expect(Math.abs(s.grad[s.maxAt])).toBe(s.maxAbs);
    const greys = Array.from(image.keys()).filter((i) => image[i] > 0 && image[i] < 1);
    expect(greys.length).toBeGreaterThan(0);
    expect(Math.abs(s.grad[n.pixel])).toBe(Math.max(...greys.map((i) => Math.abs(s.grad[i]))));
    expect(n.actual).toBeCloseTo(n.predicted, 9);
  });

  it('rejects a class outside 0…9', () => {
    expect(() => cnnSaliency(p, image, 10)).toThrow(RangeError);
  });
});
