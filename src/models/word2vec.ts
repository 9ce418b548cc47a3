/**
 * word2vec on a tiny generated corpus: a seeded grammar, its vocabulary, the training examples of
 * skip-gram and CBOW within a context window, negative sampling, and the loss with its gradient.
 * Pure functions on typed arrays; no engine tape (the gradients of this loss are three lines).
 */
import { createRng, type Rng } from '../engine/rng';

/** A feature ("gender", "rank"…) has values; each value is signalled by a few context words. */
interface Entity { word: string; features: string[] }

/** Context words that signal each feature value. */
const SIGNALS: Record<string, string[]> = {
  male: ['he', 'his'], female: ['she', 'her'],
  royal: ['crown', 'throne'], common: ['works', 'farm'],
  adult: ['old', 'grown'], young: ['child', 'plays'],
  french: ['french', 'wine'], italian: ['italian', 'pasta'], japanese: ['japanese', 'anime'],
  egyptian: ['egyptian', 'nile'], german: ['german', 'beer'],
  city: ['city', 'capital'], nation: ['country', 'nation'],
};

/** People (gender × rank × age) and places (nationality × city/country). */
const ENTITIES: Entity[] = [
  { word: 'king', features: ['male', 'royal', 'adult'] },
  { word: 'queen', features: ['female', 'royal', 'adult'] },
  { word: 'prince', features: ['male', 'royal', 'young'] },
  { word: 'princess', features: ['female', 'royal', 'young'] },
  { word: 'man', features: ['male', 'common', 'adult'] },
  { word: 'woman', features: ['female', 'common', 'adult'] },
  { word: 'boy', features: ['male', 'common', 'young'] },
  { word: 'girl', features: ['female', 'common', 'young'] },
  { word: 'france', features: ['french', 'nation'] },
  { word: 'paris', features: ['french', 'city'] },
  { word: 'italy', features: ['italian', 'nation'] },
  { word: 'rome', features: ['italian', 'city'] },
  { word: 'japan', features: ['japanese', 'nation'] },
  { word: 'tokyo', features: ['japanese', 'city'] },
  { word: 'egypt', features: ['egyptian', 'nation'] },
  { word: 'cairo', features: ['egyptian', 'city'] },
  { word: 'germany', features: ['german', 'nation'] },
  { word: 'berlin', features: ['german', 'city'] },
];

/** The grammar's relations, for analogy checks on the trained vectors: [a, b] pairs sharing one offset. */
export const W2V_RELATIONS: Record<'gender' | 'capital' | 'age', [string, string][]> = {
  gender: [['man', 'woman'], ['king', 'queen'], ['boy', 'girl'], ['prince', 'princess']],
  capital: [['france', 'paris'], ['italy', 'rome'], ['japan', 'tokyo'], ['egypt', 'cairo'], ['germany', 'berlin']],
  age: [['man', 'boy'], ['woman', 'girl'], ['king', 'prince'], ['queen', 'princess']],
};

/** A generated corpus: sentences as word ids into `vocab`. */
export interface Corpus {
  vocab: string[];
  sentences: Int32Array[];
  /** Occurrences of each vocabulary word. */
  counts: Float64Array;
}

/** The vocabulary in a fixed order: entities first, then the signal words. */
export function w2vVocabulary(): string[] {
  const out = ENTITIES.map((e) => e.word);
  for (const ws of Object.values(SIGNALS)) for (const w of ws) if (!out.includes(w)) out.push(w);
  return out;
}

/** `count` sentences: an entity and one signal word per feature, in a shuffled order. Seeded. */
export function generateCorpus(seed: number | string, count: number): Corpus {
  const vocab = w2vVocabulary();
  const id = new Map(vocab.map((w, i) => [w, i]));
  const rng = createRng(`${String(seed)}:corpus`);
  const sentences: Int32Array[] = [];
  const counts = new Float64Array(vocab.length);
  for (let s = 0; s < count; s++) {
    const e = ENTITIES[rng.int(ENTITIES.length)];
    const words = [e.word, ...e.features.map((f) => SIGNALS[f][rng.int(SIGNALS[f].length)])];
    const ids = rng.shuffle(words).map((w) => id.get(w) as number);
    for (const i of ids) counts[i]++;
    sentences.push(Int32Array.from(ids));
  }
  return { vocab, sentences, counts };
}

