/**
 * The word2vec training task for the worker: skip-gram or CBOW with negative sampling on the seeded
 * corpus of word2vec.ts. W (|V| × d) holds the input vectors (the embeddings), W′ the output vectors.
 */
import type { OptimizerName } from '../engine/optim/factory';
import { createRng, type Rng } from '../engine/rng';
import type { Penalties, TrainableModel, WeightSnapshot } from './types';
import { buildExamples, generateCorpus, noiseTable, sampleNegatives, sgnsLoss, type W2vExample } from './word2vec';

/** Everything needed to train word2vec (plain JSON). */
export interface Word2vecTask {
  kind: 'word2vec';
  mode: 'skipgram' | 'cbow';
  /** Sentences in the generated corpus (10…5000). */
  sentences: number;
  /** Context words on each side of the centre (1…5). */
  window: number;
  /** Embedding size d (2…64). */
  dims: number;
  /** Noise words per example (1…20). */
  negatives: number;
  optimizer: { name: OptimizerName; hyper?: Record<string, number> };
  /** Examples per step; 0 means all. */
  batchSize: number;
  /** Seeds the corpus, the initial vectors, the noise words and the batch order. */
  seed: number | string;
  l1?: number;
  l2?: number;
}

const LIMITS: [keyof Word2vecTask, number, number][] = [['sentences', 10, 5000], ['window', 1, 5], ['dims', 2, 64], ['negatives', 1, 20]];

/** @throws RangeError when a size is out of range. */
export function validateWord2vecTask(task: Word2vecTask): void {
  for (const [key, lo, hi] of LIMITS) {
    const v = task[key];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < lo || v > hi) throw new RangeError(`word2vec: ${key} must be an integer in ${lo}…${hi}, got ${String(v)}`);
  }
  if (task.mode !== 'skipgram' && task.mode !== 'cbow') throw new RangeError(`word2vec: unknown mode ${String(task.mode)}`);
}

/**
 * The last example trained on, packed as numbers: [sentence, position, centre, nContext, ...context,
 * ...negatives]. Sent as a pseudo-weight named `example` so it travels in the ordinary snapshot.
 */
export function packExample(ex: W2vExample, negatives: readonly number[]): Float64Array {
  return Float64Array.from([ex.sentence, ex.position, ex.centre, ex.context.length, ...ex.context, ...negatives]);
}

export function unpackExample(data: ArrayLike<number>): { sentence: number; position: number; centre: number; context: number[]; negatives: number[] } | null {
  if (data.length < 4) return null;
  const n = data[3];
  return {
    sentence: data[0], position: data[1], centre: data[2],
    context: Array.from({ length: n }, (_, i) => data[4 + i]),
    negatives: Array.from({ length: data.length - 4 - n }, (_, i) => data[4 + n + i]),
  };
}

class Word2vecModel implements TrainableModel {
  readonly params: { data: Float64Array; grad: Float64Array }[];
  readonly trainSize: number;
  penalties: Penalties = { l1: 0, l2: 0 };
  private readonly examples: W2vExample[];
  private readonly cdf: Float64Array;
  private readonly rng: Rng;
  private readonly evalNegatives: number[][];
  private last: Float64Array = new Float64Array(0);

  constructor(private readonly task: Word2vecTask) {
    validateWord2vecTask(task);
    const corpus = generateCorpus(task.seed, task.sentences);
    const v = corpus.vocab.length, d = task.dims;
    const init = createRng(`${String(task.seed)}:init`);
    // word2vec's initialisation: small uniform input vectors, zero output vectors
    const W = Float64Array.from({ length: v * d }, () => init.uniform(-0.5, 0.5));
    this.params = [{ data: W, grad: new Float64Array(v * d) }, { data: new Float64Array(v * d), grad: new Float64Array(v * d) }];
    this.examples = buildExamples(corpus, task.window, task.mode);
    this.trainSize = this.examples.length;
    this.cdf = noiseTable(corpus.counts);
    this.rng = createRng(`${String(task.seed)}:noise`);
    const fixed = createRng(`${String(task.seed)}:eval`);
    this.evalNegatives = this.examples.map((ex) => sampleNegatives(this.cdf, task.negatives, this.targetOf(ex), fixed));
  }

  private targetOf(ex: W2vExample): number {
    return this.task.mode === 'cbow' ? ex.centre : ex.context[0];
  }

  private inputsOf(ex: W2vExample): number[] {
    return this.task.mode === 'cbow' ? ex.context : [ex.centre];
  }

  trainStep(indices: ArrayLike<number>): number {
    const [W, Wout] = this.params;
    W.grad.fill(0);
    Wout.grad.fill(0);
    const grads = { gW: W.grad, gWout: Wout.grad, scale: 1 / indices.length };
    let loss = 0;
    for (let k = 0; k < indices.length; k++) {
      const ex = this.examples[indices[k]];
      const negs = sampleNegatives(this.cdf, this.task.negatives, this.targetOf(ex), this.rng);
      loss += sgnsLoss(W.data, Wout.data, this.task.dims, this.inputsOf(ex), this.targetOf(ex), negs, grads);
      if (k === 0) this.last = packExample(ex, negs);
    }
    return loss / indices.length;
  }

  /** Mean loss over every example with a fixed set of noise words (so the curve is smooth). */
  evaluate(set: 'train' | 'test'): number | null {
    if (set === 'test') return null;
    const [W, Wout] = this.params;
    let loss = 0;
    this.examples.forEach((ex, i) => {
      loss += sgnsLoss(W.data, Wout.data, this.task.dims, this.inputsOf(ex), this.targetOf(ex), this.evalNegatives[i]);
    });
    return loss / Math.max(1, this.examples.length);
  }

  weights(): WeightSnapshot[] {
    const v = this.params[0].data.length / this.task.dims;
    return [
      { name: 'W', shape: [v, this.task.dims], data: this.params[0].data.slice() },
      { name: 'Wout', shape: [v, this.task.dims], data: this.params[1].data.slice() },
      { name: 'example', shape: [this.last.length], data: this.last.slice() },
    ];
  }

  grid(): null {
    return null;
  }
}

/** Build the trainable word2vec model. @throws RangeError for an invalid task. */
export function buildWord2vec(task: Word2vecTask): TrainableModel {
  return new Word2vecModel(task);
}
