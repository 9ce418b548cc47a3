import { describe, expect, it } from 'vitest';
import { analogy, normalizeRows, topKCosine } from './similarity';

function bruteForce(matrix: Float32Array, rows: number, dim: number, q: number[], k: number): number[] {
  const qn = Math.hypot(...q);
  const scored = Array.from({ length: rows }, (_, r) => {
    let s = 0;
    for (let j = 0; j < dim; j++) s += matrix[r * dim + j] * (q[j] / qn);
    return [s, r];
  });
  return scored.sort((a, b) => b[0] - a[0]).slice(0, k).map((x) => x[1]);
}

describe('topKCosine', () => {
  it('matches a full sort on random unit rows', () => {
    const rows = 500;
    const dim = 8;
    let s = 7;
    const rnd = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648) * 2 - 1;
    const m = Float32Array.from({ length: rows * dim }, rnd);
    normalizeRows(m, rows, dim);
    const q = Array.from({ length: dim }, rnd);
    const got = topKCosine(m, rows, dim, q, 10);
    expect([...got.indices]).toEqual(bruteForce(m, rows, dim, q, 10));
    for (let i = 1; i < got.scores.length; i++) expect(got.scores[i]).toBeLessThanOrEqual(got.scores[i - 1]);
    expect(got.scores[0]).toBeLessThanOrEqual(1 + 1e-6);
  });

  it('handles k > rows, exclusions and the analogy form', () => {
    // Rows: man, king, woman, queen, apple in a 3-D space (royalty, gender, fruit).
    const m = Float32Array.from([0, 1, 0, 1, 1, 0, 0, -1, 0, 1, -1, 0, 0, 0, 1]);
    normalizeRows(m, 5, 3);
    expect(topKCosine(m, 5, 3, [1, 0, 0], 20).indices).toHaveLength(5);
    expect(analogy(m, 5, 3, 0, 1, 2, 1).indices[0]).toBe(3);
    expect(() => topKCosine(m, 5, 3, [1, 0], 2)).toThrow(/query/);
  });
});
