/**
 * The "gpt" training task: the lesson's decoder-only transformer trained on the Brown corpus in the
 * training worker. The page sends the training and held-out sentences once (one string each, lines
 * joined by "\n") under `data.key`; they are tokenised here, in the worker, and cached per realm, so
 * a restart sends only the key. `init` (checkpoint bytes) starts from the shipped weights.
 *
 * Metrics ride in the snapshot's `report` (see {@link GptReport}): the loss curves, the validation
 * loss on the fixed held-out windows, and a sample of generated text every few seconds.
 */
import { backward, createRng, decodeCheckpoint, loadCheckpointInto, noGrad, releaseGraph, type OptimizerName, type Tensor } from '../../engine';
import type { GridSnapshot, ModelReport, Penalties, TrainableModel, WeightSnapshot } from '../types';
import { BOS, Tokenizer, type BpeModel } from './bpe';
import { evenStarts, windowsAt, type Batch } from './corpus';
import { Gpt, type GptConfig } from './gpt';
import { generate } from './sampling';
import { namedWeightSnapshots } from '../weightSnapshot';

/** Sentences joined by "\n", as a string or as its UTF-8 bytes (bytes clone as one memcpy, cheaper on the page). */
export type GptText = string | Uint8Array;

export interface GptDataRef { key: string; train?: GptText; validation?: GptText }

const asText = (t: GptText) => (typeof t === 'string' ? t : new TextDecoder().decode(t));

export interface GptTask {
  kind: 'gpt';
  /** Architecture without `vocab` (it is the tokenizer's size). */
  arch: Omit<GptConfig, 'vocab'>;
  bpe: BpeModel;
  data: GptDataRef;
  /** Checkpoint bytes (the GACK format) to start from; a fresh seeded model when absent. */
  init?: Uint8Array;
  optimizer: { name: OptimizerName; hyper?: Record<string, number> };
  /** Windows per step (1…64). */
  batchSize: number;
  seed: number | string;
  /** Steps between validation evaluations (default 25). */
  evalEvery?: number;
  /** Windows in the fixed validation sample (default 64). */
  valWindows?: number;
  /** Milliseconds between generated samples (default 3000); 0 = at every snapshot; negative = never. */
  sampleMs?: number;
}

export interface GptReport {
  /** Validation loss (nats/token) on the fixed held-out windows, and the step it was measured at. */
  valLoss: number;
  valStep: number;
  /** Exponentially smoothed mini-batch loss (0.95 decay). */
  trainLoss: number;
  /** [step, train loss, validation loss] at every evaluation. */
  curve: number[][];
  /** Generated text (from ⟨s⟩, temperature 0.8, top-k 40) and the step it came from. */
  sample: string;
  sampleStep: number;
  /** [layers, heads, dModel, context] of the run. */
  arch: number[];
  /** Trainable parameters and tokens in the training stream. */
  params: number;
  trainTokens: number;
  valTokens: number;
}

const cache = new Map<string, { train: Int32Array; val: Int32Array }>();

function resolveData(ref: GptDataRef, tok: Tokenizer, bpeKey: string) {
  const key = `${ref.key}|${bpeKey}`;
  if (ref.train !== undefined && ref.validation !== undefined && !cache.has(key)) {
    const train = tok.encodeCorpus(asText(ref.train).split('\n').filter((s) => s !== ''));
    const val = tok.encodeCorpus(asText(ref.validation).split('\n').filter((s) => s !== ''));
    cache.set(key, { train, val });
  }
  const found = cache.get(key);
  if (!found) throw new Error(`no text under key "${ref.key}": send the sentences with the first task`);
  return found;
}

class GptModel implements TrainableModel {
  readonly params: Tensor[];
  readonly trainSize: number;
  penalties: Penalties = { l1: 0, l2: 0 };
  readonly model: Gpt;
  private readonly tok: Tokenizer;
  private readonly data: { train: Int32Array; val: Int32Array };
  private readonly valBatch: Batch;
  private readonly evalEvery: number;
  private steps = 0;
  private ema = Number.NaN;
  private readonly curve: number[][] = [];
  private last = { step: -1, loss: Number.NaN };
  private sample = { step: -1, text: '', at: -Infinity };

