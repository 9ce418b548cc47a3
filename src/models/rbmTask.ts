/**
 * The "rbm" training task: a binary RBM on binarised MNIST (pixel ≥ 128 → 1) trained with CD-1.
 * The CD statistics are written as gradients, so the runner's optimizer (plain SGD with learning rate
 * η) takes exactly the step ΔW = η(⟨p⁰v⁰ᵀ⟩ − ⟨p¹v¹ᵀ⟩).
 *
 * The report carries the test reconstruction error and Gibbs chains started from test digits.
 */
import type { OptimizerName } from '../engine/optim/factory';
import { createRng, type Rng } from '../engine/rng';
import { Tensor } from '../engine/tensor';
import { checkInt, pixelRows, range, resolveDigits, type DigitArrays, type DigitDataRef } from './digitData';
import { cd1Batch, gibbsChain, reconError, type RbmTensors } from './rbmTrain';
import type { GridSnapshot, ModelReport, Penalties, TrainableModel, WeightSnapshot } from './types';

const PIXELS = 784;
/** Gibbs steps after which the chains are shown. */
export const GIBBS_KEEP = [1, 10, 100] as const;
/** Test digits the chains start from. */
export const GIBBS_CHAINS = 6;

export interface RbmTask {
  kind: 'rbm';
  /** Hidden units, 4…256. */
  hidden: number;
  data: DigitDataRef;
  optimizer: { name: OptimizerName; hyper?: Record<string, number> };
  batchSize: number;
  seed: number | string;
  /** Test digits for the reconstruction error (default 500). */
  testLimit?: number;
  /** Steps between evaluations and Gibbs chains (default 50). */
  evalEvery?: number;
}

/** The snapshot report of the rbm task. */
export interface RbmReport {
  testStep: number;
  /** Mean squared error per pixel of v → P(h|v) → P(v|h) on binarised test digits. */
  testRecon: number;
  /** Smoothed CD-1 reconstruction error of the training batches. */
  trainRecon: number;
  /** GIBBS_CHAINS × GIBBS_KEEP.length images (784 each), chain-major: P(v|h) after each kept step. */
  gibbs: number[][];
}

class RbmModel implements TrainableModel {
  readonly params: Tensor[];
  readonly trainSize: number;
  penalties: Penalties = { l1: 0, l2: 0 };
  private readonly r: RbmTensors;
  private readonly train: DigitArrays;
  private readonly test: DigitArrays;
  private readonly rng: Rng;
  private readonly seed: string;
  private readonly testSize: number;
  private readonly evalEvery: number;
  private steps = 0;
  private ema = Number.NaN;
  private last = { step: -1, recon: Number.NaN, gibbs: [] as number[][] };

  constructor(task: RbmTask) {
    const H = checkInt('hidden', task.hidden, 4, 256);
    checkInt('batchSize', task.batchSize, 1, 256);
    const data = resolveDigits(task.data);
    this.train = data.train;
    this.test = data.test;
    this.trainSize = data.train.labels.length;
    this.testSize = Math.min(data.test.labels.length, Math.max(1, Math.floor(task.testLimit ?? 500)));
    this.evalEvery = Math.max(1, Math.floor(task.evalEvery ?? 50));
    this.seed = String(task.seed);
    const init = createRng(`${this.seed}:rbm-init`);
    const W = new Tensor(Float64Array.from({ length: H * PIXELS }, () => init.normal(0, 0.01)), [H, PIXELS], true, 'W');
    // Visible biases start at log(p/(1−p)) of each pixel's ink frequency (Hinton's practical guide).
    const a = new Tensor(visibleBiasInit(this.train), [PIXELS], true, 'a');
    const b = new Tensor(new Float64Array(H), [H], true, 'b');
    this.r = { W, a, b };
    this.params = [W, a, b];
    this.rng = createRng(`${this.seed}:rbm-sample`);
  }

  trainStep(indices: ArrayLike<number>): number {
    const v0 = pixelRows(this.train, indices, true);
    const e = cd1Batch(this.r, v0, indices.length, 'grad', this.rng);
    this.steps += 1;
    this.ema = Number.isNaN(this.ema) ? e : 0.95 * this.ema + 0.05 * e;
    return e;
  }

  private refresh() {
    if (this.last.step >= 0 && this.steps - this.last.step < this.evalEvery) return this.last;
    const recon = reconError(this.r, pixelRows(this.test, range(this.testSize), true), this.testSize);
    const start = pixelRows(this.test, range(GIBBS_CHAINS), true);
    // A fresh stream per evaluation step: the chains shown at a step do not depend on how often the page asked.
    const kept = gibbsChain(this.r, start, GIBBS_CHAINS, GIBBS_KEEP, createRng(`${this.seed}:gibbs:${this.steps}`));
    const gibbs: number[][] = [];
    for (let c = 0; c < GIBBS_CHAINS; c++) for (const img of kept) gibbs.push(Array.from(img.subarray(c * PIXELS, (c + 1) * PIXELS)));
    this.last = { step: this.steps, recon, gibbs };
    return this.last;
  }

  evaluate(set: 'train' | 'test'): number | null {
    if (set === 'train') return Number.isNaN(this.ema) ? this.refresh().recon : this.ema;
    return this.refresh().recon;
  }

  weights(): WeightSnapshot[] {
    return this.params.map((t) => ({ name: t.label, shape: t.shape.slice(), data: Float64Array.from(t.data) }));
  }

  grid(): GridSnapshot | null {
    return null;
  }

  report(): ModelReport {
    const m = this.refresh();
    const r: RbmReport = { testStep: m.step, testRecon: m.recon, trainRecon: Number.isNaN(this.ema) ? m.recon : this.ema, gibbs: m.gibbs };
    return { ...r };
  }
}

/** log(p / (1 − p)) of each pixel's ink frequency over the training digits, p clipped to [0.01, 0.99]. */
export function visibleBiasInit(d: DigitArrays): Float64Array {
  const n = d.labels.length;
  const count = new Float64Array(PIXELS);
  for (let k = 0; k < n; k++) for (let i = 0; i < PIXELS; i++) if (d.images[k * PIXELS + i] >= 128) count[i]++;
  return count.map((c) => {
    const p = Math.min(0.99, Math.max(0.01, c / n));
    return Math.log(p / (1 - p));
  });
}

/** Build the trainable RBM for a task. @throws RangeError/Error for an invalid task or missing data. */
export function buildRbm(task: RbmTask): TrainableModel {
  return new RbmModel(task);
}
