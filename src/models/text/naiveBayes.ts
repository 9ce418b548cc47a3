/**
 * Multinomial Naive Bayes for spam / ham over token ids, with add-α (Laplace, α = 1) smoothing:
 *   P(w|c) = (count(w, c) + α) / (Σ_w' count(w', c) + α·|V|),   P(c) = N_c / N,
 *   score(d) = log P(spam)/P(ham) + Σ_{w ∈ d} log P(w|spam)/P(w|ham)   (> 0: spam is the MAP class).
 * Words outside the vocabulary (id < 2: padding, unknown) are skipped, as the lesson explains.
 */
import { PAD_ID, UNK_ID } from './vocab';

/** Token ids of a labelled set (the shape of src/data/spam.ts MailSet). */
export interface IdSet { ids: ArrayLike<number>; offsets: ArrayLike<number>; labels: ArrayLike<number>; count: number }

export interface NaiveBayes {
  /** Index 0 = ham, 1 = spam: per-word counts. */
  counts: [Float64Array, Float64Array];
  /** Total counted tokens per class. */
  totals: [number, number];
  /** Training documents per class. */
  docs: [number, number];
  /** Vocabulary size |V| used in smoothing (real words, without the two special ids). */
  vocabSize: number;
  alpha: number;
}

/** Counts words per class over a training set (O(tokens)). */
export function trainNaiveBayes(set: IdSet, V: number, alpha = 1): NaiveBayes {
  const counts: [Float64Array, Float64Array] = [new Float64Array(V), new Float64Array(V)];
  const totals: [number, number] = [0, 0];
  const docs: [number, number] = [0, 0];
  for (let i = 0; i < set.count; i++) {
    const c = set.labels[i] ? 1 : 0;
    docs[c]++;
    for (let k = set.offsets[i]; k < set.offsets[i + 1]; k++) {
      const id = set.ids[k];
      if (id === PAD_ID || id === UNK_ID) continue;
      counts[c][id]++;
      totals[c]++;
    }
  }
  return { counts, totals, docs, vocabSize: V - 2, alpha };
}

/** log P(w|c) with add-α smoothing. */
export function logLikelihood(nb: NaiveBayes, id: number, c: 0 | 1): number {
  return Math.log((nb.counts[c][id] + nb.alpha) / (nb.totals[c] + nb.alpha * nb.vocabSize));
}

/** log P(spam) − log P(ham). */
export function logPriorRatio(nb: NaiveBayes): number {
  return Math.log(nb.docs[1] / (nb.docs[0] + nb.docs[1])) - Math.log(nb.docs[0] / (nb.docs[0] + nb.docs[1]));
}

/** One word's log-likelihood ratio log P(w|spam)/P(w|ham), or null for a word outside the vocabulary. */
export function wordContribution(nb: NaiveBayes, id: number): number | null {
  if (id === PAD_ID || id === UNK_ID || id >= nb.counts[0].length) return null;
  return logLikelihood(nb, id, 1) - logLikelihood(nb, id, 0);
}

export interface NbScore {
  prior: number;
  /** Per token: its log-likelihood ratio, or null when unknown. */
  contributions: (number | null)[];
  /** Running score after each token (prior + the known contributions so far). */
  running: number[];
  score: number;
  /** P(spam | d) = σ(score). */
  pSpam: number;
  known: number;
}

export const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** The Naive Bayes score of a token-id sequence, word by word. */
export function scoreIds(nb: NaiveBayes, ids: ArrayLike<number>): NbScore {
  const prior = logPriorRatio(nb);
  const contributions: (number | null)[] = [];
  const running: number[] = [];
  let s = prior;
  let known = 0;
  for (let k = 0; k < ids.length; k++) {
    const c = wordContribution(nb, ids[k]);
    contributions.push(c);
    if (c !== null) { s += c; known++; }
    running.push(s);
  }
  return { prior, contributions, running, score: s, pSpam: sigmoid(s), known };
}

/** P(spam) for every mail of a set (for the test metrics). */
export function nbProbabilities(nb: NaiveBayes, set: IdSet): Float64Array {
  const out = new Float64Array(set.count);
  const prior = logPriorRatio(nb);
  const llr = new Float64Array(nb.counts[0].length);
  for (let id = 2; id < llr.length; id++) llr[id] = logLikelihood(nb, id, 1) - logLikelihood(nb, id, 0);
  for (let i = 0; i < set.count; i++) {
    let s = prior;
    for (let k = set.offsets[i]; k < set.offsets[i + 1]; k++) s += llr[set.ids[k]];
    out[i] = sigmoid(s);
  }
  return out;
}

/**
 * The product of probabilities P(c)·Π P(w|c) computed naively in float64, and the index of the first
 * word after which it underflowed to 0 (null if it never did): why the lesson sums logs instead.
 */
export function naiveProduct(nb: NaiveBayes, ids: ArrayLike<number>, c: 0 | 1): { product: number; underflowAt: number | null; logSum: number } {
  let product = nb.docs[c] / (nb.docs[0] + nb.docs[1]);
  let logSum = Math.log(product);
  let underflowAt: number | null = null;
  for (let k = 0; k < ids.length; k++) {
    if (wordContribution(nb, ids[k]) === null) continue;
    const l = logLikelihood(nb, ids[k], c);
    product *= Math.exp(l);
    logSum += l;
    if (product === 0 && underflowAt === null) underflowAt = k;
  }
  return { product, underflowAt, logSum };
}
