/**
 * The "textClass" training task: a neural spam classifier (textClassNet.ts) trained on the
 * SpamAssassin mails in the worker. The page sends the left-padded id rows once (`data.train`,
 * `data.test`); they are cached per realm under `data.key`, so switching encoders sends only the key.
 *
 * Metrics ride in the snapshot's `report` (see {@link TextClassReport}): the test loss and accuracy
 * and P(spam) of every test mail, so the page computes precision, recall and the threshold trade-off.
 */
import { backward, noGrad, releaseGraph, softmax, softmaxCrossEntropy, type OptimizerName, type Tensor } from '../engine';
import { initTextParams, textForward, textShapes, validateTextArch, type TextArch, type TextParams } from './textClassNet';
import type { GridSnapshot, ModelReport, Penalties, TrainableModel, WeightSnapshot } from './types';

/** Padded id rows [count, T] and labels (1 = spam). */
export interface SeqArrays { ids: Int32Array; labels: Uint8Array }

export interface TextDataRef { key: string; T?: number; train?: SeqArrays; test?: SeqArrays }

export interface TextClassTask {
  kind: 'textClass';
  arch: TextArch;
  data: TextDataRef;
  optimizer: { name: OptimizerName; hyper?: Record<string, number> };
  /** Mails per step (1…256). */
  batchSize: number;
  seed: number | string;
  /** Steps between test-set evaluations (default 25). */
  evalEvery?: number;
}

export interface TextClassReport {
  testStep: number;
  testLoss: number;
  testAccuracy: number;
  /** Exponentially smoothed mini-batch loss (0.9 decay). */
  trainLoss: number;
  /** P(spam) of each test mail at the last evaluation. */
  testProbs: number[];
}

const cache = new Map<string, { train: SeqArrays; test: SeqArrays; T: number }>();

function resolveData(ref: TextDataRef) {
  if (ref.train && ref.test && ref.T) {
    for (const d of [ref.train, ref.test]) {
      if (d.labels.length === 0 || d.ids.length !== d.labels.length * ref.T) throw new RangeError('id rows do not match T tokens per label');
    }
    cache.set(ref.key, { train: ref.train, test: ref.test, T: ref.T });
  }
  const found = cache.get(ref.key);
  if (!found) throw new Error(`no mail data under key "${ref.key}": send the arrays with the first task`);
  return found;
}

function rows(d: SeqArrays, T: number, indices: ArrayLike<number>) {
  const B = indices.length;
  const ids = new Int32Array(B * T);
  const y = new Int32Array(B);
  for (let r = 0; r < B; r++) {
    ids.set(d.ids.subarray(indices[r] * T, (indices[r] + 1) * T), r * T);
    y[r] = d.labels[indices[r]];
  }
  return { batch: { ids, B, T }, y };
}

/** Test loss, accuracy and P(spam) per mail. */
export function evaluateMails(a: TextArch, p: TextParams, d: SeqArrays, T: number, chunk = 128) {
  const n = d.labels.length;
  const probs = new Array<number>(n);
  let lossSum = 0;
  let correct = 0;
  noGrad(() => {
    for (let s = 0; s < n; s += chunk) {
      const idx = Array.from({ length: Math.min(chunk, n - s) }, (_, k) => s + k);
      const { batch, y } = rows(d, T, idx);
      const logits = textForward(a, p, batch).logits;
      lossSum += softmaxCrossEntropy(logits, y).data[0] * idx.length;
      const pr = softmax(logits, -1).data;
      idx.forEach((i, r) => {
        probs[i] = pr[r * 2 + 1];
        if ((probs[i] >= 0.5 ? 1 : 0) === y[r]) correct++;
      });
    }
  });
  return { loss: lossSum / n, accuracy: correct / n, probs };
}

class TextClassModel implements TrainableModel {
  readonly params: Tensor[];
  readonly trainSize: number;
  penalties: Penalties = { l1: 0, l2: 0 };
  private readonly p: TextParams;
  private readonly data: { train: SeqArrays; test: SeqArrays; T: number };
  private readonly evalEvery: number;
  private steps = 0;
  private ema = Number.NaN;
  private last = { step: -1, loss: Number.NaN, accuracy: 0, probs: [] as number[] };

  constructor(private readonly task: TextClassTask) {
    validateTextArch(task.arch);
    if (!(Number.isInteger(task.batchSize) && task.batchSize >= 1 && task.batchSize <= 256)) throw new RangeError('batchSize must be 1…256');
    this.data = resolveData(task.data);
    this.trainSize = this.data.train.labels.length;
    this.evalEvery = Math.max(1, Math.floor(task.evalEvery ?? 25));
    this.p = initTextParams(task.arch, task.seed);
    this.params = textShapes(task.arch).map(([name]) => this.p[name]);
  }

  trainStep(indices: ArrayLike<number>): number {
    for (const t of this.params) t.grad?.fill(0);
    const { batch, y } = rows(this.data.train, this.data.T, indices);
    const loss = softmaxCrossEntropy(textForward(this.task.arch, this.p, batch).logits, y);
    backward(loss);
    const v = loss.data[0];
    // The step's activations and their gradients are dead now: their arrays serve the next step.
    releaseGraph(loss);
    this.steps += 1;
    this.ema = Number.isNaN(this.ema) ? v : 0.9 * this.ema + 0.1 * v;
    return v;
  }

  evaluate(set: 'train' | 'test'): number | null {
    if (set === 'train') return this.steps === 0 ? this.refresh().loss : this.ema;
    return this.refresh().loss;
  }

  private refresh() {
    if (this.last.step < 0 || this.steps - this.last.step >= this.evalEvery) {
      this.last = { step: this.steps, ...evaluateMails(this.task.arch, this.p, this.data.test, this.data.T) };
    }
    return this.last;
  }

  weights(): WeightSnapshot[] {
    return this.params.map((t) => ({ name: t.label, shape: t.shape.slice(), data: Float64Array.from(t.data) }));
  }

  report(): ModelReport {
    const m = this.refresh();
    const r: TextClassReport = { testStep: m.step, testLoss: m.loss, testAccuracy: m.accuracy, trainLoss: this.steps === 0 ? m.loss : this.ema, testProbs: m.probs };
    return { ...r };
  }

  grid(): GridSnapshot | null {
    return null;
  }
}

/** Build the trainable text classifier for a task. @throws RangeError/Error for an invalid task or missing data. */
export function buildTextClass(task: TextClassTask): TrainableModel {
  return new TextClassModel(task);
}
