import { describe, expect, it } from 'vitest';
import { createRng, noGrad } from '../../engine';
import { MiniBert, paddingMask } from './bert';
import { BiLstmLm, packSentences } from './bilstm';
import { mailRows } from './finetune';
import { cosine } from '../embeddings';
import { occurrencesOf } from './contextual';
import { contextualVectors, inputRepresentation } from './inference';
import { maskedExample, maskingTrace, maskRow, packPair, sampleBatch } from './masking';
import { buildVocab, CLS, encodeWords, MASK, PAD, SEP, UNK } from './vocab';

const vocab = buildVocab(['The bank of the river.', 'The bank lends money to the town.', 'A river runs by the town.'], 20);
const cfg = { vocabSize: vocab.words.length, dModel: 8, layers: 1, heads: 2, maxLen: 12 };

describe('pre-training vocabulary and inputs', () => {
  it('puts the five specials first and the most frequent word next', () => {
    expect(vocab.words.slice(0, 6)).toEqual(['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]', 'the']);
    expect(encodeWords(vocab, 'the zebra')).toEqual([5, UNK]);
  });

  it('packs [CLS] A [SEP] B [SEP] with segments and pads to T', () => {
    const p = packPair([10, 11], [12], 8);
    expect(p.ids).toEqual([CLS, 10, 11, SEP, 12, SEP, PAD, PAD]);
    expect(p.segments).toEqual([0, 0, 0, 0, 1, 1, 0, 0]);
  });

  it('cuts the longer sentence of a pair that does not fit', () => {
    const p = packPair([1, 2, 3, 4, 5, 6, 7, 8], [9, 9], 9);
    expect(p.ids).toEqual([CLS, 1, 2, 3, 4, SEP, 9, 9, SEP]);
  });

  it('masks 80/10/10 over many positions and never a special token', () => {
    const rng = createRng(1);
    const counts = { mask: 0, random: 0, keep: 0 };
    for (let r = 0; r < 400; r++) {
      const row = [CLS, ...Array.from({ length: 20 }, (_, k) => 5 + (k % 10)), SEP];
      const m = maskRow(row, rng, 100);
      expect(m.cols.every((c) => c > 0 && c < row.length - 1)).toBe(true);
      m.kinds.forEach((k, i) => { counts[k]++; if (k === 'mask') expect(row[m.cols[i]]).toBe(MASK); });
    }
    const n = counts.mask + counts.random + counts.keep;
    expect(n / (400 * 20)).toBeCloseTo(0.15, 1);
    expect(counts.mask / n).toBeCloseTo(0.8, 1);
    expect(counts.random / n).toBeCloseTo(0.1, 1);
  });

  it('masks at least one word of a short sentence', () => {
    expect(maskRow([CLS, 7, SEP], createRng(3), 50).cols).toEqual([1]);
  });

  it('masks padding keys only', () => {
    const m = paddingMask({ ids: Int32Array.from([CLS, 5, PAD]), segments: new Int32Array(3), B: 1, T: 3 }, 1)!;
    expect(Array.from(m)).toEqual([0, 0, 1, 0, 0, 1, 0, 0, 1]);
  });
});

