import { describe, expect, it } from 'vitest';
import { readParams } from '../../lib/urlParams';
import { seededWeights } from '../../models/backprop';
import { chunk, configOf, fit, setWeightPatch } from './config';
import { backpropSchema } from './params';

const defaults = () => readParams(backpropSchema, new URLSearchParams()).values;

describe('backprop config adapter', () => {
  it('defaults give the deck’s 3-5-5-4 network with seeded weights', () => {
    const { cfg, adjusted } = configOf(defaults());
    expect(cfg.sizes).toEqual([3, 5, 5, 4]);
    expect(cfg.weights).toBeNull();
    expect(adjusted).toBe(false);
  });

  it('weights of the wrong length are ignored with a notice', () => {
    const { cfg, adjusted } = configOf({ ...defaults(), wts: [1, 2, 3] });
    expect(cfg.weights).toBeNull();
    expect(adjusted).toBe(true);
  });

  it('editing one weight materialises all the seeded weights', () => {
    const { cfg } = configOf(defaults());
    const patch = setWeightPatch(cfg, 1, 2, 3, 9);
    const w = chunk(patch.wts!, [15, 25, 20])!;
    expect(w[1][2 * 5 + 3]).toBe(9);
    expect(w[0]).toEqual(seededWeights([3, 5, 5, 4], 3554)[0]);
  });

  it('bce forces one output; ce turns y into a distribution', () => {
    expect(configOf({ ...defaults(), loss: 'bce' }).cfg.sizes).toEqual([3, 5, 5, 1]);
    expect(configOf({ ...defaults(), loss: 'ce', y: [-1, 2, 0, 0] }).cfg.y).toEqual([1, 0, 0, 0]);
    expect(fit([1, 2, 3], 2)).toEqual([1, 2]);
  });
});
