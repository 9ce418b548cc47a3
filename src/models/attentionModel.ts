/**
 * The worker side of the attention task: validation, the teacher-forced loss and the
 * trainable model (see attentionTask.ts for the task, its data and decoding).
 */
import { softmaxCrossEntropy } from '../engine/losses';
import { isOptimizerName } from '../engine/optim/factory';
import { concat } from '../engine/ops/shape';
import { scale } from '../engine/ops/math';
import { backward, noGrad } from '../engine/tape';
import { Tensor } from '../engine/tensor';
import { BOS, DIGITS, type Seq2Seq } from './attentionSeq2seq';
import { buildNetwork, exactMatch, makeReversalData, MAX_LEN, padBatch, translateBatch, type AttentionTask } from './attentionTask';
import type { ModelReport, Penalties, TrainableModel, WeightSnapshot } from './types';

/** @throws Error naming the first problem of a task. */
export function validateAttentionTask(t: AttentionTask): void {
  const fail = (msg: string): never => {
    throw new Error(`invalid attention task: ${msg}`);
  };
  const int = (v: unknown, lo: number, hi: number) => typeof v === 'number' && Number.isInteger(v) && v >= lo && v <= hi;
  if (!['dot', 'scaledDot', 'bilinear', 'mlp'].includes(t.score)) fail(`unknown score "${String(t.score)}"`);
  if (!int(t.embed, 1, 128) || !int(t.hidden, 1, 128)) fail('embed and hidden must be integers in 1…128');
  if (!int(t.minLen, 1, MAX_LEN) || !int(t.maxLen, t.minLen, MAX_LEN)) fail(`need 1 ≤ minLen ≤ maxLen ≤ ${MAX_LEN}`);
  if (!int(t.trainSize, 1, 100000) || !int(t.testSize, 0, 10000)) fail('trainSize 1…100000, testSize 0…10000');
  if (!t.optimizer || !isOptimizerName(t.optimizer.name)) fail(`unknown optimizer "${String(t.optimizer?.name)}"`);
  if (!(typeof t.batchSize === 'number' && t.batchSize >= 0)) fail('batchSize must be ≥ 0');
}

/** Teacher-forced mean cross-entropy per output digit (a scalar on the tape). */
export function sequenceLoss(net: Seq2Seq, seqs: readonly number[][]): Tensor {
  const { tokens, B, T } = padBatch(seqs);
  const enc = net.encode(tokens, B, T);
  const keys = net.mlpKeys(enc);
  let s = net.initialState(B);
  const prev = new Int32Array(B).fill(BOS);
  const logits: Tensor[] = [];
  const target = new Float64Array(T * B * DIGITS);
  let count = 0;
  for (let t = 0; t < T; t++) {
    const step = net.decodeStep(prev, s, enc, keys);
    s = step;
    logits.push(step.logits);
    seqs.forEach((x, b) => {
      const y = t < x.length ? x[x.length - 1 - t] : BOS;
      if (t < x.length) {
        target[(t * B + b) * DIGITS + y] = 1;
        count++;
      }
      prev[b] = y;
    });
  }
  const all = concat(logits, 0);
  return scale(softmaxCrossEntropy(all, new Tensor(target, all.shape)), (T * B) / count);
}

/** Loss on at most this many fixed training examples per snapshot (keeps snapshots cheap). */
const EVAL_SAMPLE = 200;

/** The trainable model the worker runs for an {@link AttentionTask}. */
export class AttentionModel implements TrainableModel {
  readonly net: Seq2Seq;
  readonly params: Tensor[];
  readonly trainSize: number;
  penalties: Penalties;
  readonly train: number[][];
  readonly test: number[][];

  constructor(readonly task: AttentionTask) {
    validateAttentionTask(task);
    this.net = buildNetwork(task);
    this.params = this.net.params;
    ({ train: this.train, test: this.test } = makeReversalData(task));
    this.trainSize = this.train.length;
    this.penalties = { l1: task.l1 ?? 0, l2: task.l2 ?? 0 };
  }

  trainStep(indices: ArrayLike<number>): number {
    for (const p of this.params) p.grad?.fill(0);
    const loss = sequenceLoss(this.net, Array.from(indices, (i) => this.train[i]));
    backward(loss);
    return loss.data[0];
  }

  evaluate(set: 'train' | 'test'): number | null {
    const data = set === 'train' ? this.train.slice(0, EVAL_SAMPLE) : this.test;
    if (data.length === 0) return null;
    return noGrad(() => sequenceLoss(this.net, data).data[0]);
  }

  weights(): WeightSnapshot[] {
    return this.params.map((p) => ({ name: p.label, shape: p.shape.slice(), data: Float64Array.from(p.data) }));
  }

  grid(): null {
    return null;
  }

  /** Held-out exact match and, for the first held-out string, the translation and its attention rows. */
  report(): ModelReport {
    const em = exactMatch(this.net, this.test);
    const sample = this.test[0] ?? [1, 2, 3];
    const { outputs, attention } = translateBatch(this.net, [sample]);
    return { exactMatch: em, sampleInput: sample.join(''), sampleOutput: outputs[0].join(''), sampleAttention: attention[0] };
  }
}

/** Build the model for a task (validates it). */
export function buildAttentionModel(task: AttentionTask): AttentionModel {
  return new AttentionModel(task);
}
