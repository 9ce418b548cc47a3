/**
 * The "bilstmLm" training task: the ELMo-style forward + backward LSTM language model of /pretraining
 * trained live in the training worker, from the shipped checkpoint (`init`) or from random
 * initialisation. Training uses the script's sampled targets (a few next/previous words per sentence);
 * the held-out losses use every word of seeded validation batches. Snapshots carry the weights.
 */
import { createRng, decodeCheckpoint, loadCheckpointInto, noGrad, type Rng, type Tensor } from '../../engine';
import type { GridSnapshot, ModelReport, Penalties, TrainableModel, WeightSnapshot } from '../types';
import { BiLstmLm, packSentences, type BiLstmConfig } from './bilstm';
import { resolvePretrainData, type PretrainData } from './pretrainData';
import { checkCommon, type CommonPretrainFields } from './pretrainCommon';
import { namedWeightSnapshots } from '../weightSnapshot';

export interface BilstmLmTask extends CommonPretrainFields {
  kind: 'bilstmLm';
  config: BiLstmConfig;
  /** Words kept per sentence (default 20). */
  maxWords?: number;
  /** Target words sampled per sentence and direction in training (default 4). */
  sampled?: number;
}

export interface BilstmLmReport {
  trainFwd: number;
  trainBwd: number;
  valStep: number;
  valFwd: number;
  valBwd: number;
  /** [step, train forward, train backward, held-out forward, held-out backward] per evaluation (nats/word). */
  curve: number[][];
  fromShipped: number;
}

class BilstmModel implements TrainableModel {
  readonly params: Tensor[];
  readonly trainSize: number;
  penalties: Penalties = { l1: 0, l2: 0 };
  readonly model: BiLstmLm;
  private readonly train: number[][];
  private readonly val: number[][];
  private readonly rng: Rng;
  private readonly evalEvery: number;
  private readonly evalBatches: number;
  private readonly maxWords: number;
  private readonly sampled: number;
  private steps = 0;
  private sum = { f: 0, b: 0, n: 0 };
  private lastTrain = { f: Number.NaN, b: Number.NaN };
  private heldOut: { step: number; f: number; b: number } | null = null;
  private readonly curve: number[][] = [];

  constructor(private readonly task: BilstmLmTask) {
    const common = checkCommon(task, 64, 8);
    this.evalEvery = common.evalEvery;
    this.evalBatches = common.evalBatches;
    const c = task.config;
    if (!c || !(Number.isInteger(c.vocabSize) && c.vocabSize >= 6 && c.vocabSize <= 20000)) throw new RangeError(`config.vocabSize must be an integer 6…20000, got ${String(c?.vocabSize)}`);
    if (!(Number.isInteger(c.dim) && c.dim >= 2 && c.dim <= 256)) throw new RangeError(`config.dim must be an integer 2…256, got ${String(c.dim)}`);
    this.maxWords = task.maxWords ?? 20;
    this.sampled = task.sampled ?? 4;
    if (!(Number.isInteger(this.maxWords) && this.maxWords >= 2 && this.maxWords <= 64)) throw new RangeError(`maxWords must be an integer 2…64, got ${String(task.maxWords)}`);
    if (!(Number.isInteger(this.sampled) && this.sampled >= 1)) throw new RangeError(`sampled must be a positive integer, got ${String(task.sampled)}`);
    this.model = new BiLstmLm(c, task.seed);
    if (task.init) loadCheckpointInto(decodeCheckpoint(task.init), this.model.namedParameters());
    const docs = resolvePretrainData(task.data as PretrainData);
    this.train = docs.train.flat().filter((s) => s.length > 1);
    this.val = docs.val.flat().filter((s) => s.length > 1);
    this.trainSize = this.train.length;
    this.rng = createRng(`${String(task.seed)}/batches`);
    this.params = this.model.parameters();
  }

  trainStep(indices: ArrayLike<number>): number {
    for (const t of this.params) t.grad?.fill(0);
    if (this.task.scoreOnly) { const h = this.heldOutNow(); return h.f + h.b; }
    const B = Math.max(1, indices.length);
    const batch = packSentences(Array.from({ length: B }, () => this.train[this.rng.int(this.train.length)]), this.maxWords);
    const l = this.model.gradients(batch, { rng: this.rng, k: this.sampled });
    this.lastTrain = { f: l.fwd, b: l.bwd };
    this.sum = { f: this.sum.f + l.fwd, b: this.sum.b + l.bwd, n: this.sum.n + 1 };
    this.steps += 1;
    return l.fwd + l.bwd;
  }

  /** Held-out losses on seeded batches of 24 validation sentences (as the training script measures them). */
  private heldOutNow() {
    if (!this.heldOut || this.steps - this.heldOut.step >= this.evalEvery) {
      const rng = createRng('held-out');
      let f = 0, b = 0;
      noGrad(() => {
        for (let k = 0; k < this.evalBatches; k++) {
          const l = this.model.loss(packSentences(Array.from({ length: 24 }, () => this.val[rng.int(this.val.length)]), this.maxWords));
          f += l.fwd.data[0]; b += l.bwd.data[0];
        }
      });
      this.heldOut = { step: this.steps, f: f / this.evalBatches, b: b / this.evalBatches };
      const t = this.trainMeans();
      this.curve.push([this.steps, t.f, t.b, this.heldOut.f, this.heldOut.b]);
      if (this.curve.length > 300) this.curve.splice(1, 1);
    }
    return this.heldOut;
  }

  private trainMeans(): { f: number; b: number } {
    if (this.steps === 0) return { f: this.heldOut?.f ?? Number.NaN, b: this.heldOut?.b ?? Number.NaN };
    return this.sum.n > 0 ? { f: this.sum.f / this.sum.n, b: this.sum.b / this.sum.n } : this.lastTrain;
  }

  evaluate(set: 'train' | 'test'): number | null {
    const h = this.heldOutNow();
    const t = this.trainMeans();
    return set === 'test' ? h.f + h.b : t.f + t.b;
  }

  weights(): WeightSnapshot[] {
    return namedWeightSnapshots(this.model.namedParameters());
  }

  report(): ModelReport {
    const h = this.heldOutNow();
    const t = this.trainMeans();
    this.sum = { f: 0, b: 0, n: 0 };
    const r: BilstmLmReport = { trainFwd: t.f, trainBwd: t.b, valStep: h.step, valFwd: h.f, valBwd: h.b, curve: this.curve.map((c) => c.slice()), fromShipped: this.task.init ? 1 : 0 };
    return { ...r };
  }

  grid(): GridSnapshot | null {
    return null;
  }
}

export function buildBilstmLm(task: BilstmLmTask): TrainableModel {
  return new BilstmModel(task);
}
