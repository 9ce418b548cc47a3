/**
 * Nearest neighbours by cosine similarity over an embedding matrix stored as
 * one flat Float32Array (rows × dim, row-major). Used for word-analogy
 * queries ("king − man + woman") in the embeddings lesson.
 */

/** The k best rows, best first. */
export interface TopK {
  /** Row indices, length ≤ k. */
  indices: Int32Array;
  /** Their similarity scores (cosine when rows and query are unit length). */
  scores: Float32Array;
}

/** Scale each row of `matrix` (rows × dim) to unit Euclidean length, in place; zero rows stay zero. */
export function normalizeRows(matrix: Float32Array, rows: number, dim: number): void {
  for (let r = 0; r < rows; r++) {
    const o = r * dim;
    let s = 0;
    for (let j = 0; j < dim; j++) s += matrix[o + j] * matrix[o + j];
    if (s === 0) continue;
    const inv = 1 / Math.sqrt(s);
    for (let j = 0; j < dim; j++) matrix[o + j] *= inv;
  }
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
 * normalised here). One pass: a matrix-vector product with a running
 * partial selection of the k best (no full sort).
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
  let threshold = -Infinity;
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
    const s = s0 + s1 + (s2 + s3);
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
