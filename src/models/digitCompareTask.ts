/**
 * The "digitCompare" training task of the opening lesson: three classifiers of the same MNIST digits,
 *   raw      softmax regression on the 784 raw pixels,
 *   features softmax regression on hand-made features (digitFeatures.ts), standardised on the training set,
 *   mlp      a one-hidden-layer ReLU network that learns its own features from the pixels.
 * Digits cross to a worker once (per realm, under `data.key`); the feature table is cached per key too.
 */
import { softmaxCrossEntropy } from '../engine/losses';
import type { OptimizerName } from '../engine/optim/factory';
import { MLP } from '../engine/nn/linear';
import { createRng } from '../engine/rng';
import { backward, noGrad } from '../engine/tape';
import { Tensor } from '../engine/tensor';
import type { CnnDataRef, DigitArrays } from './cnnTask';
import { digitFeatures, FEATURE_GROUPS, featureCount, featureVector, type FeatureGroup } from './digitFeatures';
import type { GridSnapshot, ModelReport, Penalties, TrainableModel, WeightSnapshot } from './types';

export type CompareVariant = 'raw' | 'features' | 'mlp';
export const HIDDEN_LIMITS = [4, 128] as const;

export interface DigitCompareTask {
  kind: 'digitCompare';
  variant: CompareVariant;
  /** Feature groups of the 'features' variant (at least one). */
  features?: FeatureGroup[];
  /** Hidden units of the 'mlp' variant (4…128, default 32). */
  hidden?: number;
  data: CnnDataRef;
  optimizer: { name: OptimizerName; hyper?: Record<string, number> };
  /** Examples per step (1…512). */
  batchSize: number;
  seed: number | string;
  /** Steps between test-set evaluations (default 50). */
  evalEvery?: number;
  /** The planned length of the run: the test set is also evaluated exactly at this step. */
  totalSteps?: number;
  trainLimit?: number;
  testLimit?: number;
}

/** The snapshot report of the digitCompare task. */
export interface CompareReport {
  /** Step at which the test set was last evaluated. */
  testStep: number;
  testLoss: number;
  /** Fraction of test digits classified correctly, 0…1. */
  testAccuracy: number;
  /** Exponentially smoothed mini-batch loss (0.95 decay). */
  trainLoss: number;
  testSize: number;
  /** Numbers the classifier reads per digit (784 pixels or the feature count). */
  inputs: number;
  /** Trainable parameters. */
  parameters: number;
}

const PIXELS = 784;
const digitCache = new Map<string, { train: DigitArrays; test: DigitArrays }>();
const featureCache = new Map<string, { train: Float64Array; test: Float64Array }>();
const ALL_FEATURES = featureCount(FEATURE_GROUPS);

function resolveDigits(ref: CnnDataRef): { train: DigitArrays; test: DigitArrays } {
  if (ref.train && ref.test) {
    for (const d of [ref.train, ref.test]) {
      if (d.images.length !== d.labels.length * PIXELS || d.labels.length === 0) throw new RangeError('digit arrays do not match 784 pixels per label');
    }
    digitCache.set(ref.key, { train: ref.train, test: ref.test });
    featureCache.delete(ref.key);
  }
  const found = digitCache.get(ref.key);
  if (!found) throw new Error(`no digit data under key "${ref.key}": send the arrays with the first task`);
  return found;
}

/** Every feature of every digit of `d`, count × ALL_FEATURES. */
function featureTable(d: DigitArrays): Float64Array {
  const n = d.labels.length;
  const out = new Float64Array(n * ALL_FEATURES);
  const px = new Float64Array(PIXELS);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < PIXELS; k++) px[k] = d.images[i * PIXELS + k] / 255;
    out.set(featureVector(digitFeatures(px), FEATURE_GROUPS), i * ALL_FEATURES);
  }
  return out;
}