  constructor(private readonly task: GptTask) {
    if (!(Number.isInteger(task.batchSize) && task.batchSize >= 1 && task.batchSize <= 64)) throw new RangeError('batchSize must be 1…64');
    this.tok = new Tokenizer(task.bpe);
    this.model = new Gpt({ ...task.arch, vocab: this.tok.size }, task.seed);
    if (task.init) loadCheckpointInto(decodeCheckpoint(task.init), this.model.namedParameters());
    this.data = resolveData(task.data, this.tok, `${task.bpe.alphabet.join('')}:${task.bpe.merges.length}`);
    const T = task.arch.context;
    this.trainSize = Math.floor((this.data.train.length - 1) / T) - 1;
    this.valBatch = windowsAt(this.data.val, evenStarts(this.data.val.length, task.valWindows ?? 64, T), T);
    this.evalEvery = Math.max(1, Math.floor(task.evalEvery ?? 25));
    this.params = this.model.parameters();
  }

  trainStep(indices: ArrayLike<number>): number {
    for (const t of this.params) t.grad?.fill(0);
    const T = this.task.arch.context;
    const b = windowsAt(this.data.train, Array.from(indices, (i) => i * T), T);
    const loss = this.model.loss(b.inputs, b.targets, b.B, T);
    backward(loss);
    const v = loss.data[0];
    // The step's activations and their gradients are dead now: their arrays serve the next step.
    releaseGraph(loss);
    this.steps += 1;
    this.ema = Number.isNaN(this.ema) ? v : 0.95 * this.ema + 0.05 * v;
    return v;
  }

  /** Mean loss on the fixed validation windows, in chunks of 16. */
  private validate(): number {
    const { B, T, inputs, targets } = this.valBatch;
    return noGrad(() => {
      let s = 0;
      for (let r = 0; r < B; r += 16) {
        const n = Math.min(16, B - r);
        s += this.model.loss(inputs.subarray(r * T, (r + n) * T), targets.subarray(r * T, (r + n) * T), n, T).data[0] * n;
      }
      return s / B;
    });
  }

  private refresh() {
    if (this.last.step < 0 || this.steps - this.last.step >= this.evalEvery) {
      this.last = { step: this.steps, loss: this.validate() };
      this.curve.push([this.steps, this.steps === 0 ? this.last.loss : this.ema, this.last.loss]);
      if (this.curve.length > 400) this.curve.splice(1, 1);
    }
    return this.last;
  }

  evaluate(set: 'train' | 'test'): number | null {
    const v = this.refresh();
    return set === 'train' && this.steps > 0 ? this.ema : v.loss;
  }

  private refreshSample(): void {
    const now = globalThis.performance.now();
    const every = this.task.sampleMs ?? 3000;
    if (every < 0 || this.sample.step === this.steps || now - this.sample.at < every) return;
    const ids = generate(this.model, [BOS], 40, createRng(`sample:${this.steps}`), { temperature: 0.8, topK: 40 });
    this.sample = { step: this.steps, text: this.tok.decode(ids), at: now };
  }

  weights(): WeightSnapshot[] {
    return namedWeightSnapshots(this.model.namedParameters());
  }

  report(): ModelReport {
    const v = this.refresh();
    this.refreshSample();
    const r: GptReport = {
      valLoss: v.loss, valStep: v.step, trainLoss: this.steps === 0 ? v.loss : this.ema, curve: this.curve.map((row) => row.slice()),
      sample: this.sample.text, sampleStep: this.sample.step,
      arch: [this.task.arch.layers, this.task.arch.heads, this.task.arch.dModel, this.task.arch.context],
      params: this.params.reduce((n, p) => n + p.size, 0), trainTokens: this.data.train.length, valTokens: this.data.val.length,
    };
    return { ...r };
  }

  grid(): GridSnapshot | null {
    return null;
  }
}

/** Build the trainable GPT for a task. @throws RangeError/Error for an invalid task, checkpoint or missing data. */
export function buildGpt(task: GptTask): TrainableModel {
  return new GptModel(task);
}
