import { describe, expect, it } from 'vitest';
import {
  GD_EXERCISE, REGRESSION_DATA, errorGradient, gradientStep, leastSquares, quantileLevels, runGradientDescent, sumSquaredError,
} from './gradientDescent';

const central = (f: (w: number[]) => number, w: number[], i: number) => {
  const h = 1e-6;
  const a = [...w]; a[i] += h;
  const b = [...w]; b[i] -= h;
  return (f(a) - f(b)) / (2 * h);
};

describe('linear unit error and gradient', () => {
  it('∂E/∂wᵢ = Σ(t − o)(−xᵢ) matches central finite differences', () => {
    const w = [0.3, -0.7];
    const g = errorGradient(w, REGRESSION_DATA);
    for (const i of [0, 1]) expect(g[i]).toBeCloseTo(central((v) => sumSquaredError(v, REGRESSION_DATA), w, i), 5);
  });

  it('the exercise by hand: points (1, 3), (2, 4), w = (0, 1), η = 0.1', () => {
    // o = (1, 2), t − o = (2, 2): ∂E/∂w₀ = −4, ∂E/∂w₁ = −(2·1 + 2·2) = −6 → w = (0.4, 1.6); E = ½(4 + 4) = 4
    const s = gradientStep(GD_EXERCISE.w, GD_EXERCISE.points, GD_EXERCISE.eta);
    expect(s.grad).toEqual([-4, -6]);
    expect(s.error).toBe(4);
    expect(s.next[0]).toBeCloseTo(0.4, 12);
    expect(s.next[1]).toBeCloseTo(1.6, 12);
  });

  it('the gradient is zero at the least-squares solution', () => {
    const w = leastSquares(REGRESSION_DATA)!;
    const g = errorGradient(w, REGRESSION_DATA);
    expect(Math.abs(g[0]) + Math.abs(g[1])).toBeLessThan(1e-9);
    expect(leastSquares([{ x: 1, t: 0 }, { x: 1, t: 2 }])).toBeNull();
  });
});

describe('gradient descent runs', () => {
  const base = { eta: 0.02, epochs: 40, start: [-1, -1] as [number, number], seed: 3 };

  it('batch GD with a good η reaches the least-squares solution', () => {
    const run = runGradientDescent(REGRESSION_DATA, { ...base, mode: 'batch', epochs: 300 });
    const ls = leastSquares(REGRESSION_DATA)!;
    expect(run.path.at(-1)![0]).toBeCloseTo(ls[0], 4);
    expect(run.path.at(-1)![1]).toBeCloseTo(ls[1], 4);
    expect(run.divergedAt).toBeNull();
  });

  it('iterations per epoch: batch 1, stochastic n, mini-batch ⌈n/B⌉', () => {
    expect(runGradientDescent(REGRESSION_DATA, { ...base, mode: 'batch' }).path).toHaveLength(41);
    const sgd = runGradientDescent(REGRESSION_DATA, { ...base, mode: 'stochastic' });
    expect(sgd.iterationsPerEpoch).toBe(8);
    expect(sgd.path).toHaveLength(40 * 8 + 1);
    expect(runGradientDescent(REGRESSION_DATA, { ...base, mode: 'minibatch', batchSize: 3 }).iterationsPerEpoch).toBe(3);
  });

  it('too large a learning rate diverges and says at which step, without NaN in the path', () => {
    const run = runGradientDescent(REGRESSION_DATA, { ...base, mode: 'batch', eta: 0.2, epochs: 500 });
    expect(run.divergedAt).not.toBeNull();
    expect(run.error.every(Number.isFinite)).toBe(true);
  });

  it('the same seed gives the same stochastic path', () => {
    const a = runGradientDescent(REGRESSION_DATA, { ...base, mode: 'stochastic' });
    const b = runGradientDescent(REGRESSION_DATA, { ...base, mode: 'stochastic' });
    expect(a.path).toEqual(b.path);
  });

  it('an empty data set gives a run with only the start', () => {
    expect(runGradientDescent([], { ...base, mode: 'batch' }).path).toHaveLength(1);
  });

  it('quantile levels are strictly increasing and skip non-finite values', () => {
    const l = quantileLevels([1, 2, 3, Number.NaN, 4, 100, 1000], 5);
    expect(l.every((v, i) => i === 0 || v > l[i - 1])).toBe(true);
  });
});
