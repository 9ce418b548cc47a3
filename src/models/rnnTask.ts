/**
 * The memory task ("I grew up in France … I speak fluent French"): a key token, a
 * gap of distractor tokens, then a query; the answer is the key. A tanh RNN, an
 * LSTM and a GRU are trained side by side on the same batches (independent
 * parameters, summed losses), and accuracy is measured per gap length.
 */
import { softmaxCrossEntropy } from '../engine/losses';
import { linear } from '../engine/ops/matmul';
import { createRng, type Rng } from '../engine/rng';
import { backward, noGrad } from '../engine/tape';
import { Tensor, zeros } from '../engine/tensor';
import { xavierUniform } from '../engine/init';
import { CELL_KINDS, clipGradients, makeCell, type AnyCell, type CellKind } from './rnnCells';
import type { ModelReport, Penalties, TrainableModel, WeightSnapshot } from './types';

/** Everything that defines a memory-task run (plain JSON). */
export interface MemoryTask {
  kind: 'rnnMemory';
  /** Longest gap (distractors between key and query) in training and test, 2…60. */
  maxGap: number;
  /** Hidden units per cell, 2…64. */
  hidden: number;
  /** Training sequences, 16…4096. */
  trainSize: number;
  /** Gap lengths at which accuracy is measured (each ≤ maxGap). */
  testGaps: number[];
  /** Test sequences per gap. */
  testPerGap: number;
  optimizer: { name: 'adam' | 'sgd' | 'rmsprop'; hyper?: Record<string, number> };
  batchSize: number;
  seed: number | string;
  /** Which cells race (default all three). */
  cells?: CellKind[];
}

/** Key tokens (the "country"), distractor tokens, and the query token. */
export const KEYS = 4;
export const DISTRACTORS = 4;
export const VOCAB = KEYS + DISTRACTORS + 1;
export const QUERY = VOCAB - 1;

/** One sequence of token ids (length maxGap + 2) and its answer. */
export interface MemorySequence {
  tokens: number[];
  key: number;
  gap: number;
}

/** A sequence with its key `gap` distractors before the final query; earlier positions are distractors too. */
export function makeSequence(rng: Rng, maxGap: number, gap: number): MemorySequence {
  const T = maxGap + 2;
  const key = rng.int(KEYS);
  const tokens = Array.from({ length: T }, () => KEYS + rng.int(DISTRACTORS));
  tokens[T - 2 - gap] = key;
  tokens[T - 1] = QUERY;
  return { tokens, key, gap };
}

/** One-hot inputs per time step for a batch: xs[t] is [B, VOCAB]. */
export function oneHotSteps(seqs: readonly MemorySequence[]): Tensor[] {
  const T = seqs[0].tokens.length;
  return Array.from({ length: T }, (_, t) => {
    const data = new Float64Array(seqs.length * VOCAB);
    seqs.forEach((s, b) => { data[b * VOCAB + s.tokens[t]] = 1; });
    return new Tensor(data, [seqs.length, VOCAB]);
  });
}

/** A cell plus its read-out layer. */
interface Net {
  cell: AnyCell;
  V: Tensor;
  c: Tensor;
}

function makeNet(kind: CellKind, hidden: number, seed: string | number): Net {
  const rng = createRng(`${String(seed)}:${kind}`);
  const cell = makeCell(kind, VOCAB, hidden, rng);
  const V = xavierUniform([KEYS, hidden], rng, 'V');
  return { cell, V, c: zeros([KEYS], { requiresGrad: true, label: 'c' }) };
}

/** Logits [B, KEYS] read from the last hidden state. */
function logitsOf(net: Net, xs: readonly Tensor[]): Tensor {
  let s = net.cell.initial(xs[0].shape[0]);
  for (const x of xs) s = net.cell.step(x, s).state;
  return linear(s.h, net.V, net.c);
}