/** Columns of `groups` picked out of the full table and standardised with the training set's mean and spread. */
function featureInputs(key: string, digits: { train: DigitArrays; test: DigitArrays }, groups: readonly FeatureGroup[]) {
  let table = featureCache.get(key);
  if (!table) {
    table = { train: featureTable(digits.train), test: featureTable(digits.test) };
    featureCache.set(key, table);
  }
  const cols: number[] = [];
  let at = 0;
  for (const g of FEATURE_GROUPS) {
    const size = featureCount([g]);
    if (groups.includes(g)) for (let k = 0; k < size; k++) cols.push(at + k);
    at += size;
  }
  const D = cols.length;
  const nTrain = digits.train.labels.length;
  const mean = new Float64Array(D);
  const spread = new Float64Array(D);
  cols.forEach((c, j) => {
    let s = 0;
    let s2 = 0;
    for (let i = 0; i < nTrain; i++) { const v = table.train[i * ALL_FEATURES + c]; s += v; s2 += v * v; }
    mean[j] = s / nTrain;
    const sd = Math.sqrt(Math.max(0, s2 / nTrain - mean[j] * mean[j]));
    spread[j] = sd > 1e-9 ? sd : 1; // a constant column stays 0 instead of dividing by 0
  });
  const pick = (t: Float64Array, n: number) => {
    const out = new Float64Array(n * D);
    for (let i = 0; i < n; i++) cols.forEach((c, j) => { out[i * D + j] = (t[i * ALL_FEATURES + c] - mean[j]) / spread[j]; });
    return out;
  };
  return { D, train: pick(table.train, nTrain), test: pick(table.test, digits.test.labels.length) };
}

/** Inputs of one set: a batch of rows as x [B, D] with labels. */
interface InputSet { D: number; labels: Uint8Array; rows(indices: ArrayLike<number>): Float64Array }

function pixelSet(d: DigitArrays): InputSet {
  return {
    D: PIXELS, labels: d.labels,
    rows: (idx) => {
      const x = new Float64Array(idx.length * PIXELS);
      for (let r = 0; r < idx.length; r++) for (let k = 0; k < PIXELS; k++) x[r * PIXELS + k] = d.images[idx[r] * PIXELS + k] / 255;
      return x;
    },
  };
}

function tableSet(t: Float64Array, D: number, labels: Uint8Array): InputSet {
  return {
    D, labels,
    rows: (idx) => {
      const x = new Float64Array(idx.length * D);
      for (let r = 0; r < idx.length; r++) x.set(t.subarray(idx[r] * D, idx[r] * D + D), r * D);
      return x;
    },
  };
}

function validate(task: DigitCompareTask): void {
  if (!['raw', 'features', 'mlp'].includes(task.variant)) throw new RangeError(`unknown variant ${JSON.stringify(task.variant)}`);
  if (!(Number.isInteger(task.batchSize) && task.batchSize >= 1 && task.batchSize <= 512)) throw new RangeError('batchSize must be 1…512');
  if (task.variant === 'features' && !(task.features && task.features.length > 0)) throw new RangeError('choose at least one feature');
  const h = task.hidden ?? 32;
  if (task.variant === 'mlp' && !(Number.isInteger(h) && h >= HIDDEN_LIMITS[0] && h <= HIDDEN_LIMITS[1])) throw new RangeError(`hidden must be a whole number in ${HIDDEN_LIMITS.join('…')}`);
}

class CompareModel implements TrainableModel {
  readonly params: Tensor[];
  readonly trainSize: number;
  penalties: Penalties = { l1: 0, l2: 0 };
  private readonly net: MLP;
  private readonly train: InputSet;
  private readonly test: InputSet;
  private readonly testSize: number;
  private readonly evalEvery: number;
  private readonly totalSteps: number;
  private steps = 0;
  private ema = Number.NaN;
  private last = { step: -1, loss: Number.NaN, accuracy: 0 };

