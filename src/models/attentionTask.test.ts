import { describe, expect, it } from 'vitest';
import { AttentionScorer } from '../engine/nn';
import { createOptimizer } from '../engine/optim/factory';
import { createRng } from '../engine/rng';
import { noGrad } from '../engine/tape';
import { tensor } from '../engine/tensor';
import { AttentionModel, validateAttentionTask } from './attentionModel';
import { buildModel } from './index';
import {
  DEFAULT_ATTENTION_TASK, buildNetwork, makeReversalData, networkFromWeights, tokenize, translateBatch, type AttentionTask,
} from './attentionTask';

const small: AttentionTask = { ...DEFAULT_ATTENTION_TASK, trainSize: 200, testSize: 20 };

describe('reversal data', () => {
  it('is deterministic for a seed and held-out strings never occur in training', () => {
    const a = makeReversalData(small);
    const b = makeReversalData(small);
    expect(a).toEqual(b);
    const test = new Set(a.test.map((x) => x.join('')));
    expect(a.train.some((x) => test.has(x.join('')))).toBe(false);
    expect(a.train.every((x) => x.length >= 3 && x.length <= 6)).toBe(true);
  });
  it('tokenize rejects characters outside 0–9 (letters, spaces, emoji)', () => {
    expect(tokenize('4096')).toEqual([4, 0, 9, 6]);
    expect(tokenize('12a')).toBeNull();
    expect(tokenize('1 2')).toBeNull();
    expect(tokenize('1😀')).toBeNull();
  });
  it('rejects an invalid task with a readable message', () => {
    expect(() => validateAttentionTask({ ...small, maxLen: 99 })).toThrow(/maxLen/);
    expect(() => buildModel({ ...small, score: 'nope' as never })).toThrow(/unknown score/);
  });
});

describe('attention seq2seq', () => {
  for (const kind of ['dot', 'scaledDot', 'bilinear', 'mlp'] as const) {
    it(`batched ${kind} scores equal the engine's one-query AttentionScorer`, () => {
      const net = buildNetwork({ ...small, score: kind });
      noGrad(() => {
        const enc = net.encode(Int32Array.from([1, 2, 3, 4, 5, 6]), 2, 3);
        const s = tensor([[0.1, -0.2, 0.3, 0.5, 0, 0.2, 0.1, 0.4, -0.3, 0.2, 0.1, 0, 0.3, 0.2, -0.1, 0.5, 0.1, -0.2, 0.3, 0.5, 0, 0.2, 0.1, 0.4, -0.3, 0.2, 0.1, 0, 0.3, 0.2, -0.1, 0.5], new Array(32).fill(0.1)]);
        const batched = net.scores(s, enc, net.mlpKeys(enc));
        const H1 = tensor(Array.from(enc.H.data.subarray(32 * 3, 32 * 6)), [3, 32]);
        const one = (net.scorer as AttentionScorer).scores(tensor(Array.from(s.data.subarray(32))), H1);
        for (let i = 0; i < 3; i++) expect(batched.data[3 + i]).toBeCloseTo(one.data[i], 10);
      });
    });
  }
  it('padding does not change a sequence’s translation (mask works)', () => {
    const net = buildNetwork(small);
    const alone = translateBatch(net, [[3, 1, 4]]);
    const padded = translateBatch(net, [[3, 1, 4], [1, 5, 9, 2, 6, 5]]);
    expect(padded.outputs[0]).toEqual(alone.outputs[0]);
    padded.attention[0].forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(alone.attention[0][i][j], 10)));
    for (const row of padded.attention[1]) expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
  });
  it('a few Adam steps lower the loss; weights round-trip through a snapshot', () => {
    const model = new AttentionModel(small);
    const opt = createOptimizer('adam', model.params, { lr: 0.02 });
    const before = model.evaluate('train')!;
    const rng = createRng(1);
    for (let i = 0; i < 30; i++) {
      model.trainStep(Array.from({ length: 16 }, () => rng.int(model.trainSize)));
      opt.step();
    }
    expect(model.evaluate('train')!).toBeLessThan(before);
    const copy = networkFromWeights(small, model.weights());
    expect(translateBatch(copy, [[1, 2, 3]])).toEqual(translateBatch(model.net, [[1, 2, 3]]));
    const report = model.report();
    expect(report.exactMatch).toBeGreaterThanOrEqual(0);
    expect(report.sampleAttention).toHaveLength(model.test[0].length);
  });
});
