import { describe, expect, it } from 'vitest';
import { cd1Step, cdRun, DECK_RBM, DECK_V0, energy, hiddenProbs, visibleProbs } from './rbm';

const s = (z: number) => 1 / (1 + Math.exp(-z));

describe('RBM on the lecture diagram (3 visible × 4 hidden)', () => {
  it('P(h|v) for v = (1, 0, 1) sums rows 1 and 3 of W', () => {
    // Column sums W1j + W3j: 0.2 + 0.5, −0.5 + 0.1, 0.4 − 0.2, 0.1 + 0.3.
    expect(hiddenProbs(DECK_RBM, DECK_V0).map((p) => +p.toFixed(6))).toEqual([s(0.7), s(-0.4), s(0.2), s(0.4)].map((p) => +p.toFixed(6)));
    expect(hiddenProbs(DECK_RBM, DECK_V0)[0]).toBeCloseTo(0.668188, 6);
  });

  it('energy of (v, h) = (1,0,1), (1,0,1,0) with zero biases is −(W11 + W13 + W31 + W33) = −0.9', () => {
    expect(energy(DECK_RBM, [1, 0, 1], [1, 0, 1, 0])).toBeCloseTo(-0.9, 12);
    expect(energy({ ...DECK_RBM, a: [1, 2, 3], b: [0, 0, 0, 5] }, [1, 0, 1], [0, 0, 0, 1])).toBeCloseTo(-1 - 3 - 5 - 0.1 - 0.3, 12);
  });

  it('one CD-1 step equals a hand computation from the formulas (given the uniforms drawn)', () => {
    const lr = 0.1;
    const t = cd1Step(DECK_RBM, DECK_V0, lr, 1, 0);
    const W = DECK_RBM.W;
    const v0 = DECK_V0;
    const ph0 = [0, 1, 2, 3].map((j) => s(v0[0] * W[0][j] + v0[1] * W[1][j] + v0[2] * W[2][j]));
    const h0 = ph0.map((p, j) => (t.uh[j] < p ? 1 : 0));
    const pv1 = [0, 1, 2].map((i) => s(W[i][0] * h0[0] + W[i][1] * h0[1] + W[i][2] * h0[2] + W[i][3] * h0[3]));
    const v1 = pv1.map((p, i) => (t.uv[i] < p ? 1 : 0));
    const ph1 = [0, 1, 2, 3].map((j) => s(v1[0] * W[0][j] + v1[1] * W[1][j] + v1[2] * W[2][j]));
    for (let j = 0; j < 4; j++) expect(t.ph0[j]).toBeCloseTo(ph0[j], 12);
    expect(t.h0).toEqual(h0);
    for (let i = 0; i < 3; i++) expect(t.pv1[i]).toBeCloseTo(pv1[i], 12);
    expect(t.v1).toEqual(v1);
    for (let j = 0; j < 4; j++) expect(t.ph1[j]).toBeCloseTo(ph1[j], 12);
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 4; j++) expect(t.after.W[i][j]).toBeCloseTo(W[i][j] + lr * (v0[i] * ph0[j] - v1[i] * ph1[j]), 12);
      expect(t.after.a[i]).toBeCloseTo(lr * (v0[i] - v1[i]), 12);
    }
    for (let j = 0; j < 4; j++) expect(t.after.b[j]).toBeCloseTo(lr * (ph0[j] - ph1[j]), 12);
    expect(t.uh.every((u) => u >= 0 && u < 1)).toBe(true);
  });

  it('replay is exact: the same seed gives the same chain of steps, another seed may differ', () => {
    const a = cdRun(DECK_RBM, DECK_V0, 0.1, 7, 5);
    const b = cdRun(DECK_RBM, DECK_V0, 0.1, 7, 5);
    expect(b.map((t) => t.after)).toEqual(a.map((t) => t.after));
    expect(a[3].before).toEqual(a[2].after);
  });

  it('P(v|h) with every hidden unit on sums each row of W', () => {
    expect(visibleProbs(DECK_RBM, [1, 1, 1, 1])[1]).toBeCloseTo(s(-0.3 + 0.6 + 0.2 - 0.4), 12);
  });

  it('rejects a non-binary v⁰ and a mis-shaped W', () => {
    expect(() => cd1Step(DECK_RBM, [1, 0.5, 1], 0.1, 1, 0)).toThrow(/binary/);
    expect(() => cd1Step({ ...DECK_RBM, W: [[1]] }, DECK_V0, 0.1, 1, 0)).toThrow(/3×4/);
  });
});
