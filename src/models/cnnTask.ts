/**
 * The "cnn" training task: the small CNN of cnnNet.ts trained on MNIST digits in the worker.
 *
 * Data: the page sends the uint8 digit arrays once (`data.train`/`data.test`); they are kept in
 * a per-realm cache under `data.key`, so later tasks (a reset with new layer sizes) send only the
 * key and nothing is copied again.
 *
 * Metrics ride in the snapshot's `report` (see {@link CnnReport}).
 */
import { softmaxCrossEntropy } from '../engine/losses';
import type { OptimizerName } from '../engine/optim/factory';
import { releaseGraph, releaseTensors } from '../engine/release';
import { backward, noGrad } from '../engine/tape';
import { Tensor, toFloat32 } from '../engine/tensor';
import { cnnForward, initCnnParams, PARAM_ORDER, validateCnnArch, type CnnArch, type CnnParams } from './cnnNet';
import type { GridSnapshot, ModelReport, Penalties, TrainableModel, WeightSnapshot } from './types';

/** A set of digits: count × 784 grey levels 0…255 and labels 0…9. */
export interface DigitArrays { images: Uint8Array; labels: Uint8Array }

/** Digit data by reference: `key` alone reuses data an earlier task of this realm sent. */
export interface CnnDataRef { key: string; train?: DigitArrays; test?: DigitArrays }

export interface CnnTask {
  kind: 'cnn';
  arch: CnnArch;
  data: CnnDataRef;
  optimizer: { name: OptimizerName; hyper?: Record<string, number> };
  /** Examples per step (1…256). */
  batchSize: number;
  seed: number | string;
  /** Use only the first `trainLimit` training digits (default all). */
  trainLimit?: number;
  /** Evaluate on the first `testLimit` test digits (default all). */
  testLimit?: number;
  /** Steps between test-set evaluations (default 50). */
  evalEvery?: number;
  l1?: number;
  l2?: number;
}

/** The snapshot report of the cnn task. */
export interface CnnReport {
  /** Training step at which the test set was last evaluated. */
  testStep: number;
  testLoss: number;
  /** Fraction of test digits classified correctly, 0…1. */
  testAccuracy: number;
  /** Exponentially smoothed mini-batch loss (0.95 decay). */
  trainLoss: number;
  testSize: number;
  /** 10×10 counts: row = true digit, column = predicted digit. */
  confusion: number[][];
}
const PIXELS = 784;

const cache = new Map<string, { train: DigitArrays; test: DigitArrays }>();

function resolveData(ref: CnnDataRef): { train: DigitArrays; test: DigitArrays } {
  if (ref.train && ref.test) {
    for (const d of [ref.train, ref.test]) {
      if (d.images.length !== d.labels.length * PIXELS || d.labels.length === 0) throw new RangeError('digit arrays do not match 784 pixels per label');
    }
    cache.set(ref.key, { train: ref.train, test: ref.test });
  }
  const found = cache.get(ref.key);
  if (!found) throw new Error(`no digit data under key "${ref.key}": send the arrays with the first task`);
  return found;
}

/** Grey levels of the digits at `indices` as x [B, 1, 28, 28] in [0, 1] (float64 unless `float32`), and their labels. */
export function digitBatch(d: DigitArrays, indices: ArrayLike<number>, float32 = false): { x: Tensor; y: Int32Array } {
  const B = indices.length;
  const x = float32 ? new Float32Array(B * PIXELS) : new Float64Array(B * PIXELS);
  const y = new Int32Array(B);
  for (let r = 0; r < B; r++) {
    const i = indices[r];
    const off = i * PIXELS;
    for (let k = 0; k < PIXELS; k++) x[r * PIXELS + k] = d.images[off + k] / 255;
    y[r] = d.labels[i];
  }
  return { x: new Tensor(x, [B, 1, 28, 28]), y };
}

/** The first `n` digits of `d` as tensors of up to `chunk` digits each (float64 unless `float32`). */
export function digitChunks(d: DigitArrays, n: number, chunk = 250, float32 = false): { x: Tensor; y: Int32Array }[] {
  const out: { x: Tensor; y: Int32Array }[] = [];
  for (let start = 0; start < n; start += chunk) {
    out.push(digitBatch(d, Array.from({ length: Math.min(chunk, n - start) }, (_, k) => start + k), float32));
  }
  return out;
}

