import { describe, expect, it } from 'vitest';
import { spaceFromMatrix } from '../../models/embeddings';
import { runQuery } from './vectorQueries';

const words = ['man', 'woman', 'king', 'queen', 'apple'];
const space = spaceFromMatrix(words, [0, 1, 0, 0.1, 0, 0, 1, 0.1, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0, 0, 1], 4);

describe('vector queries (worker side)', () => {
  it('an analogy with an unknown word returns checks and no ranking', () => {
    const r = runQuery(space, { kind: 'analogy', a: 'man', b: 'king', c: 'wman', k: 10, include: false });
    expect(r.kind === 'analogy' && r.ranked).toBeNull();
    expect(r.checks[2]).toMatchObject({ ok: false, problem: 'unknown' });
    // Both are one edit away from "wman"; a word that far off ("apple") is not suggested.
    const check = r.checks[2];
    expect(!check.ok && check.suggestions).toEqual(expect.arrayContaining(['man', 'woman']));
    expect(!check.ok && check.suggestions).not.toContain('apple');
  });
  it('k is clamped to 1…50, and a NaN k falls back to 10', () => {
    const r = runQuery(space, { kind: 'neighbours', word: 'king', k: Number.NaN });
    expect(r.kind === 'neighbours' && r.ranked?.length).toBe(4);
    const one = runQuery(space, { kind: 'neighbours', word: 'king', k: -5 });
    expect(one.kind === 'neighbours' && one.ranked?.length).toBe(1);
  });
  it('the analogy map draws a→b and c→answer, and lists unknown words once', () => {
    const r = runQuery(space, { kind: 'map', groups: [['zzz', 'apple'], ['zzz']], analogy: { a: 'man', b: 'king', c: 'woman' } });
    if (r.kind !== 'map') throw new Error('kind');
    const label = ([f, t]: number[]) => `${r.points[f].word}→${r.points[t].word}`;
    expect(r.arrows.map(label)).toEqual(['man→king', 'woman→queen']);
    expect(r.points.find((p) => p.answer)?.word).toBe('queen');
    expect(r.checks.filter((c) => !c.ok).map((c) => c.word)).toEqual(['zzz']);
    expect(r.points.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
  });
});
