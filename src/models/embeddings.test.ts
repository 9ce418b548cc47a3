import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEmbeddingBin } from '../data/embeddings';
import {
  cleanWord, cosine, cosineParts, editDistance, lookupWord, MAX_WORD_LENGTH, neighbourList, pca2, solveAnalogy,
  suggestSpellings, type VectorSpace,
} from './embeddings';

/** A toy space: axes (royal, male, female, fruit). */
function toySpace(): VectorSpace {
  const rows: [string, number[]][] = [
    ['man', [0, 1, 0, 0]], ['woman', [0, 0, 1, 0]], ['king', [1, 1, 0, 0]], ['queen', [1, 0, 1, 0]],
    ['apple', [0, 0, 0, 1]], ['kings', [1, 0.9, 0, 0.1]], ['zero', [0, 0, 0, 0]],
  ];
  const dims = 4;
  const vectors = new Float32Array(rows.length * dims);
  const norms = new Float32Array(rows.length);
  rows.forEach(([, v], i) => {
    norms[i] = Math.hypot(...v);
    v.forEach((x, d) => { vectors[i * dims + d] = norms[i] === 0 ? 0 : x / norms[i]; });
  });
  const words = rows.map((r) => r[0]);
  return { words, count: rows.length, dims, vectors, norms, index: new Map(words.map((w, i) => [w, i])) };
}

describe('word look-up', () => {
  const space = toySpace();
  it('trims and lower-cases typed words', () => {
    expect(cleanWord('  King ')).toBe('king');
    expect(lookupWord(space, 'QUEEN')).toMatchObject({ ok: true, index: 3 });
  });
  it('empty and whitespace-only input is "empty", not a crash', () => {
    expect(lookupWord(space, '')).toMatchObject({ ok: false, problem: 'empty' });
    expect(lookupWord(space, '   ')).toMatchObject({ ok: false, problem: 'empty' });
  });
  it('a 200-character string is "tooLong" without searching', () => {
    const r = lookupWord(space, 'a'.repeat(200));
    expect(r).toMatchObject({ ok: false, problem: 'tooLong', suggestions: [] });
    expect(r.word.length).toBe(MAX_WORD_LENGTH);
  });
  it('an unknown word suggests close spellings, closest first', () => {
    expect(lookupWord(space, 'kingz')).toMatchObject({ ok: false, problem: 'unknown', suggestions: ['king', 'kings'] });
    expect(lookupWord(space, '!?.,')).toMatchObject({ ok: false, problem: 'unknown', suggestions: [] });
  });
  it('edit distance stops early beyond the band', () => {
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
    expect(suggestSpellings(space, 'qeen')).toEqual(['queen']);
  });
});

describe('analogies and neighbours on a toy space', () => {
  const space = toySpace();
  it('man : king :: woman : queen, query words excluded', () => {
    expect(solveAnalogy(space, 0, 2, 1, 1)[0].word).toBe('queen');
  });
  it('including the query words lets one of them win or tie', () => {
    const all = solveAnalogy(space, 0, 2, 1, 3, true).map((s) => s.word);
    expect(all).toContain('queen');
    expect(all.some((w) => w === 'king' || w === 'woman')).toBe(true);
  });
  it('neighbours exclude the word itself and are sorted by cosine', () => {
    const n = neighbourList(space, 2, 3);
    expect(n[0].word).toBe('kings');
    expect(n.map((s) => s.word)).not.toContain('king');
    for (let i = 1; i < n.length; i++) expect(n[i].score).toBeLessThanOrEqual(n[i - 1].score);
  });
  it('cosine parts use the raw vectors: A·B / (‖A‖‖B‖)', () => {
    const p = cosineParts(space, 2, 3);
    expect(p.dot).toBeCloseTo(1, 6);
    expect(p.normA).toBeCloseTo(Math.SQRT2, 6);
    expect(p.cos).toBeCloseTo(0.5, 6);
    expect(cosineParts(space, 2, 6).cos).toBe(0);
  });
  it('cosine of orthogonal one-hot vectors is 0, of a vector with itself 1', () => {
    expect(cosine([1, 0, 0], [0, 1, 0])).toBe(0);
    expect(cosine([0.3, -0.2], [0.3, -0.2])).toBeCloseTo(1, 12);
    expect(cosine([0, 0], [1, 2])).toBe(0);
  });
});

describe('pca2', () => {
  it('recovers a line: all variance on the first axis', () => {
    const r = pca2([[0, 0, 0], [1, 2, 2], [2, 4, 4], [3, 6, 6]]);
    expect(r.explained[0]).toBeCloseTo(1, 9);
    expect(r.points.map((p) => p[1]).every((y) => Math.abs(y) < 1e-9)).toBe(true);
    expect(r.points[3][0] - r.points[0][0]).toBeCloseTo(9, 9);
  });
  it('keeps orientation when aligned with earlier axes', () => {
    const rows = [[1, 0], [-1, 0], [0, 0.5], [0, -0.5]];
    const first = pca2(rows);
    const flipped = pca2(rows, [first.axes[0].map((v) => -v), first.axes[1]]);
    expect(flipped.points[0][0]).toBeCloseTo(-first.points[0][0], 12);
  });
  it('equal rows give zeros, not NaN', () => {
    const r = pca2([[1, 1], [1, 1]]);
    expect(r.points.flat().every((v) => v === 0)).toBe(true);
    expect(r.explained).toEqual([0, 0]);
  });
});

describe('the shipped GloVe vectors (deck 001 analogy table)', () => {
  const emb = parseEmbeddingBin(readFileSync('public/data/glove-6b-100d-50k.bin'));
  const at = (w: string) => emb.index.get(w) as number;
  const solve = (a: string, b: string, c: string) => solveAnalogy(emb, at(a), at(b), at(c), 10).map((s) => s.word);
  it('paris − france + italy → rome (top-1)', () => expect(solve('france', 'paris', 'italy')[0]).toBe('rome'));
  it('king − man + woman → queen (top-1)', () => expect(solve('man', 'king', 'woman')[0]).toBe('queen'));
  it('bigger − big + cold → colder within the top 3', () => expect(solve('big', 'bigger', 'cold').slice(0, 3)).toContain('colder'));
  it('a common word has neighbours with scores below 1', () => {
    const n = neighbourList(emb, at('frog'), 10);
    expect(n).toHaveLength(10);
    expect(n[0].score).toBeLessThan(1);
    expect(n[0].score).toBeGreaterThan(0.5);
  });
  it('a misspelling gets the right word suggested', () => {
    expect(lookupWord(emb, 'quen')).toMatchObject({ ok: false, suggestions: expect.arrayContaining(['queen']) });
  });
});
