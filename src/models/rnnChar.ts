/**
 * A character-level language model: one recurrent cell reads a text one
 * character at a time and predicts the next one. Trained on windows of the
 * text with truncated back-propagation through time; samples text with a
 * temperature so the page can show it learning to spell.
 */
import { xavierUniform } from '../engine/init';
import { softmaxCrossEntropy } from '../engine/losses';
import { add, scale } from '../engine/ops';
import { linear } from '../engine/ops/matmul';
import { createRng, type Rng } from '../engine/rng';
import { backward, noGrad } from '../engine/tape';
import { Tensor, zeros } from '../engine/tensor';
import { clipGradients, makeCell, type AnyCell, type CellKind } from './rnnCells';
import type { ModelReport, Penalties, TrainableModel, WeightSnapshot } from './types';

/** A character-model run (plain JSON). */
export interface CharTask {
  kind: 'rnnChar';
  /** The training text (20…20 000 characters). */
  text: string;
  cell: CellKind;
  /** Hidden units, 4…128. */
  hidden: number;
  /** Characters per training window (the BPTT length), 4…64. */
  seqLen: number;
  /** Temperatures at which samples are reported. */
  temperatures: number[];
  /** Characters per sample. */
  sampleLength: number;
  optimizer: { name: 'adam' | 'sgd' | 'rmsprop'; hyper?: Record<string, number> };
  batchSize: number;
  seed: number | string;
}

/** The sorted distinct characters of a text. */
export function vocabularyOf(text: string): string[] {
  return [...new Set(text)].sort();
}

/** Draw an index from softmax(logits / temperature); temperature → 0 is argmax. */
export function sampleIndex(logits: ArrayLike<number>, temperature: number, rng: Rng): number {
  const n = logits.length;
  let best = 0;
  for (let k = 1; k < n; k++) if (logits[k] > logits[best]) best = k;
  if (!(temperature > 1e-3)) return best;
  const p = new Float64Array(n);
  let s = 0;
  for (let k = 0; k < n; k++) s += (p[k] = Math.exp((logits[k] - logits[best]) / temperature));
  let u = rng.next() * s;
  for (let k = 0; k < n; k++) if ((u -= p[k]) < 0) return k;
  return n - 1;
}

/** Validate a character task; throws RangeError with a readable message. */
export function validateCharTask(t: CharTask): void {
  if (typeof t.text !== 'string' || t.text.length < 20 || t.text.length > 20000) throw new RangeError('text must have 20…20 000 characters');
  if (!Number.isInteger(t.hidden) || t.hidden < 4 || t.hidden > 128) throw new RangeError('hidden must be an integer in 4…128');
  if (!Number.isInteger(t.seqLen) || t.seqLen < 4 || t.seqLen > 64 || t.seqLen >= t.text.length) throw new RangeError('seqLen must be an integer in 4…64, shorter than the text');
}

function oneHot(ids: readonly number[], V: number): Tensor {
  const d = new Float64Array(ids.length * V);
  ids.forEach((id, b) => { d[b * V + id] = 1; });
  return new Tensor(d, [ids.length, V]);
}

interface CharNet { cell: AnyCell; Wy: Tensor; by: Tensor; V: number }

/** Sample `length` characters starting from `start` (a character of the vocabulary). */
function sample(net: CharNet, vocab: readonly string[], start: number, length: number, temperature: number, rng: Rng): string {
  return noGrad(() => {
    let s = net.cell.initial(1);
    let id = start;
    let out = vocab[start];
    for (let t = 0; t < length; t++) {
      s = net.cell.step(oneHot([id], net.V), s).state;
      id = sampleIndex(linear(s.h, net.Wy, net.by).data, temperature, rng);
      out += vocab[id];
    }
    return out;
  });
}

/** Build a character model the training runner can step. */
export function buildCharModel(task: CharTask): TrainableModel {
  validateCharTask(task);
  const vocab = vocabularyOf(task.text);
  const V = vocab.length;
  const ids = Array.from(task.text, (ch) => vocab.indexOf(ch));
  const rng = createRng(`${String(task.seed)}:char`);
  const net: CharNet = { cell: makeCell(task.cell, V, task.hidden, rng), Wy: xavierUniform([V, task.hidden], rng, 'Wy'), by: zeros([V], { requiresGrad: true, label: 'by' }), V };
  const params = [...net.cell.params(), net.Wy, net.by];
  const stride = Math.max(1, Math.floor(task.seqLen / 2));
  const starts: number[] = [];
  for (let p = 0; p + task.seqLen + 1 <= ids.length; p += stride) starts.push(p);
  let recent = Math.log(V);
  let steps = 0;
  let cache: { step: number; report: ModelReport } | null = null;

  const trainStep = (indices: ArrayLike<number>): number => {
    const batch = Array.from(indices, (i) => starts[i]);
    let s = net.cell.initial(batch.length);
    let total: Tensor | null = null;
    for (let t = 0; t < task.seqLen; t++) {
      s = net.cell.step(oneHot(batch.map((p) => ids[p + t]), V), s).state;
      const loss = softmaxCrossEntropy(linear(s.h, net.Wy, net.by), batch.map((p) => ids[p + t + 1]));
      total = total ? add(total, loss) : loss;
    }
    const mean = scale(total!, 1 / task.seqLen);
    for (const p of params) p.grad = null;
    backward(mean);
    clipGradients(params, 5);
    recent = steps === 0 ? mean.item() : 0.95 * recent + 0.05 * mean.item();
    steps++;
    return mean.item();
  };

  const report = (): ModelReport => {
    if (cache && steps - cache.step < 40) return cache.report;
    const samples = task.temperatures.map((temp, k) =>
      sample(net, vocab, ids[0], task.sampleLength, temp, createRng(`${String(task.seed)}:sample:${k}:${steps}`)));
    cache = { step: steps, report: { temperatures: task.temperatures, samples, recentLoss: recent, vocabSize: V, measuredAt: steps } };
    return cache.report;
  };

  return {
    params,
    trainSize: starts.length,
    penalties: { l1: 0, l2: 0 } as Penalties,
    trainStep,
    // A smoothed running mean of the batch losses (nats per character).
    evaluate: (set) => (set === 'train' ? recent : null),
    weights: (): WeightSnapshot[] => params.map((p) => ({ name: p.label, shape: [...p.shape], data: Float64Array.from(p.data) })),
    grid: () => null,
    report,
  };
}
