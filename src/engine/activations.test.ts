import { describe, expect, it } from 'vitest';
import {
  ACTIVATIONS,
  type ActivationName,
  erf,
  erfc,
  gelu,
  neuron,
  relu,
  sigmoid,
  tanh,
} from './activations';

const NAMES = Object.keys(ACTIVATIONS) as ActivationName[];
const POINTS = [-4.2, -2.5, -1.3, -0.7, -0.1, 0.05, 0.3, 0.9, 1.7, 3.1, 5.5];

describe('activations', () => {
  it.each(NAMES)('%s derivative matches central finite differences', (name) => {
    const { f, df } = ACTIVATIONS[name];
    const h = 1e-6;
    for (const x of POINTS) {
      // hardTanh has kinks at ±1, which the sample points avoid.
      const numeric = (f(x + h, 0.1) - f(x - h, 0.1)) / (2 * h);
      expect(Math.abs(df(x, 0.1) - numeric)).toBeLessThan(1e-8);
    }
  });

  it('tanh(z) = 2σ(2z) − 1', () => {
    for (const z of POINTS) expect(tanh(z)).toBeCloseTo(2 * sigmoid(2 * z) - 1, 14);
  });

  it("reproduces the deck's neuron w=[0.2,0.3,0.9], b=0.5, x=[0.3,0.4,0.2]", () => {
    const z = neuron([0.2, 0.3, 0.9], [0.3, 0.4, 0.2], 0.5);
    expect(z).toBeCloseTo(0.86, 12);
    expect(sigmoid(z)).toBeCloseTo(0.7027, 4);
    expect(tanh(z)).toBeCloseTo(0.6963, 4);
  });

  it('sigmoid is stable for large |x|', () => {
    expect(sigmoid(1000)).toBe(1);
    expect(sigmoid(-1000)).toBe(0);
    expect(sigmoid(-745)).toBeGreaterThanOrEqual(0);
    expect(Number.isFinite(ACTIVATIONS.sigmoid.df(-800))).toBe(true);
  });

  it('erf matches reference values to 1e-15', () => {
    const ref: [number, number][] = [
      [0.5, 0.5204998778130465],
      [1, 0.8427007929497149],
      [2, 0.9953222650189527],
      [2.4999, 0.9995928300996666],
      [3, 0.9999779095030014],
      [-1.5, -0.9661051464753108],
    ];
    for (const [x, v] of ref) expect(Math.abs(erf(x) - v)).toBeLessThan(1e-15);
    expect(Math.abs(erfc(5) / 1.5374597944280349e-12 - 1)).toBeLessThan(1e-12);
    expect(Math.abs(erfc(2.5) / 0.0004069520174449589 - 1)).toBeLessThan(1e-12);
  });

  it('exact gelu matches x·Φ(x) reference to 1e-12', () => {
    // Φ(1) = 0.8413447460685429, Φ(-2) = 0.022750131948179195
    expect(Math.abs(gelu(1) - 0.8413447460685429)).toBeLessThan(1e-12);
    expect(Math.abs(gelu(-2) - -2 * 0.022750131948179195)).toBeLessThan(1e-12);
    expect(gelu(0)).toBe(0);
  });

  it('propagates NaN', () => {
    for (const name of NAMES) {
      expect(ACTIVATIONS[name].f(Number.NaN)).toBeNaN();
      expect(ACTIVATIONS[name].df(Number.NaN)).toBeNaN();
    }
    expect(relu(Number.NaN)).toBeNaN();
  });

  it('neuron rejects mismatched lengths', () => {
    expect(() => neuron([1, 2], [1], 0)).toThrow(/neuron/);
  });
});
