import { describe, expect, it } from 'vitest';
import { bpttTerms, rnnForward } from './rnn';
import { crossEntropy, partialSum, TOTAL_PARAMS, totalLoss } from './rnnTotal';

describe('total loss of the hell RNN (deck 002)', () => {
  const r = totalLoss('hello');

  it('E is the sum of the four step losses, and E_1 = −log y_1[e] with the deck’s y_1', () => {
    const ref = rnnForward('hello');
    expect(r.steps.map((s) => s.loss)).toEqual(ref.map((s) => s.loss));
    expect(r.total).toBeCloseTo(ref.reduce((a, s) => a + s.loss, 0), 12);
    expect(r.steps[0].q.map((v) => Number(v.toFixed(2)))).toEqual([0.32, 0.21, 0.24, 0.22]);
    expect(r.steps[0].loss).toBeCloseTo(-Math.log(r.steps[0].q[1]), 14);
    expect(r.steps[0].loss).toBeCloseTo(1.537, 3);
  });

  it('∂E/∂z_t = y_t − p_t (softmax + cross-entropy)', () => {
    for (const s of r.steps) s.dz.forEach((d, i) => expect(d).toBeCloseTo(s.q[i] - s.p[i], 14));
  });

  it.each(TOTAL_PARAMS)('the per-step terms of ∂E/∂%s sum to the autograd gradient', (p) => {
    const sum = partialSum(r.steps, p, r.steps.length);
    sum.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(r.grads[p][i][j], 12)));
  });

  it('∂E/∂W is the sum over t of the one-loss BPTT gradients ∂E_t/∂W', () => {
    const byLoss = [1, 2, 3, 4].map((t) => bpttTerms('hello', t).gradW);
    r.grads.W.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(byLoss.reduce((s, g) => s + g[i][j], 0), 12)));
  });

  it('cross-entropy H(p, q): one-hot p picks −log q; zero-probability entries of p contribute nothing', () => {
    expect(crossEntropy([0, 1, 0, 0], [0.32, 0.21, 0.24, 0.23])).toBeCloseTo(-Math.log(0.21), 14);
    expect(crossEntropy([0.5, 0.5], [0.5, 0.5])).toBeCloseTo(Math.LN2, 14);
    expect(crossEntropy([1, 0], [1, 0])).toBe(0);
  });
});
