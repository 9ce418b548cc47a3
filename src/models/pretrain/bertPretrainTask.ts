/**
 * The "bertPretrain" training task: the miniature BERT of /pretraining pre-trained live in the training
 * worker (masked LM + next-sentence prediction, losses summed), either continuing from the shipped
 * checkpoint (`init`, decompressed GACK bytes) or from the seeded random initialisation. The held-out
 * score (masked-LM top-1 against the unigram guess, NSP accuracy, MLM loss) is computed here, in the
 * worker, on the page's seeded batches; `scoreOnly` makes a run that never changes the weights, for
 * scoring a model the page holds. Every snapshot carries the weights, so the page can use them.
 */
import { createRng, decodeCheckpoint, loadCheckpointInto, type Rng, type Tensor } from '../../engine';
import type { GridSnapshot, ModelReport, Penalties, TrainableModel, WeightSnapshot } from '../types';
import { MiniBert, type BertConfig } from './bert';
import { bertGradients, evaluateBert } from './bertTrain';
import { sampleBatch, type IdDocument } from './masking';
import { resolvePretrainData, type PretrainData } from './pretrainData';
import { checkCommon, type CommonPretrainFields } from './pretrainCommon';
import { namedWeightSnapshots } from '../weightSnapshot';

export interface BertPretrainTask extends CommonPretrainFields {
  kind: 'bertPretrain';
  config: BertConfig;
}

export interface BertPretrainReport {
  /** Mean training losses since the previous snapshot's step (the last step's when stepping). */
  trainMlm: number;
  trainNsp: number;
  /** Held-out figures and the step they were measured at. */
  valStep: number;
  valMlmAccuracy: number;
  valUnigram: number;
  valNspAccuracy: number;
  valMlmLoss: number;
  masked: number;
  /** [step, train MLM, train NSP, held-out MLM top-1, held-out MLM loss] at every evaluation. */
  curve: number[][];
  fromShipped: number;
}

export function checkBertConfig(c: BertConfig | undefined): BertConfig {
  if (!c || typeof c !== 'object') throw new TypeError('config must be a BERT configuration');
  const int = (v: unknown, lo: number, hi: number, name: string) => {
    if (!(Number.isInteger(v) && (v as number) >= lo && (v as number) <= hi)) throw new RangeError(`config.${name} must be an integer ${lo}…${hi}, got ${String(v)}`);
  };
  int(c.vocabSize, 6, 20000, 'vocabSize'); int(c.dModel, 4, 256, 'dModel'); int(c.layers, 1, 6, 'layers');
  int(c.heads, 1, 16, 'heads'); int(c.maxLen, 8, 128, 'maxLen');
  if (c.dModel % c.heads !== 0) throw new RangeError(`config.dModel (${c.dModel}) must be divisible by config.heads (${c.heads})`);
  return c;
}

class BertPretrainModel implements TrainableModel {
  readonly params: Tensor[];
  readonly trainSize: number;
  penalties: Penalties = { l1: 0, l2: 0 };
  readonly model: MiniBert;
  private readonly docs: { train: IdDocument[]; val: IdDocument[] };
  private readonly rng: Rng;
  private readonly evalEvery: number;
  private readonly evalBatches: number;
  private steps = 0;
  private sum = { mlm: 0, nsp: 0, n: 0 };
  private lastTrain = { mlm: Number.NaN, nsp: Number.NaN };
  private heldOut: { step: number; acc: number; uni: number; nsp: number; loss: number; masked: number } | null = null;
  private readonly curve: number[][] = [];

  constructor(private readonly task: BertPretrainTask) {
    const common = checkCommon(task, 64);
    this.evalEvery = common.evalEvery;
    this.evalBatches = common.evalBatches;
    this.model = new MiniBert(checkBertConfig(task.config), task.seed);
    if (task.init) loadCheckpointInto(decodeCheckpoint(task.init), this.model.namedParameters());
    this.docs = resolvePretrainData(task.data as PretrainData);
    this.trainSize = this.docs.train.length;
    this.rng = createRng(`${String(task.seed)}/batches`);
    this.params = this.model.parameters();
  }

  trainStep(indices: ArrayLike<number>): number {
    for (const t of this.params) t.grad?.fill(0);
    if (this.task.scoreOnly) return this.heldOutNow().loss;
    const { vocabSize, maxLen } = this.model.config;
    const batch = sampleBatch(this.docs.train, this.rng, Math.max(1, indices.length), maxLen, vocabSize);
    const l = bertGradients(this.model, batch);
    this.lastTrain = l;
    this.sum = { mlm: this.sum.mlm + l.mlm, nsp: this.sum.nsp + l.nsp, n: this.sum.n + 1 };
    this.steps += 1;
    return l.mlm + l.nsp;
  }

  /** The page's held-out score: batches of 32 seeded "held-out/k", as the shipped figure was measured. */
  private heldOutNow() {
    if (!this.heldOut || this.steps - this.heldOut.step >= this.evalEvery) {
      let masked = 0, hit = 0, uni = 0, nsp = 0, pairs = 0, nll = 0;
      for (let k = 0; k < this.evalBatches; k++) {
        const e = evaluateBert(this.model, this.docs.val, 5, 1, 32, undefined, `held-out/${k}`);
        masked += e.masked; hit += e.mlmAccuracy * e.masked; uni += e.unigramAccuracy * e.masked;
        nsp += e.nspAccuracy * e.pairs; pairs += e.pairs; nll += e.mlmLoss * e.masked;
      }
      this.heldOut = { step: this.steps, acc: hit / masked, uni: uni / masked, nsp: nsp / pairs, loss: nll / masked, masked };
      const train = this.trainMeans();
      this.curve.push([this.steps, train.mlm, train.nsp, this.heldOut.acc, this.heldOut.loss]);
      if (this.curve.length > 300) this.curve.splice(1, 1);
    }
    return this.heldOut;
  }

  private trainMeans(): { mlm: number; nsp: number } {
    if (this.steps === 0) return { mlm: this.heldOut?.loss ?? Number.NaN, nsp: Math.LN2 };
    return this.sum.n > 0 ? { mlm: this.sum.mlm / this.sum.n, nsp: this.sum.nsp / this.sum.n } : this.lastTrain;
  }

  evaluate(set: 'train' | 'test'): number | null {
    const h = this.heldOutNow();
    const t = this.trainMeans();
    return set === 'test' ? h.loss : t.mlm + t.nsp;
  }

  weights(): WeightSnapshot[] {
    return namedWeightSnapshots(this.model.namedParameters());
  }

  report(): ModelReport {
    const h = this.heldOutNow();
    const t = this.trainMeans();
    this.sum = { mlm: 0, nsp: 0, n: 0 };
    const r: BertPretrainReport = {
      trainMlm: t.mlm, trainNsp: t.nsp, valStep: h.step, valMlmAccuracy: h.acc, valUnigram: h.uni, valNspAccuracy: h.nsp,
      valMlmLoss: h.loss, masked: h.masked, curve: this.curve.map((c) => c.slice()), fromShipped: this.task.init ? 1 : 0,
    };
    return { ...r };
  }

  grid(): GridSnapshot | null {
    return null;
  }
}

export function buildBertPretrain(task: BertPretrainTask): TrainableModel {
  return new BertPretrainModel(task);
}
