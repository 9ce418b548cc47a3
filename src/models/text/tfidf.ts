/**
 * tf-idf vectors and cosine similarity of documents (sparse, keyed by token):
 *   tfidf(w, d) = tf(w, d) · log(N / (1 + df(w))),  tf = raw count of w in d,
 * with document frequencies df from the N training mails (+1 so a word no mail has stays finite).
 */
import { tokenize } from './tokenize';

export type SparseVec = Map<string, number>;

/** One tf-idf vector per document. */
export function tfidfVectors(docs: readonly string[], df: ReadonlyMap<string, number>, N: number): SparseVec[] {
  return docs.map((doc) => {
    const tf = new Map<string, number>();
    for (const w of tokenize(doc)) tf.set(w, (tf.get(w) ?? 0) + 1);
    const v: SparseVec = new Map();
    for (const [w, n] of tf) v.set(w, n * Math.log(N / (1 + (df.get(w) ?? 0))));
    return v;
  });
}

const norm = (v: SparseVec) => Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0));

/** a·b / (|a||b|); NaN when either vector is all zero. */
export function cosine(a: SparseVec, b: SparseVec): number {
  let dot = 0;
  for (const [w, x] of a) dot += x * (b.get(w) ?? 0);
  const d = norm(a) * norm(b);
  return d > 0 ? dot / d : Number.NaN;
}
