/**
 * Nearest neighbours by cosine similarity over an embedding matrix stored as
 * one flat Float32Array (rows × dim, row-major). Used for word-analogy
 * queries ("king − man + woman") in the embeddings lesson.
 *
 * Where the WebAssembly SIMD kernels are loaded (see kernels/backend.ts), the first query over a
 * matrix copies it once into a WebAssembly memory of its own (held in a WeakMap keyed by the array,
 * so it goes when the array goes) and every later query runs the SIMD matrix·vector product there
 * (float32 sums). A matrix changed in place after a query must be passed to {@link releaseMatrix}
 * ({@link normalizeRows} does so itself); the JS loop (float64 sums) is used otherwise.
 */
import { simd } from './kernels/backend';
import type { ResidentMatrix } from './kernels/wasm/simd';

/** The k best rows, best first. */
export interface TopK {
  /** Row indices, length ≤ k. */
  indices: Int32Array;
  /** Their similarity scores (cosine when rows and query are unit length). */
  scores: Float32Array;
}

/** Scale each row of `matrix` (rows × dim) to unit Euclidean length, in place; zero rows stay zero. */
export function normalizeRows(matrix: Float32Array, rows: number, dim: number): void {
  releaseMatrix(matrix);
  for (let r = 0; r < rows; r++) {
    const o = r * dim;
    let s = 0;
    for (let j = 0; j < dim; j++) s += matrix[o + j] * matrix[o + j];
    if (s === 0) continue;
    const inv = 1 / Math.sqrt(s);
    for (let j = 0; j < dim; j++) matrix[o + j] *= inv;
  }
}

interface Resident {
  rows: number;
  dim: number;
  kernel: ResidentMatrix;
}
const resident = new WeakMap<Float32Array, Resident>();

/** Forgets the WebAssembly copy of `matrix` (call after changing it in place); the next query copies it again. */
export function releaseMatrix(matrix: Float32Array): void {
  resident.delete(matrix);
}

/** Values below which a matrix is searched by the JS loop (the copy would not pay off). */
const RESIDENT_MIN_VALUES = 4096;

function residentFor(matrix: Float32Array, rows: number, dim: number): ResidentMatrix | null {
  const kernels = simd();
  if (!kernels || rows * dim < RESIDENT_MIN_VALUES) return null;
  const hit = resident.get(matrix);
  if (hit && hit.rows === rows && hit.dim === dim) return hit.kernel;
  const kernel = kernels.residentMatrix(matrix, rows, dim);
  resident.set(matrix, { rows, dim, kernel });
  return kernel;
}

/** All rows' dot products with q, by the JS loop (four partial sums per row). */
function scoresJs(matrix: Float32Array, rows: number, dim: number, q: Float64Array): Float64Array {
  const out = new Float64Array(rows);
  const dim4 = dim - (dim % 4);
  for (let r = 0, o = 0; r < rows; r++, o += dim) {
    // Four independent partial sums: the dot product is latency-bound otherwise.
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let j = 0;
    for (; j < dim4; j += 4) {
      s0 += matrix[o + j] * q[j];
      s1 += matrix[o + j + 1] * q[j + 1];
      s2 += matrix[o + j + 2] * q[j + 2];
      s3 += matrix[o + j + 3] * q[j + 3];
    }
    for (; j < dim; j++) s0 += matrix[o + j] * q[j];
    out[r] = s0 + s1 + (s2 + s3);
  }
  return out;
}

/** Insert (score, index) into the descending arrays of length `size`, dropping the last. */
function insertSorted(scores: Float64Array, indices: Int32Array, size: number, score: number, index: number): void {
  let p = size - 1;
  while (p > 0 && scores[p - 1] < score) {
    scores[p] = scores[p - 1];
    indices[p] = indices[p - 1];
    p--;
  }
  scores[p] = score;
  indices[p] = index;
}

/**
 * Top-k rows of `matrix` by dot product with `query` (cosine similarity when
 * the rows are unit length, see {@link normalizeRows}; the query is
 * normalised here). A matrix-vector product (SIMD where available, see
 * the top of this file), then a partial selection of the k best (no full sort).
 * @param exclude row indices to skip (e.g. the analogy's input words).
 */
export function topKCosine(
  matrix: Float32Array,
  rows: number,
  dim: number,
  query: ArrayLike<number>,
  k: number,
  exclude: readonly number[] = [],
): TopK {
  if (query.length !== dim) throw new Error(`topKCosine: query of length ${query.length}, expected ${dim}`);
  if (matrix.length < rows * dim) throw new Error(`topKCosine: matrix holds ${matrix.length} values, expected ${rows}×${dim}`);
  let qn = 0;
  for (let j = 0; j < dim; j++) qn += query[j] * query[j];
  const q = new Float64Array(dim);
  const inv = qn > 0 ? 1 / Math.sqrt(qn) : 0;
  for (let j = 0; j < dim; j++) q[j] = query[j] * inv;
  const size = Math.max(0, Math.min(k, rows));
  const best = new Float64Array(size).fill(-Infinity);
  const idx = new Int32Array(size).fill(-1);
  const skip = new Set(exclude);
  const scores = residentFor(matrix, rows, dim)?.matvec(q) ?? scoresJs(matrix, rows, dim, q);
  // Selection: one comparison per row against the k-th best so far; inserts are rare.
  let threshold = -Infinity;
  for (let r = 0; r < rows; r++) {
    const s = scores[r];
    if (s > threshold && size > 0 && !skip.has(r)) {
      insertSorted(best, idx, size, s, r);
      threshold = best[size - 1];
    }
  }
  let found = size;
  while (found > 0 && idx[found - 1] < 0) found--;
  return { indices: idx.slice(0, found), scores: Float32Array.from(best.subarray(0, found)) };
}

/**
 * Analogy "a is to b as c is to ?": the k rows closest to b − a + c
 * (e.g. man : king :: woman : ? → queen), excluding a, b and c themselves.
 */
export function analogy(matrix: Float32Array, rows: number, dim: number, a: number, b: number, c: number, k = 10): TopK {
  const q = new Float32Array(dim);
  for (let j = 0; j < dim; j++) q[j] = matrix[b * dim + j] - matrix[a * dim + j] + matrix[c * dim + j];
  return topKCosine(matrix, rows, dim, q, k, [a, b, c]);
}