function accuracy(logits: Tensor, seqs: readonly MemorySequence[]): number {
  let right = 0;
  seqs.forEach((s, b) => {
    let best = 0;
    for (let k = 1; k < KEYS; k++) if (logits.data[b * KEYS + k] > logits.data[b * KEYS + best]) best = k;
    if (best === s.key) right++;
  });
  return right / seqs.length;
}

/** Validate a memory task; throws RangeError with a readable message. */
export function validateMemoryTask(t: MemoryTask): void {
  const intIn = (v: number, lo: number, hi: number, name: string) => {
    if (!Number.isInteger(v) || v < lo || v > hi) throw new RangeError(`${name} must be an integer in ${lo}…${hi}, got ${String(v)}`);
  };
  intIn(t.maxGap, 2, 60, 'maxGap');
  intIn(t.hidden, 2, 64, 'hidden');
  intIn(t.trainSize, 16, 4096, 'trainSize');
  intIn(t.testPerGap, 1, 512, 'testPerGap');
  for (const g of t.testGaps) intIn(g, 0, t.maxGap, 'test gap');
}

/** Build the three-cell race as something the training runner can step. */
export function buildMemoryRace(task: MemoryTask): TrainableModel {
  validateMemoryTask(task);
  const kinds = task.cells ?? [...CELL_KINDS];
  const nets = kinds.map((k) => makeNet(k, task.hidden, task.seed));
  const dataRng = createRng(`${String(task.seed)}:data`);
  const train = Array.from({ length: task.trainSize }, () => makeSequence(dataRng, task.maxGap, dataRng.int(task.maxGap + 1)));
  const testRng = createRng(`${String(task.seed)}:test`);
  const tests = task.testGaps.map((g) => Array.from({ length: task.testPerGap }, () => makeSequence(testRng, task.maxGap, g)));
  const testXs = tests.map(oneHotSteps);
  const netParams = nets.map((n) => [...n.cell.params(), n.V, n.c]);
  const params = netParams.flat();
  const recent = nets.map(() => Math.log(KEYS));
  let steps = 0;
  let cache: { step: number; report: ModelReport } | null = null;

  const trainStep = (indices: ArrayLike<number>): number => {
    const seqs = Array.from(indices, (i) => train[i]);
    const xs = oneHotSteps(seqs);
    const targets = seqs.map((s) => s.key);
    for (const p of params) p.grad = null;
    let total = 0;
    nets.forEach((net, k) => {
      const loss = softmaxCrossEntropy(logitsOf(net, xs), targets);
      backward(loss);
      clipGradients(netParams[k], 5);
      recent[k] = 0.95 * recent[k] + 0.05 * loss.item();
      total += loss.item();
    });
    steps++;
    return total / nets.length;
  };

  const measure = (): ModelReport => noGrad(() => {
    const acc = nets.map((net) => tests.map((seqs, g) => accuracy(logitsOf(net, testXs[g]), seqs)));
    return { cells: kinds.join(','), gaps: task.testGaps, accuracy: acc, recentLoss: [...recent], measuredAt: steps };
  });

  return {
    params,
    trainSize: task.trainSize,
    penalties: { l1: 0, l2: 0 } as Penalties,
    trainStep,
    // A smoothed running mean of the batch losses: a full pass every snapshot would cost more than training.
    evaluate: (set) => (set === 'train' ? recent.reduce((a, b) => a + b, 0) / recent.length : null),
    weights: (): WeightSnapshot[] => nets.flatMap((net) =>
      [...net.cell.params(), net.V, net.c].map((p) => ({ name: `${net.cell.kind}.${p.label}`, shape: [...p.shape], data: Float64Array.from(p.data) }))),
    grid: () => null,
    report: () => {
      // Accuracy on the test gaps costs a few training steps' time: refresh every 20 steps.
      if (!cache || steps - cache.step >= 20) cache = { step: steps, report: measure() };
      return cache.report;
    },
  };
}

/** A reproducible example sequence whose key is the very first token, `gap` distractors before the query. */
export function exampleSequence(gap: number): MemorySequence {
  return makeSequence(createRng(`example:${gap}`), gap, gap);
}
