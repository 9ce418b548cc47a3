import { describe, expect, it } from 'vitest';
import { layerForward, neuronForward, sampleActivation, twoLayers } from './neuron';

describe('neuron model', () => {
  it('reproduces the deck example: z = 0.86, σ ≈ 0.7027, tanh ≈ 0.6963', () => {
    const w = [0.2, 0.3, 0.9], x = [0.3, 0.4, 0.2];
    const s = neuronForward(w, x, 0.5, 'sigmoid');
    expect(s.z).toBeCloseTo(0.86, 12);
    expect(s.products.map((p) => +p.toFixed(12))).toEqual([0.06, 0.12, 0.18]);
    expect(s.a).toBeCloseTo(0.7027, 4);
    expect(neuronForward(w, x, 0.5, 'tanh').a).toBeCloseTo(0.6963, 4);
  });

  it('slope of sigmoid equals a(1 − a)', () => {
    const s = neuronForward([1], [0.3], 0, 'sigmoid');
    expect(s.slope).toBeCloseTo(s.a * (1 - s.a), 14);
  });

  it('samples n points including both ends', () => {
    const { f, df } = sampleActivation('relu', -2, 2, 5);
    expect(f.map((p) => p[0])).toEqual([-2, -1, 0, 1, 2]);
    expect(f.map((p) => p[1])).toEqual([0, 0, 0, 1, 2]);
    expect(df[4][1]).toBe(1);
  });

  it('a layer applies the activation to each row of Wx + b', () => {
    const { z, a } = layerForward([[1, 0], [0, 2]], [0, -1], [3, 4], 'relu');
    expect(z).toEqual([3, 7]);
    expect(a).toEqual([3, 7]);
  });

  it('two linear layers collapse to V·x + c; ReLU between them does not', () => {
    const lin = twoLayers([1, -2], [0.5, 1], [3, 1], -1, 'identity');
    expect(lin.V).toBe(1);
    expect(lin.c).toBe(1.5);
    for (const x of [-2, 0, 1.7]) expect(lin.at(x)).toBeCloseTo(lin.V * x + lin.c, 12);
    const bent = twoLayers([1, -2], [0.5, 1], [3, 1], -1, 'relu');
    expect(bent.at(-2) + bent.at(2)).not.toBeCloseTo(2 * bent.at(0), 3);
  });
});
