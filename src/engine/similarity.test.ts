import { afterEach, describe, expect, it } from 'vitest';
import { setKernelBackend, simd, simdAvailable } from './kernels/backend';
import { analogy, normalizeRows, releaseMatrix, topKCosine } from './similarity';

/** Seeded rows of unit length. */
function randomUnitRows(rows: number, dim: number, seed: number): Float32Array {
  let s = seed >>> 0;
  const m = Float32Array.from({ length: rows * dim }, () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296 - 0.5;
  });
  normalizeRows(m, rows, dim);
  return m;
}

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

describe.runIf(simdAvailable())('the SIMD matrix·vector kernel and the resident copy', () => {
  afterEach(() => {
    setKernelBackend('wasm-simd');
  });
  const sizes = [1, 3, 17, 255];
  it.each(sizes.flatMap((rows) => sizes.map((dim) => [rows, dim])))('%i rows × %i against a float64 loop', (rows, dim) => {
    const m = randomUnitRows(rows, dim, rows * 7 + dim);
    const q = randomUnitRows(1, dim, 99);
    const got = simd()!.residentMatrix(m, rows, dim).matvec(q);
    for (let r = 0; r < rows; r++) {
      let s = 0;
      for (let j = 0; j < dim; j++) s += m[r * dim + j] * q[j];
      expect(got[r]).toBeCloseTo(s, 5);
    }
  });

  it('ranks like the JS path, and sees a matrix changed in place once it is released', () => {
    const rows = 3000;
    const dim = 50;
    const m = randomUnitRows(rows, dim, 5);
    const q = randomUnitRows(1, dim, 6);
    const fast = topKCosine(m, rows, dim, q, 10, [3]);
    setKernelBackend('js');
    const js = topKCosine(m, rows, dim, q, 10, [3]);
    expect([...fast.indices]).toEqual([...js.indices]);
    for (let i = 0; i < 10; i++) expect(fast.scores[i]).toBeCloseTo(js.scores[i], 5);
    setKernelBackend('wasm-simd');
    m.set(q, 42 * dim);
    expect(topKCosine(m, rows, dim, q, 1).indices[0]).not.toBe(42);
    releaseMatrix(m);
    expect(topKCosine(m, rows, dim, q, 1).indices[0]).toBe(42);
  });
});
