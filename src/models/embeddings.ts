/**
 * Word-vector queries for the embeddings lesson: word look-up with spelling suggestions, analogies
 * (3CosAdd), neighbours, the pieces of a cosine similarity, and a 2-D PCA of a word set. Pure functions
 * over a plain vector space; the top-k search is the engine's {@link topKCosine}.
 */
import { topKCosine } from '../engine/similarity';

/** Word vectors as plain data (the shape of src/data's Embeddings). */
export interface VectorSpace {
  words: readonly string[];
  count: number;
  dims: number;
  /** count × dims, row-major, rows of unit length (zero rows stay zero). */
  vectors: Float32Array;
  /** Length of each row before normalisation. */
  norms: Float32Array;
  index: ReadonlyMap<string, number>;
}

/** One ranked word. */
export interface Scored {
  word: string;
  index: number;
  /** Cosine similarity with the query vector, in [−1, 1]. */
  score: number;
}

/** Longer inputs are rejected before any search (no vocabulary word is this long). */
export const MAX_WORD_LENGTH = 60;

export type WordProblem = 'empty' | 'tooLong' | 'unknown';

/** Result of looking a typed word up. */
export type WordCheck =
  | { ok: true; word: string; index: number }
  | { ok: false; word: string; problem: WordProblem; suggestions: string[] };

/** What a student typed, as a vocabulary key: trimmed, lower-case, Unicode NFC. */
export function cleanWord(raw: string): string {
  return raw.normalize('NFC').trim().toLowerCase();
}

/** Levenshtein distance, or `max + 1` as soon as it must exceed `max` (banded, so cheap on long words). */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/**
 * Vocabulary words within `maxDistance` edits of `word`, closest first, more frequent (earlier) first
 * among equals. Allows 1 edit for words of ≤ 4 letters, else 2.
 */
export function suggestSpellings(space: VectorSpace, word: string, k = 5, maxDistance?: number): string[] {
  const max = maxDistance ?? (word.length <= 4 ? 1 : 2);
  const found: { w: string; d: number; i: number }[] = [];
  for (let i = 0; i < space.count; i++) {
    const w = space.words[i];
    const d = editDistance(word, w, max);
    if (d <= max && w !== word) found.push({ w, d, i });
  }
  found.sort((x, y) => x.d - y.d || x.i - y.i);
  return found.slice(0, k).map((f) => f.w);
}

/** Looks up a typed word; unknown words come back with close spellings. */
export function lookupWord(space: VectorSpace, raw: string): WordCheck {
  const word = cleanWord(raw);
  if (word.length === 0) return { ok: false, word, problem: 'empty', suggestions: [] };
  if (word.length > MAX_WORD_LENGTH) return { ok: false, word: word.slice(0, MAX_WORD_LENGTH), problem: 'tooLong', suggestions: [] };
  const index = space.index.get(word);
  if (index !== undefined) return { ok: true, word, index };
  return { ok: false, word, problem: 'unknown', suggestions: suggestSpellings(space, word) };
}

/** Unit row `i` (a view). */
export const unitRow = (space: VectorSpace, i: number): Float32Array => space.vectors.subarray(i * space.dims, (i + 1) * space.dims);

function ranked(space: VectorSpace, query: ArrayLike<number>, k: number, exclude: number[]): Scored[] {
  const top = topKCosine(space.vectors, space.count, space.dims, query, k, exclude);
  return Array.from(top.indices, (index, j) => ({ word: space.words[index], index, score: top.scores[j] }));
}

/** The query vector of "a is to b as c is to ?": unit(b) − unit(a) + unit(c). */
export function analogyVector(space: VectorSpace, a: number, b: number, c: number): Float32Array {
  const va = unitRow(space, a), vb = unitRow(space, b), vc = unitRow(space, c);
  const q = new Float32Array(space.dims);
  for (let d = 0; d < space.dims; d++) q[d] = vb[d] - va[d] + vc[d];
  return q;
}

/**
 * "a is to b as c is to ?" (3CosAdd): the k words most cosine-similar to b − a + c. The three query
 * words are excluded unless `includeQuery` (then b or c usually wins, because the offset b − a is short).
 */
export function solveAnalogy(space: VectorSpace, a: number, b: number, c: number, k: number, includeQuery = false): Scored[] {
  return ranked(space, analogyVector(space, a, b, c), k, includeQuery ? [] : [a, b, c]);
}

/** The k nearest words to word `i` by cosine similarity, the word itself excluded. */
export function neighbourList(space: VectorSpace, i: number, k: number): Scored[] {
  return ranked(space, unitRow(space, i), k, [i]);
}

/** cos θ = A·B / (‖A‖‖B‖) of two plain vectors (0 when either is all zeros). */
export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let dot = 0, na = 0, nb = 0;
  for (let d = 0; d < a.length; d++) {
    dot += a[d] * b[d];
    na += a[d] * a[d];
    nb += b[d] * b[d];
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/** The terms of cos θ = A·B / (‖A‖‖B‖) for two words, on their original (un-normalised) vectors. */
export interface CosineParts {
  dot: number;
  normA: number;
  normB: number;
  cos: number;
  /** The first few components of A and B, for display. */
  headA: number[];
  headB: number[];
}

export function cosineParts(space: VectorSpace, i: number, j: number, head = 4): CosineParts {
  const a = Array.from(unitRow(space, i), (v) => v * space.norms[i]);
  const b = Array.from(unitRow(space, j), (v) => v * space.norms[j]);
  let dot = 0, na = 0, nb = 0;
  for (let d = 0; d < a.length; d++) {
    dot += a[d] * b[d];
    na += a[d] * a[d];
    nb += b[d] * b[d];
  }
  const normA = Math.sqrt(na), normB = Math.sqrt(nb);
  const cos = normA === 0 || normB === 0 ? 0 : dot / (normA * normB);
  return { dot, normA, normB, cos, headA: a.slice(0, head), headB: b.slice(0, head) };
}

/** A vector space from a plain matrix (rows × dims, e.g. trained word2vec weights); rows are normalised. */
export function spaceFromMatrix(words: readonly string[], data: ArrayLike<number>, dims: number): VectorSpace {
  const count = words.length;
  const vectors = new Float32Array(count * dims);
  const norms = new Float32Array(count);
  for (let r = 0; r < count; r++) {
    let ss = 0;
    for (let d = 0; d < dims; d++) ss += data[r * dims + d] * data[r * dims + d];
    norms[r] = Math.sqrt(ss);
    const inv = norms[r] > 0 && Number.isFinite(norms[r]) ? 1 / norms[r] : 0;
    for (let d = 0; d < dims; d++) vectors[r * dims + d] = data[r * dims + d] * inv;
  }
  return { words, count, dims, vectors, norms, index: new Map(words.map((w, i) => [w, i])) };
}

export { pca2, type Pca2 } from './embeddingsPca';
