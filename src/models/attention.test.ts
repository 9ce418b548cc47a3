import { describe, expect, it } from 'vitest';
import { cosine, layerCost, layerNormSteps, multiHead, positional, saturation, scoreAll, selfAttention } from './attention';

const H = [[1, 0], [0.6, 0.8], [-0.5, 0.5]];
const s = [0.8, 0.6];
const w = { W: [[1, 0.5], [0, 1]], W1: [[1, 0, 0, 1], [0, 1, 1, 0]], w2: [1, -1] };

describe('attention score functions', () => {
  it('dot, scaled dot, bilinear and MLP scores match hand computation', () => {
    const r = scoreAll(H, s, w, 'dot');
    expect(r.scores.dot).toEqual([0.8, 0.96, -0.1].map((v) => expect.closeTo(v, 12)));
    expect(r.scores.scaledDot[1]).toBeCloseTo(0.96 / Math.SQRT2, 12);
    // hᵀ W s with W s = [0.8 + 0.3, 0.6] = [1.1, 0.6]
    expect(r.scores.bilinear[0]).toBeCloseTo(1.1, 12);
    // w2ᵀ tanh(W1 [h; s]) for h1: W1·[1,0,0.8,0.6] = [1.6, 0.8]
    expect(r.scores.mlp[0]).toBeCloseTo(Math.tanh(1.6) - Math.tanh(0.8), 12);
    expect(r.scores.cosine[1]).toBeCloseTo(0.96, 12);
  });
  it('attention weights sum to 1 and the context is their weighted sum', () => {
    const r = scoreAll(H, s, w, 'mlp');
    expect(r.alpha.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    const c0 = r.alpha.reduce((a, al, i) => a + al * H[i][0], 0);
    expect(r.context[0]).toBeCloseTo(c0, 12);
  });
  it('cosine of a zero vector is 0, not NaN', () => {
    expect(cosine([0, 0], [1, 2])).toBe(0);
  });
});

describe('self-attention', () => {
  const X = [[1, 0, 1], [0, 2, 0]];
  const I = [[1, 0], [0, 1], [1, 1]];
  it('rows of softmax(QKᵀ/√d_k) sum to 1 and Z = A V', () => {
    const t = selfAttention(X, I, I, I);
    expect(t.Q).toEqual([[2, 1], [0, 2]]);
    expect(t.scaled[0][1]).toBeCloseTo(2 / Math.SQRT2, 12);
    for (const row of t.A) expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(t.Z[0][0]).toBeCloseTo(t.A[0][0] * 2 + t.A[0][1] * 0, 12);
  });
  it('causal mask: the first row attends only to itself', () => {
    const t = selfAttention(X, I, I, I, true);
    expect(t.A[0]).toEqual([1, 0]);
  });
  it('without the 1/√d_k a large d_k saturates the softmax', () => {
    const big = saturation(256, 8);
    expect(big.maxRaw).toBeGreaterThan(0.9);
    expect(big.maxScaled).toBeLessThan(big.maxRaw);
    expect(big.stdRaw).toBeGreaterThan(8);
  });
  it('multi-head with a causal mask: rows sum to 1 and masked cells are 0', () => {
    const X4 = [[1, 0, 0, 1], [0, 1, 1, 0], [1, 1, 0, 0], [0, 0, 1, 1]];
    const { weights } = multiHead(X4, 2, true);
    expect(weights).toHaveLength(2);
    for (const head of weights) {
      head.forEach((row, i) => {
        expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
        for (let j = i + 1; j < 4; j++) expect(row[j]).toBe(0);
      });
    }
  });
});

describe('positional encoding and cost', () => {
  it('PE row 0 alternates sin 0 = 0 and cos 0 = 1; each row has squared norm D/2', () => {
    const { pe, similarity } = positional(5, 4);
    expect(pe[0]).toEqual([0, 1, 0, 1]);
    expect(similarity[3][3]).toBeCloseTo(2, 12);
  });
  it('deck preset n = d = 1000, k = 3 gives the printed 4·10⁹, 16·10⁹, 6·10⁹ FLOPs', () => {
    expect(layerCost(1000, 1000, 3)).toEqual({ selfAttention: 4e9, rnn: 16e9, conv: 6e9 });
  });
  it('self-attention and the LSTM cost the same when n = 4d', () => {
    const c = layerCost(400, 100, 3);
    expect(c.selfAttention).toBe(c.rnn);
  });
});

describe('layer norm of a vector', () => {
  it('[1, 2, 3, 4]: mean 2.5, variance 1.25, output ±1.3416, ±0.4472 with mean 0 and variance ≈ 1', () => {
    const r = layerNormSteps([1, 2, 3, 4]);
    expect(r.mean).toBe(2.5);
    expect(r.variance).toBe(1.25);
    expect(r.out.map((v) => Number(v.toFixed(4)))).toEqual([-1.3416, -0.4472, 0.4472, 1.3416]);
    expect(r.out.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 12);
    expect(r.out.reduce((a, b) => a + b * b, 0) / 4).toBeCloseTo(1, 4);
  });
  it('a constant vector maps to zeros (ε keeps it finite)', () => {
    expect(layerNormSteps([3, 3, 3]).out).toEqual([0, 0, 0]);
  });
});