/** One training example: a centre word and its context words (one for skip-gram, all for CBOW). */
export interface W2vExample {
  sentence: number;
  position: number;
  centre: number;
  context: number[];
}

/** Skip-gram: one example per (centre, context) pair; CBOW: one per centre with its whole window. */
export function buildExamples(corpus: Corpus, window: number, mode: 'skipgram' | 'cbow'): W2vExample[] {
  const out: W2vExample[] = [];
  corpus.sentences.forEach((s, sentence) => {
    for (let position = 0; position < s.length; position++) {
      const ctx: number[] = [];
      for (let j = Math.max(0, position - window); j <= Math.min(s.length - 1, position + window); j++) if (j !== position) ctx.push(s[j]);
      if (ctx.length === 0) continue;
      if (mode === 'cbow') out.push({ sentence, position, centre: s[position], context: ctx });
      else for (const c of ctx) out.push({ sentence, position, centre: s[position], context: [c] });
    }
  });
  return out;
}

/** Cumulative unigram^0.75 distribution (word2vec's noise distribution). */
export function noiseTable(counts: ArrayLike<number>): Float64Array {
  const cdf = new Float64Array(counts.length);
  let acc = 0;
  for (let i = 0; i < counts.length; i++) cdf[i] = acc += Math.pow(counts[i], 0.75);
  for (let i = 0; i < cdf.length; i++) cdf[i] /= acc;
  return cdf;
}

/** `k` noise words drawn from `cdf`, never equal to `avoid` (redrawn up to 10 times). */
export function sampleNegatives(cdf: Float64Array, k: number, avoid: number, rng: Rng): number[] {
  const out: number[] = [];
  for (let n = 0; n < k; n++) {
    let w = avoid;
    for (let tries = 0; tries < 10 && w === avoid; tries++) {
      const u = rng.next();
      let lo = 0, hi = cdf.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cdf[mid] < u) lo = mid + 1;
        else hi = mid;
      }
      w = lo;
    }
    out.push(w);
  }
  return out;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const logSigmoid = (x: number) => (x >= 0 ? -Math.log1p(Math.exp(-x)) : x - Math.log1p(Math.exp(x)));

/**
 * Negative-sampling loss of one example, −log σ(u_o·h) − Σₖ log σ(−u_k·h), where h is the input
 * vector (skip-gram: the centre's row of W; CBOW: the mean of the context rows of W) and u are rows of
 * W′ (skip-gram: the context word and noise; CBOW: the centre and noise). With `gW`, `gWout` it also
 * adds `scale` × the gradient into them.
 */
export function sgnsLoss(
  W: Float64Array, Wout: Float64Array, dims: number, inputs: readonly number[], target: number, negatives: readonly number[],
  grads?: { gW: Float64Array; gWout: Float64Array; scale: number },
): number {
  const h = new Float64Array(dims);
  for (const i of inputs) for (let d = 0; d < dims; d++) h[d] += W[i * dims + d] / inputs.length;
  const gh = new Float64Array(dims);
  let loss = 0;
  const outs = [target, ...negatives];
  outs.forEach((o, k) => {
    let s = 0;
    for (let d = 0; d < dims; d++) s += Wout[o * dims + d] * h[d];
    const label = k === 0 ? 1 : -1;
    loss -= logSigmoid(label * s);
    if (!grads) return;
    const g = (k === 0 ? sigmoid(s) - 1 : sigmoid(s)) * grads.scale; // ∂loss/∂s
    for (let d = 0; d < dims; d++) {
      gh[d] += g * Wout[o * dims + d];
      grads.gWout[o * dims + d] += g * h[d];
    }
  });
  if (grads) for (const i of inputs) for (let d = 0; d < dims; d++) grads.gW[i * dims + d] += gh[d] / inputs.length;
  return loss;
}
