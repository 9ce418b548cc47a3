import { describe, expect, it } from 'vitest';
import { ENCODERS, initTextParams, padSequences, textInfer, type Encoder } from './textClassNet';
import { createOptimizer } from '../engine';
import { buildTextClass, type TextClassReport } from './textClassTask';

// Toy mails: spam holds word 2 somewhere, ham holds word 3; both have filler words 4…9.
function toy(n: number, seed: number) {
  const seqs: number[][] = [];
  const labels = new Uint8Array(n);
  let s = seed;
  const rnd = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let i = 0; i < n; i++) {
    labels[i] = i % 2;
    const len = 3 + Math.floor(rnd() * 6);
    const m = Array.from({ length: len }, () => 4 + Math.floor(rnd() * 6));
    m[Math.floor(rnd() * len)] = labels[i] ? 2 : 3;
    seqs.push(m);
  }
  return { ids: padSequences(seqs, 8, 10), labels };
}

const arch = (encoder: Encoder) => ({ encoder, vocab: 10, dim: 8, hidden: 8, kernel: 3 });

describe('text classifiers', () => {
  it('left padding, vocabulary cap, and an empty text read as one unknown word', () => {
    expect(Array.from(padSequences([[5, 12, 7], []], 4, 10))).toEqual([0, 5, 1, 7, 0, 0, 0, 1]);
  });

  it('attention weights are a distribution over the real words only', () => {
    const p = initTextParams(arch('attn'), 3);
    const r = textInfer(arch('attn'), p, [4, 5, 6], 8);
    expect(r.attention).toHaveLength(3);
    expect(r.attention!.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(r.pSpam).toBeGreaterThan(0);
    expect(r.pSpam).toBeLessThan(1);
  });

  for (const encoder of ENCODERS) {
    it(`${encoder}: trains to > 90 % test accuracy on a keyword task`, () => {
      const train = toy(64, 1), test = toy(32, 2);
      const model = buildTextClass({ kind: 'textClass', arch: arch(encoder), data: { key: `t-${encoder}`, T: 8, train, test },
        optimizer: { name: 'adam' }, batchSize: 64, seed: 1, evalEvery: 1 });
      const opt = createOptimizer('adam', model.params, { lr: 0.05 });
      const all = Array.from({ length: 64 }, (_, i) => i);
      const first = model.trainStep(all);
      for (let k = 0; k < 80; k++) { model.trainStep(all); opt.step(); }
      const r = model.report!() as unknown as TextClassReport;
      expect(model.evaluate('train')!).toBeLessThan(first);
      expect(r.testProbs).toHaveLength(32);
      expect(r.testAccuracy).toBeGreaterThan(0.9);
    });
  }

  it('a task without its data throws a clear error', () => {
    expect(() => buildTextClass({ kind: 'textClass', arch: arch('mean'), data: { key: 'missing' }, optimizer: { name: 'adam' }, batchSize: 8, seed: 1 }))
      .toThrow(/no mail data/);
  });
});
