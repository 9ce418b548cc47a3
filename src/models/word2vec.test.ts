import { describe, expect, it } from 'vitest';
import { createRng } from '../engine/rng';
import { solveAnalogy, type VectorSpace } from './embeddings';
import { buildExamples, generateCorpus, noiseTable, sampleNegatives, sgnsLoss, w2vVocabulary } from './word2vec';
import { buildWord2vec, unpackExample, validateWord2vecTask, type Word2vecTask } from './word2vecTask';

const task = (over: Partial<Word2vecTask> = {}): Word2vecTask => ({
  kind: 'word2vec', mode: 'skipgram', sentences: 600, window: 2, dims: 8, negatives: 5,
  optimizer: { name: 'sgd', hyper: { lr: 1 } }, batchSize: 32, seed: 1, ...over,
});

function spaceOf(W: Float64Array, dims: number): VectorSpace {
  const words = w2vVocabulary();
  const n = W.length / dims;
  const vectors = new Float32Array(W.length);
  const norms = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    norms[i] = Math.hypot(...W.subarray(i * dims, (i + 1) * dims));
    for (let d = 0; d < dims; d++) vectors[i * dims + d] = W[i * dims + d] / norms[i];
  }
  return { words, count: n, dims, vectors, norms, index: new Map(words.map((w, i) => [w, i])) };
}

describe('corpus and examples', () => {
  it('the same seed gives the same corpus', () => {
    const a = generateCorpus(3, 50), b = generateCorpus(3, 50);
    expect(a.sentences.map((s) => [...s])).toEqual(b.sentences.map((s) => [...s]));
    expect(generateCorpus(4, 50).sentences.map((s) => [...s])).not.toEqual(a.sentences.map((s) => [...s]));
  });
  it('skip-gram makes one example per (centre, context) pair inside the window', () => {
    const corpus = { vocab: ['a', 'b', 'c', 'd'], sentences: [Int32Array.from([0, 1, 2, 3])], counts: new Float64Array(4).fill(1) };
    const sg = buildExamples(corpus, 1, 'skipgram');
    expect(sg.map((e) => [e.centre, e.context[0]])).toEqual([[0, 1], [1, 0], [1, 2], [2, 1], [2, 3], [3, 2]]);
    const cb = buildExamples(corpus, 1, 'cbow');
    expect(cb.map((e) => e.context)).toEqual([[1], [0, 2], [1, 3], [2]]);
  });
  it('negative samples avoid the true word and follow unigram^0.75', () => {
    const cdf = noiseTable([1, 16, 0]);
    expect(cdf[2]).toBe(1);
    const rng = createRng(1);
    const negs = sampleNegatives(cdf, 200, 0, rng);
    expect(negs.every((w) => w === 1)).toBe(true);
  });
  it('rejects out-of-range sizes', () => {
    expect(() => validateWord2vecTask(task({ dims: 0 }))).toThrow(/dims/);
    expect(() => validateWord2vecTask(task({ sentences: 1e9 }))).toThrow(/sentences/);
    expect(() => validateWord2vecTask(task({ window: 1.5 }))).toThrow(/window/);
  });
});

describe('negative-sampling loss', () => {
  it('with zero output vectors the loss is (1 + k)·log 2', () => {
    const W = Float64Array.from([0.3, -0.1, 0.2, 0.4]);
    expect(sgnsLoss(W, new Float64Array(4), 2, [0], 1, [0, 1, 1])).toBeCloseTo(4 * Math.LN2, 12);
  });
  it('gradients match central finite differences (skip-gram and a CBOW window)', () => {
    const rng = createRng(5);
    const dims = 3, v = 4;
    const W = Float64Array.from({ length: v * dims }, () => rng.uniform(-1, 1));
    const Wout = Float64Array.from({ length: v * dims }, () => rng.uniform(-1, 1));
    for (const inputs of [[0], [0, 2]]) {
      const gW = new Float64Array(v * dims), gWout = new Float64Array(v * dims);
      sgnsLoss(W, Wout, dims, inputs, 1, [3, 2], { gW, gWout, scale: 1 });
      for (const [P, G] of [[W, gW], [Wout, gWout]] as const) {
        for (let i = 0; i < P.length; i++) {
          const keep = P[i];
          P[i] = keep + 1e-6; const up = sgnsLoss(W, Wout, dims, inputs, 1, [3, 2]);
          P[i] = keep - 1e-6; const down = sgnsLoss(W, Wout, dims, inputs, 1, [3, 2]);
          P[i] = keep;
          expect(G[i]).toBeCloseTo((up - down) / 2e-6, 6);
        }
      }
    }
  });
});

describe('training on the generated corpus', () => {
  it('skip-gram lowers the loss and learns king − man + woman → queen and paris − france + italy → rome', () => {
    const t = task();
    const model = buildWord2vec(t);
    const before = model.evaluate('train') as number;
    const rng = createRng('order');
    // plain SGD here (the runner uses the engine optimizer; this keeps the test self-contained)
    for (let step = 0; step < 3000; step++) {
      const batch = Array.from({ length: 32 }, () => rng.int(model.trainSize));
      model.trainStep(batch);
      for (const p of model.params) for (let i = 0; i < p.data.length; i++) p.data[i] -= (p.grad as Float64Array)[i];
    }
    const after = model.evaluate('train') as number;
    expect(after).toBeLessThan(before * 0.5);
    const W = model.weights()[0].data;
    const s = spaceOf(W, t.dims);
    const at = (w: string) => s.index.get(w) as number;
    expect(solveAnalogy(s, at('man'), at('king'), at('woman'), 1)[0].word).toBe('queen');
    expect(solveAnalogy(s, at('france'), at('paris'), at('italy'), 1)[0].word).toBe('rome');
  });
  it('reports the last (centre, context, negatives) example it trained on', () => {
    const model = buildWord2vec(task({ negatives: 3 }));
    model.trainStep([0, 1]);
    const ex = unpackExample(model.weights()[2].data);
    expect(ex?.context).toHaveLength(1);
    expect(ex?.negatives).toHaveLength(3);
    expect(ex?.negatives).not.toContain(ex?.context[0]);
  });
});
