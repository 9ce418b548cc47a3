/**
 * The "bertFinetune" training task: the pre-trained miniature BERT and a randomly initialised twin,
 * each with a fresh [CLS] head, fine-tuned side by side on the same `budget` labelled e-mails (the
 * first `budget` training rows) and the same batches. The page sends the decompressed checkpoint and
 * the mail rows once under `data.key`; later tasks (another budget) name the key only.
 *
 * The report carries both test accuracies at every evaluation (see {@link FinetuneReport}).
 */
import type { GridSnapshot, ModelReport, Penalties, TrainableModel, WeightSnapshot } from '../types';
import { classifierPair, pairGradients, type BertClassifier, type MailRows } from './finetune';
import type { Tensor } from '../../engine';

export interface FinetuneData { key: string; checkpoint?: Uint8Array; train?: MailRows; test?: MailRows }

export interface FinetuneTask {
  kind: 'bertFinetune';
  data: FinetuneData;
  /** Labelled training mails used (1…train size). */
  budget: number;
  optimizer: { name: 'adam'; hyper?: Record<string, number> };
  batchSize: number;
  seed: number | string;
  /** Steps between test evaluations (default 10). */
  evalEvery?: number;
  /** Test mails scored at each evaluation (default 300). */
  testSize?: number;
  /** The run's last step (the page stops there): always evaluated, whenever snapshots fall. */
  finalStep?: number;
}

export interface FinetuneReport {
  testStep: number;
  pretrainedAccuracy: number;
  randomAccuracy: number;
  pretrainedLoss: number;
  randomLoss: number;
  testSize: number;
}

const cache = new Map<string, { checkpoint: Uint8Array; train: MailRows; test: MailRows }>();

function resolve(ref: FinetuneData) {
  if (ref.checkpoint && ref.train && ref.test) cache.set(ref.key, { checkpoint: ref.checkpoint, train: ref.train, test: ref.test });
  const found = cache.get(ref.key);
  if (!found) throw new Error(`no fine-tuning data under key "${ref.key}": send it with the first task`);
  return found;
}

class FinetuneModel implements TrainableModel {
  readonly params: Tensor[];
  readonly trainSize: number;
  penalties: Penalties = { l1: 0, l2: 0 };
  private readonly pre: BertClassifier;
  private readonly rnd: BertClassifier;
  private readonly data: { train: MailRows; test: MailRows };
  private readonly evalEvery: number;
  private readonly testSize: number;
  private readonly finalStep: number;
  private steps = 0;
  private losses: [number, number] = [Number.NaN, Number.NaN];
  private last: FinetuneReport | null = null;

  constructor(task: FinetuneTask) {
    const d = resolve(task.data);
    if (!(Number.isInteger(task.budget) && task.budget >= 2 && task.budget <= d.train.labels.length)) throw new RangeError(`budget must be 2…${d.train.labels.length} mails`);
    this.data = d;
    this.trainSize = task.budget;
    this.evalEvery = Math.max(1, Math.floor(task.evalEvery ?? 10));
    this.finalStep = Math.floor(task.finalStep ?? -1);
    this.testSize = Math.min(d.test.labels.length, Math.max(10, Math.floor(task.testSize ?? 300)));
    const pair = classifierPair(d.checkpoint, task.seed);
    this.pre = pair.pretrained;
    this.rnd = pair.random;
    this.params = [...this.pre.parameters(), ...this.rnd.parameters()];
  }

  trainStep(indices: ArrayLike<number>): number {
    for (const t of this.params) t.grad?.fill(0);
    this.losses = pairGradients(this.pre, this.rnd, this.data.train, indices);
    this.steps += 1;
    return (this.losses[0] + this.losses[1]) / 2;
  }

  evaluate(set: 'train' | 'test'): number | null {
    if (set === 'train') return Number.isNaN(this.losses[0]) ? this.refresh().pretrainedLoss : (this.losses[0] + this.losses[1]) / 2;
    const r = this.refresh();
    return (r.pretrainedLoss + r.randomLoss) / 2;
  }

  private refresh(): FinetuneReport {
    if (!this.last || this.steps - this.last.testStep >= this.evalEvery || (this.steps === this.finalStep && this.last.testStep !== this.steps)) {
      const a = this.pre.evaluate(this.data.test, this.testSize);
      const b = this.rnd.evaluate(this.data.test, this.testSize);
      const nll = (probs: number[]) => probs.reduce((s, p, i) => s - Math.log(Math.max(1e-9, this.data.test.labels[i] ? p : 1 - p)), 0) / probs.length;
      this.last = { testStep: this.steps, pretrainedAccuracy: a.accuracy, randomAccuracy: b.accuracy, pretrainedLoss: nll(a.probs), randomLoss: nll(b.probs), testSize: this.testSize };
    }
    return this.last;
  }

  /** No weights travel to the page (two encoders of 200 k values each, 30 times a second): the report is the point. */
  weights(): WeightSnapshot[] {
    return [];
  }

  report(): ModelReport {
    return { ...this.refresh() };
  }

  grid(): GridSnapshot | null {
    return null;
  }
}

export function buildFinetune(task: FinetuneTask): TrainableModel {
  return new FinetuneModel(task);
}