/** Test loss, accuracy and confusion counts of `p` over digit chunks (see {@link digitChunks}). */
export function evaluateDigits(p: CnnParams, chunks: readonly { x: Tensor; y: Int32Array }[]) {
  const confusion = new Float64Array(100);
  let lossSum = 0;
  let correct = 0;
  let n = 0;
  noGrad(() => {
    for (const { x, y } of chunks) {
      const a = cnnForward(p, x);
      const logits = a.logits;
      lossSum += softmaxCrossEntropy(logits, y).data[0] * y.length;
      n += y.length;
      for (let r = 0; r < y.length; r++) {
        let best = 0;
        for (let k = 1; k < 10; k++) if (logits.data[r * 10 + k] > logits.data[r * 10 + best]) best = k;
        if (best === y[r]) correct++;
        confusion[y[r] * 10 + best]++;
      }
      // Read; the activations' arrays serve the next chunk (the input chunk is kept).
      releaseTensors([a.conv1, a.pool1, a.conv2, a.pool2, a.logits], [x]);
    }
  });
  return { loss: lossSum / n, accuracy: correct / n, confusion };
}

class CnnModel implements TrainableModel {
  readonly params: Tensor[];
  readonly trainSize: number;
  penalties: Penalties;
  private readonly p: CnnParams;
  private readonly train: DigitArrays;
  private readonly test: DigitArrays;
  private readonly testSize: number;
  /** The test digits as float32 tensors, built at the first evaluation and reused (they never change). */
  private testChunks: { x: Tensor; y: Int32Array }[] | null = null;
  private readonly evalEvery: number;
  private steps = 0;
  private ema = Number.NaN;
  private last = { step: -1, loss: Number.NaN, accuracy: 0, confusion: new Float64Array(100) };

  constructor(task: CnnTask) {
    validateCnnArch(task.arch);
    if (!(Number.isInteger(task.batchSize) && task.batchSize >= 1 && task.batchSize <= 256)) throw new RangeError('batchSize must be 1…256');
    const data = resolveData(task.data);
    const nTrain = data.train.labels.length;
    const nTest = data.test.labels.length;
    this.trainSize = Math.max(1, Math.min(nTrain, Math.floor(task.trainLimit ?? nTrain)));
    this.testSize = Math.max(1, Math.min(nTest, Math.floor(task.testLimit ?? nTest)));
    this.train = data.train;
    this.test = data.test;
    this.evalEvery = Math.max(1, Math.floor(task.evalEvery ?? 50));
    this.p = initCnnParams(task.arch, task.seed);
    // Live training stores float32 (the WebAssembly SIMD kernels); nothing here is shown to many digits.
    this.params = PARAM_ORDER.map((k) => toFloat32(this.p[k]));
    this.penalties = { l1: task.l1 ?? 0, l2: task.l2 ?? 0 };
  }

  trainStep(indices: ArrayLike<number>): number {
    for (const t of this.params) t.grad?.fill(0);
    const { x, y } = digitBatch(this.train, indices, true);
    const loss = softmaxCrossEntropy(cnnForward(this.p, x).logits, y);
    backward(loss);
    const v = loss.data[0];
    // The step's activations and their gradients are dead now: their arrays serve the next step.
    releaseGraph(loss);
    this.steps += 1;
    this.ema = Number.isNaN(this.ema) ? v : 0.95 * this.ema + 0.05 * v;
    return v;
  }

  /** 'train': smoothed mini-batch loss (a full pass per snapshot would stall training); 'test': the last evaluation. */
  evaluate(set: 'train' | 'test'): number | null {
    if (set === 'train') return this.steps === 0 ? this.refresh().loss : this.ema;
    return this.refresh().loss;
  }

  /** Re-evaluates the test set when `evalEvery` steps have passed since the last evaluation. */
  private refresh() {
    if (this.last.step < 0 || this.steps - this.last.step >= this.evalEvery) {
      this.testChunks ??= digitChunks(this.test, this.testSize, 250, true);
      this.last = { step: this.steps, ...evaluateDigits(this.p, this.testChunks) };
    }
    return this.last;
  }

  weights(): WeightSnapshot[] {
    return this.params.map((t) => ({ name: t.label, shape: t.shape.slice(), data: Float64Array.from(t.data) }));
  }

  report(): ModelReport {
    const m = this.refresh();
    const r: CnnReport = {
      testStep: m.step, testLoss: m.loss, testAccuracy: m.accuracy, trainLoss: this.steps === 0 ? m.loss : this.ema,
      testSize: this.testSize, confusion: Array.from({ length: 10 }, (_, i) => Array.from(m.confusion.subarray(i * 10, i * 10 + 10))),
    };
    return { ...r };
  }

  grid(): GridSnapshot | null {
    return null;
  }
}

/** Build the trainable CNN for a task. @throws RangeError/Error for an invalid task or missing data. */
export function buildCnn(task: CnnTask): TrainableModel {
  return new CnnModel(task);
}