describe('miniature BERT and bi-LSTM', () => {
  it('gives MLM logits per masked position and two NSP logits per row', () => {
    const bert = new MiniBert(cfg, 's');
    const docs = [[[5, 6, 7], [8, 9]], [[10, 11], [12, 5, 6]]];
    const batch = sampleBatch(docs, createRng(2), 3, cfg.maxLen, cfg.vocabSize);
    const { hidden } = noGrad(() => bert.trace(batch));
    expect(hidden.shape).toEqual([3, cfg.maxLen, 8]);
    expect(noGrad(() => bert.mlmLogits(hidden, batch.positions)).shape).toEqual([batch.positions.length, cfg.vocabSize]);
    expect(noGrad(() => bert.nspLogits(hidden)).shape).toEqual([3, 2]);
  });

  it('sums token, segment and position embeddings in the input table', () => {
    const bert = new MiniBert(cfg, 's');
    const rows = inputRepresentation(bert, vocab, [5], [6], 3);
    expect(rows.map((r) => r.token)).toEqual(['[CLS]', 'the', '[SEP]', vocab.words[6], '[SEP]']);
    const r = rows[3];
    r.sum.forEach((x, j) => expect(x).toBeCloseTo(r.tok[j] + r.seg[j] + r.pos[j], 6));
    expect(r.segment).toBe(1);
  });

  it('gives the same word different contextual vectors in different sentences', () => {
    const lm = new BiLstmLm({ vocabSize: cfg.vocabSize, dim: 8 }, 'x');
    const [a, b] = contextualVectors(lm, [[5, 6, 7], [8, 6, 9, 10]]);
    expect(a).toHaveLength(3);
    expect(cosine(a[1], b[1])).toBeLessThan(0.9999);
  });

  it('reverses each sentence for the backward LSTM without leading padding', () => {
    const p = packSentences([[5, 6], [7]], 10);
    expect(Array.from(p.bwd.subarray(0, 4))).toEqual([SEP, 6, 5, CLS]);
    expect(Array.from(p.bwd.subarray(4, 8))).toEqual([SEP, 7, CLS, PAD]);
  });

  it('maps e-mail words by string into the BERT vocabulary', () => {
    const r = mailRows([[2, 3, 4]], [1], ['<pad>', '<unk>', 'the', 'zebra', 'river'], vocab.index, 6);
    expect(Array.from(r.ids)).toEqual([CLS, 5, UNK, vocab.index.get('river')!, SEP, PAD]);
  });
});

describe('occurrencesOf', () => {
  it('keeps sentences that contain the word as a token, up to the limit and length', () => {
    const s = ['The bank was closed.', 'Embankment works.', 'A river bank, a bank account.', 'bank ' + 'x '.repeat(40)];
    expect(occurrencesOf(s, 'bank', 5, 30)).toEqual([
      { words: ['the', 'bank', 'was', 'closed'], at: 1 },
      { words: ['a', 'river', 'bank', 'a', 'bank', 'account'], at: 2 },
    ]);
    expect(occurrencesOf(s, 'bank', 1, 30)).toHaveLength(1);
  });
});

describe('masking trace', () => {
  it('replays the same draws as the untraced batch and the named example', () => {
    const docs = [[[5, 6, 7, 8, 9, 10], [11, 12, 13]], [[14, 15, 16, 17], [5, 6]], [[7, 8, 9], [10, 11, 12, 13]]];
    const { batch, rows } = maskingTrace(docs, 3, 12, 30, 'seed-x');
    const plain = maskedExample(docs, 3, 12, 30, 'seed-x');
    expect(Array.from(batch.ids)).toEqual(Array.from(plain.ids));
    expect(batch.kinds).toEqual(plain.kinds);
    // Replaying the draws on the original ids gives the masked ids.
    rows.forEach((r, b) => {
      const ids = r.original.slice();
      for (const d of r.draws) if (d.phase === 'kind') ids[d.col] = d.kind === 'mask' ? MASK : d.kind === 'random' ? d.randomId! : ids[d.col];
      expect(ids).toEqual(Array.from(batch.ids.subarray(b * 12, (b + 1) * 12)));
      const chooses = r.draws.filter((d) => d.phase === 'choose');
      expect(chooses.length).toBe(r.original.filter((id) => id >= 5).length);
      expect(chooses.every((d) => d.chosen === d.u < 0.15)).toBe(true);
    });
    // The first rows of a bigger batch are the same rows (one generator, row after row).
    const big = maskedExample(docs, 5, 12, 30, 'seed-x');
    expect(Array.from(big.ids.subarray(0, 36))).toEqual(Array.from(batch.ids));
  });
});
