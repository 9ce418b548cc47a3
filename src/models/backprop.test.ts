import { describe, expect, it } from 'vitest';
import { DECK_NETWORK, buildNet, replay, seededWeights, stepCount, weightsOf, type BpConfig } from './backprop';
import { gradCheck, gradCheckSweep } from './backpropCheck';
import { EXERCISE_NET, exerciseAnswers } from './backpropExercise';

const sig = (z: number) => 1 / (1 + Math.exp(-z));

/** The deck's formulas in plain arrays, independent of the engine. */
function deckBackprop(cfg: BpConfig) {
  const W = weightsOf(cfg);
  const s = cfg.sizes;
  const xs: number[][] = [cfg.x];
  for (let l = 0; l < W.length; l++) {
    xs.push(Array.from({ length: s[l + 1] }, (_, i) => sig(xs[l].reduce((acc, v, j) => acc + W[l][i * s[l] + j] * v, 0))));
  }
  const L = W.length;
  const d: number[][] = [];
  d[L] = xs[L].map((o, i) => (cfg.y[i] - o) * o * (1 - o));
  for (let l = L - 1; l >= 1; l--) {
    d[l] = xs[l].map((o, j) => {
      let acc = 0;
      for (let i = 0; i < s[l + 1]; i++) acc += W[l][i * s[l] + j] * d[l + 1][i];
      return acc * o * (1 - o);
    });
  }
  const dW = W.map((_, l) => Array.from({ length: s[l + 1] * s[l] }, (_, k) => cfg.eta * d[l + 1][Math.floor(k / s[l])] * xs[l][k % s[l]]));
  return { xs, d, dW };
}

