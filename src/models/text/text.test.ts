import { describe, expect, it } from 'vitest';
import { binaryMetrics } from './metrics';
import { logLikelihood, naiveProduct, scoreIds, trainNaiveBayes } from './naiveBayes';
import { tokenize, tokenSpans } from './tokenize';
import { cosine, tfidfVectors } from './tfidf';

describe('tokenize', () => {
  it('lower-cases, keeps inner apostrophes and the $ ! cues, drops over-long runs', () => {
    expect(tokenize("Greats News! Don’t pay $100 NOW")).toEqual(['greats', 'news', '!', "don't", 'pay', '$', '100', 'now']);
    expect(tokenize('a'.repeat(25) + ' ok')).toEqual(['ok']);
    expect(tokenize('')).toEqual([]);
    expect(tokenize('Tiếng Việt có dấu')).toEqual(['tiếng', 'việt', 'có', 'dấu']);
  });
  it('spans point at the original characters', () => {
    const s = tokenSpans('Hi, THERE');
    expect(s.map((x) => 'Hi, THERE'.slice(x.start, x.end))).toEqual(['Hi', 'THERE']);
  });
});

// A toy corpus: ids 2 = "free", 3 = "meeting", 4 = "money".
const toy = { ids: [2, 4, 2, 3, 3, 4], offsets: [0, 3, 5, 6], labels: [1, 0, 0], count: 3 };

describe('naive Bayes', () => {
  it('add-one smoothing: P(free|spam) = (2 + 1)/(3 + 3)', () => {
    const nb = trainNaiveBayes(toy, 5);
    expect(Math.exp(logLikelihood(nb, 2, 1))).toBeCloseTo(3 / 6, 12);
    expect(Math.exp(logLikelihood(nb, 2, 0))).toBeCloseTo(1 / 6, 12);
  });
  it('score = log prior ratio + Σ log-likelihood ratios; unknown words skipped', () => {
    const nb = trainNaiveBayes(toy, 5);
    const s = scoreIds(nb, [2, 1, 3]);
    const expected = Math.log(1 / 2) + Math.log((3 / 6) / (1 / 6)) + Math.log((1 / 6) / (3 / 6));
    expect(s.score).toBeCloseTo(expected, 12);
    expect(s.contributions[1]).toBeNull();
    expect(s.known).toBe(2);
    expect(s.running).toHaveLength(3);
  });
  it('a product of 2,000 word probabilities underflows to 0; the sum of logs does not', () => {
    const nb = trainNaiveBayes(toy, 5);
    const r = naiveProduct(nb, new Array(2000).fill(2), 1);
    expect(r.product).toBe(0);
    expect(r.underflowAt).not.toBeNull();
    expect(Number.isFinite(r.logSum)).toBe(true);
  });
});

describe('metrics', () => {
  it('precision, recall, F1 from the confusion counts', () => {
    const m = binaryMetrics([0.9, 0.8, 0.2, 0.6, 0.1], [1, 1, 1, 0, 0], 0.5);
    expect([m.tp, m.fp, m.fn, m.tn]).toEqual([2, 1, 1, 1]);
    expect(m.precision).toBeCloseTo(2 / 3);
    expect(m.recall).toBeCloseTo(2 / 3);
    expect(m.f1).toBeCloseTo(2 / 3);
    expect(m.accuracy).toBeCloseTo(3 / 5);
  });
  it('nothing called spam: precision is NaN, not 0/0 painted', () => {
    expect(binaryMetrics([0.1], [1], 0.5).precision).toBeNaN();
  });
});

describe('tf-idf', () => {
  it('identical documents have cosine 1; disjoint ones 0', () => {
    const df = new Map([['cat', 1], ['dog', 1]]);
    const [a, b] = tfidfVectors(['cat cat', 'cat cat'], df, 10);
    expect(cosine(a, b)).toBeCloseTo(1, 12);
    const [c, d] = tfidfVectors(['cat', 'dog'], df, 10);
    expect(cosine(c, d)).toBe(0);
    expect(a.get('cat')).toBeCloseTo(2 * Math.log(10 / 2), 12);
  });
});
