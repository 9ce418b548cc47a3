/** Checks shared by derive-embeddings.mjs and embeddings-source.test.ts. */
import { analogy, nearest, rowOf, type Embeddings } from '../../src/data/embeddings.ts';

/** Full-precision reference in the same structure as the parsed binary (unit rows). */
export function toEmbeddings(words: string[], vectors: Float32Array, dims: number): Embeddings {
  const count = words.length;
  const unit = new Float32Array(vectors);
  const norms = new Float32Array(count);
  for (let r = 0; r < count; r++) {
    let ss = 0;
    for (let d = 0; d < dims; d++) ss += unit[r * dims + d] ** 2;
    norms[r] = Math.sqrt(ss);
    if (norms[r] > 0) for (let d = 0; d < dims; d++) unit[r * dims + d] /= norms[r];
  }
  return { words, count, dims, vectors: unit, norms, index: new Map(words.map((w, i) => [w, i])) };
}

/**
 * Fraction of the queries × k neighbour slots (query excluded) of `test` whose word is also in the
 * float32 top-k set of `ref`, for the first `queries` rows.
 */
export function neighbourAgreement(ref: Embeddings, test: Embeddings, queries = 1000, k = 10): number {
  let hit = 0;
  for (let i = 0; i < queries; i++) {
    const ex = new Set([i]);
    const want = new Set(nearest(ref, rowOf(ref, i), k, ex).map((n) => n.index));
    for (const n of nearest(test, rowOf(test, i), k, ex)) if (want.has(n.index)) hit++;
  }
  return hit / (queries * k);
}

/** [a, b, c]: "a is to b as c is to ?" — shown as b − a + c. */
export const ANALOGIES: [string, string, string][] = [
  ['france', 'paris', 'italy'],
  ['man', 'king', 'woman'],
  ['big', 'bigger', 'cold'],
  ['japan', 'sushi', 'germany'],
  ['copper', 'cu', 'gold'],
  ['microsoft', 'windows', 'google'],
];

export function analogyReport(emb: Embeddings, k = 3): string[] {
  return ANALOGIES.map(([a, b, c]) => {
    const res = analogy(emb, a, b, c, k);
    return `${b} − ${a} + ${c} → ${res ? res.map((n) => `${n.word} (${n.score.toFixed(3)})`).join(', ') : 'unknown word'}`;
  });
}