describe('stepped 3-5-5-4 network', () => {
  it('has 7 tape nodes: 3 matmuls, 3 sigmoids, 1 loss → 15 steps', () => {
    const s = replay(DECK_NETWORK, 0);
    expect(s.nodes.map((n) => n.op)).toEqual(['matmul', 'sigmoid', 'matmul', 'sigmoid', 'matmul', 'sigmoid', 'halfSumSquaredError']);
    expect(s.nodes.map((n) => n.output)).toEqual(['a1', 'x2', 'a2', 'x3', 'a3', 'x4', 'E']);
    expect(stepCount(DECK_NETWORK)).toBe(15);
  });

  it('δ(l) = −∂E/∂a and ΔW(l) = η δ(l+1) x(l)ᵀ equal the deck’s formulas to 1e-12', () => {
    const ref = deckBackprop(DECK_NETWORK);
    const s = replay(DECK_NETWORK, 13);
    expect(s.phase).toBe('backward');
    // d[l] is the deck's δ(l+1), the error at the pre-activation a(l) of layer l.
    for (let l = 1; l <= 3; l++) s.grads[`a${l}`].forEach((g, i) => expect(Math.abs(-g - ref.d[l][i])).toBeLessThan(1e-12));
    const end = replay(DECK_NETWORK, 14);
    for (let l = 0; l < 3; l++) {
      end.grads[`W${l + 1}`].forEach((g, k) => expect(Math.abs(-DECK_NETWORK.eta * g - ref.dW[l][k])).toBeLessThan(1e-12));
    }
  });

  it('backward steps reveal gradients one node at a time, and replay is identical', () => {
    const early = replay(DECK_NETWORK, 7);
    expect(early.grads.x4).toBeDefined();
    expect(early.grads.a3).toBeUndefined();
    const again = replay(DECK_NETWORK, 7);
    expect(again).toEqual(early);
    const sigStep = replay(DECK_NETWORK, 8);
    expect(sigStep.nodes[sigStep.nodeIndex].op).toBe('sigmoid');
    expect(sigStep.backward?.localValues).toEqual(sigStep.values.x4.map((o) => o * (1 - o)));
  });

  it('the update step lowers the loss on the same example', () => {
    const s = replay(DECK_NETWORK, 99);
    expect(s.phase).toBe('update');
    expect(s.updated!.loss).toBeLessThan(s.loss);
  });

  it('seeded weights are reproducible and rounded to 2 decimals', () => {
    const a = seededWeights([3, 5, 5, 4], 3554);
    expect(a).toEqual(seededWeights([3, 5, 5, 4], 3554));
    expect(a[0].every((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-9)).toBe(true);
  });

  it('explicit weights of the wrong size fall back to the seeded ones', () => {
    expect(weightsOf({ ...DECK_NETWORK, weights: [[1, 2]] })).toEqual(seededWeights(DECK_NETWORK.sizes, DECK_NETWORK.seed));
  });
});

describe('other losses, biases and skips', () => {
  it('softmax cross-entropy: δ_f = μ − y at the logits', () => {
    const cfg: BpConfig = { ...DECK_NETWORK, loss: 'ce', y: [0, 1, 0, 0] };
    const s = replay(cfg, stepCount(cfg) - 2);
    const mu = s.output;
    s.grads.a3.forEach((g, i) => expect(g).toBeCloseTo(mu[i] - cfg.y[i], 12));
  });

  it('residual skip: ∂E/∂x(l) = identity path + W(l)ᵀ path', () => {
    const cfg: BpConfig = { ...DECK_NETWORK, residual: true };
    const s = replay(cfg, stepCount(cfg) - 2);
    expect(s.nodes.some((n) => n.op === 'add' && n.output === 'x3')).toBe(true);
    const viaF = s.values.x2.map((_, j) => s.grads.a2.reduce((acc, g, i) => acc + weightsOf(cfg)[1][i * 5 + j] * g, 0));
    s.grads.x2.forEach((g, j) => expect(g).toBeCloseTo(s.grads.x3[j] + viaF[j], 12));
  });

  it('biases get ∂E/∂b = ∂E/∂a', () => {
    const cfg: BpConfig = { ...DECK_NETWORK, biases: [[0, 0, 0, 0, 0], [0.1, 0, 0, 0, 0], [0, 0, 0, 0]] };
    const s = replay(cfg, stepCount(cfg) - 2);
    expect(s.grads.b2).toEqual(s.grads.a2);
  });

  it('identity activation and ReLU build without renaming the pre-activation', () => {
    for (const activation of ['identity', 'relu'] as const) {
      const net = buildNet({ ...DECK_NETWORK, activation });
      expect(net.tensors.get('a1')!.label).toBe('a1');
    }
  });
});

describe('gradient check', () => {
  it('central difference agrees with autograd to 1e-6 at ε = 1e-5', () => {
    const c = gradCheck(DECK_NETWORK, { layer: 0, row: 2, col: 1 }, 1e-5);
    expect(c.absError).toBeLessThan(1e-6);
  });

  it('ε too small (1e-15) is ruined by float rounding; ε too large (1) by truncation', () => {
    const sweep = gradCheckSweep(DECK_NETWORK, { layer: 2, row: 0, col: 0 });
    const best = Math.min(...sweep.map((c) => c.absError));
    expect(sweep[15].absError).toBeGreaterThan(100 * best);
    expect(sweep[0].absError).toBeGreaterThan(100 * best);
  });
});

describe('deck 004 exercise', () => {
  it('x = (1, 0), y = 1, BCE: output, one update, loss goes down', () => {
    const a = exerciseAnswers();
    const h = [sig(0.5), sig(0.3)];
    const p = sig(0.7 * h[0] - 0.2 * h[1]);
    expect(a.output).toBeCloseTo(p, 12);
    expect(a.w2first).toBeCloseTo(0.7 - EXERCISE_NET.eta * (p - 1) * h[0], 12);
    expect(a.w1first).toBeCloseTo(0.5 - EXERCISE_NET.eta * (p - 1) * 0.7 * h[0] * (1 - h[0]) * 1, 12);
    expect(a.lossAfter).toBeLessThan(a.loss);
  });
});
