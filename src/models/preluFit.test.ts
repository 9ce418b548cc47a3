import { describe, expect, it } from 'vitest';
import { PRELU_CURVATURE, PRELU_ZS, fitPreluAlpha } from './preluFit';

describe('learning the PReLU slope α', () => {
  it('the first gradient is mean over z < 0 of (α₀ − α*)z² (by hand: (0 − 0.25)·15.4/21)', () => {
    // z < 0: −2, −1.8, …, −0.2; Σz² = 15.4, /21 = 0.7333…
    expect(PRELU_CURVATURE).toBeCloseTo(15.4 / 21, 12);
    const [s0] = fitPreluAlpha(0.25, 0, 1, 0);
    expect(s0.grad).toBeCloseTo(-0.25 * (15.4 / 21), 12);
    expect(s0.loss).toBeCloseTo(0.5 * 0.25 ** 2 * (15.4 / 21), 12);
  });
  it('gradient descent converges to the data slope, α − α* shrinking by (1 − η·c) every step', () => {
    const run = fitPreluAlpha(0.25, 0, 1, 40);
    expect(run).toHaveLength(41);
    const ratio = (run[2].alpha - 0.25) / (run[1].alpha - 0.25);
    expect(ratio).toBeCloseTo(1 - PRELU_CURVATURE, 10);
    expect(Math.abs(run[40].alpha - 0.25)).toBeLessThan(1e-6);
  });
  it('positive inputs carry no gradient for α: data with z > 0 only cannot teach it', () => {
    expect(PRELU_ZS.filter((z) => z > 0)).toHaveLength(10);
    const run = fitPreluAlpha(0.25, 0.25, 1, 1);
    expect(run[0].grad).toBe(0);
  });
});