  constructor(task: DigitCompareTask) {
    validate(task);
    const digits = resolveDigits(task.data);
    if (task.variant === 'features') {
      const f = featureInputs(task.data.key, digits, task.features ?? []);
      this.train = tableSet(f.train, f.D, digits.train.labels);
      this.test = tableSet(f.test, f.D, digits.test.labels);
    } else {
      this.train = pixelSet(digits.train);
      this.test = pixelSet(digits.test);
    }
    const nTrain = digits.train.labels.length;
    const nTest = digits.test.labels.length;
    this.trainSize = Math.max(1, Math.min(nTrain, Math.floor(task.trainLimit ?? nTrain)));
    this.testSize = Math.max(1, Math.min(nTest, Math.floor(task.testLimit ?? nTest)));
    this.evalEvery = Math.max(1, Math.floor(task.evalEvery ?? 50));
    this.totalSteps = Math.floor(task.totalSteps ?? -1);
    const sizes = task.variant === 'mlp' ? [PIXELS, task.hidden ?? 32, 10] : [this.train.D, 10];
    this.net = new MLP(sizes, createRng(`${String(task.seed)}:compare-${task.variant}`));
    this.params = this.net.parameters();
  }

  trainStep(indices: ArrayLike<number>): number {
    for (const t of this.params) t.grad?.fill(0);
    const x = new Tensor(this.train.rows(indices), [indices.length, this.train.D]);
    const y = Int32Array.from(indices, (i) => this.train.labels[i]);
    const loss = softmaxCrossEntropy(this.net.forward(x), y);
    backward(loss);
    const v = loss.data[0];
    this.steps += 1;
    this.ema = Number.isNaN(this.ema) ? v : 0.95 * this.ema + 0.05 * v;
    return v;
  }

  evaluate(set: 'train' | 'test'): number | null {
    if (set === 'train') return this.steps === 0 ? this.refresh().loss : this.ema;
    return this.refresh().loss;
  }

  private refresh() {
    const due = this.last.step < 0 || this.steps - this.last.step >= this.evalEvery || (this.steps === this.totalSteps && this.last.step !== this.steps);
    if (due) this.last = { step: this.steps, ...this.measure() };
    return this.last;
  }

  private measure(chunk = 500) {
    let lossSum = 0;
    let correct = 0;
    const n = this.testSize;
    noGrad(() => {
      for (let start = 0; start < n; start += chunk) {
        const idx = Array.from({ length: Math.min(chunk, n - start) }, (_, k) => start + k);
        const logits = this.net.forward(new Tensor(this.test.rows(idx), [idx.length, this.test.D]));
        const y = Int32Array.from(idx, (i) => this.test.labels[i]);
        lossSum += softmaxCrossEntropy(logits, y).data[0] * idx.length;
        for (let r = 0; r < idx.length; r++) {
          let best = 0;
          for (let k = 1; k < 10; k++) if (logits.data[r * 10 + k] > logits.data[r * 10 + best]) best = k;
          if (best === y[r]) correct++;
        }
      }
    });
    return { loss: lossSum / n, accuracy: correct / n };
  }

  weights(): WeightSnapshot[] {
    return this.params.map((t) => ({ name: t.label, shape: t.shape.slice(), data: Float64Array.from(t.data) }));
  }

  report(): ModelReport {
    const m = this.refresh();
    const r: CompareReport = {
      testStep: m.step, testLoss: m.loss, testAccuracy: m.accuracy, trainLoss: this.steps === 0 ? m.loss : this.ema,
      testSize: this.testSize, inputs: this.train.D, parameters: this.params.reduce((s, t) => s + t.size, 0),
    };
    return { ...r };
  }

  grid(): GridSnapshot | null {
    return null;
  }
}

/** Build one of the three classifiers. @throws RangeError/Error for an invalid task or missing data. */
export function buildDigitCompare(task: DigitCompareTask): TrainableModel {
  return new CompareModel(task);
}
