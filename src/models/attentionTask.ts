/**
 * The attention lesson's training task: reverse a string of digits with an
 * attention encoder–decoder ("4096" → "6904"). The correct alignment is known
 * (output i reads input n−1−i, the anti-diagonal), so the learned heatmap can
 * be checked. Data come from a seeded generator; held-out strings never occur
 * in the training set. The trainable model (loss, validation) is in attentionModel.ts,
 * so the lesson, which only decodes with weight snapshots, does not load the training code.
 */
import type { ScoreKind } from '../engine/nn';
import type { OptimizerName } from '../engine/optim/factory';
import { createRng } from '../engine/rng';
import { noGrad } from '../engine/tape';
import { BOS, DIGITS, PAD, Seq2Seq } from './attentionSeq2seq';
import type { WeightSnapshot } from './types';

/** Plain, serialisable description of a run. */
export interface AttentionTask {
  kind: 'attention';
  score: ScoreKind;
  embed: number;
  hidden: number;
  /** Shortest and longest digit strings, 1 ≤ minLen ≤ maxLen ≤ 12. */
  minLen: number;
  maxLen: number;
  trainSize: number;
  testSize: number;
  optimizer: { name: OptimizerName; hyper?: Record<string, number> };
  batchSize: number;
  seed: number | string;
  l1?: number;
  l2?: number;
}

/** The lesson's defaults (measured to reach ≥ 90 % exact match quickly; see the report). */
export const DEFAULT_ATTENTION_TASK: AttentionTask = {
  kind: 'attention', score: 'dot', embed: 12, hidden: 16, minLen: 3, maxLen: 6,
  trainSize: 3000, testSize: 100, optimizer: { name: 'adam', hyper: { lr: 0.02 } }, batchSize: 64, seed: 7,
};

/** Longest input the network accepts. */
export const MAX_LEN = 12;

/** A string of digits → tokens; null if it has a character outside 0–9. */
export function tokenize(text: string): number[] | null {
  const out: number[] = [];
  for (const ch of text) {
    const d = ch.charCodeAt(0) - 48;
    if (ch.length !== 1 || d < 0 || d > 9) return null;
    out.push(d);
  }
  return out;
}

/** The target of the task: the digits reversed. */
export const reverseDigits = (x: readonly number[]): number[] => x.slice().reverse();

/** The true alignment: output position i reads input position n−1−i. */
export const trueAlignment = (n: number, i: number): number => n - 1 - i;

/** Seeded data: `test` strings first (distinct), then `train` strings that avoid them. */
export function makeReversalData(task: Pick<AttentionTask, 'seed' | 'minLen' | 'maxLen' | 'trainSize' | 'testSize'>): { train: number[][]; test: number[][] } {
  const rng = createRng(`${String(task.seed)}:reversal`);
  const draw = () => {
    const n = task.minLen + rng.int(task.maxLen - task.minLen + 1);
    return Array.from({ length: n }, () => rng.int(DIGITS));
  };
  const seen = new Set<string>();
  const test: number[][] = [];
  for (let tries = 0; test.length < task.testSize && tries < task.testSize * 20; tries++) {
    const x = draw();
    if (seen.has(x.join(''))) continue;
    test.push(x);
    seen.add(x.join(''));
  }
  const train: number[][] = [];
  for (let tries = 0; train.length < task.trainSize && tries < task.trainSize * 20; tries++) {
    const x = draw();
    if (!seen.has(x.join(''))) train.push(x);
  }
  return { train, test };
}

/** Pad sequences into a B·T token array (PAD after each). */
export function padBatch(seqs: readonly number[][]): { tokens: Int32Array; B: number; T: number } {
  const B = seqs.length;
  const T = Math.max(...seqs.map((s) => s.length));
  const tokens = new Int32Array(B * T).fill(PAD);
  seqs.forEach((s, b) => tokens.set(s, b * T));
  return { tokens, B, T };
}

/** Greedy translation of several inputs at once: outputs and attention rows α[b][t][i]. */
export function translateBatch(net: Seq2Seq, seqs: readonly number[][]): { outputs: number[][]; attention: number[][][] } {
  return noGrad(() => {
    const { tokens, B, T } = padBatch(seqs);
    const enc = net.encode(tokens, B, T);
    const keys = net.mlpKeys(enc);
    let s = net.initialState(B);
    const prev = new Int32Array(B).fill(BOS);
    const outputs: number[][] = seqs.map(() => []);
    const attention: number[][][] = seqs.map(() => []);
    for (let t = 0; t < T; t++) {
      const step = net.decodeStep(prev, s, enc, keys);
      s = step;
      seqs.forEach((x, b) => {
        const row = step.logits.data.subarray(b * DIGITS, (b + 1) * DIGITS);
        let best = 0;
        for (let k = 1; k < DIGITS; k++) if (row[k] > row[best]) best = k;
        prev[b] = best;
        if (t >= x.length) return;
        outputs[b].push(best);
        attention[b].push(Array.from(step.alpha.data.subarray(b * T, b * T + x.length)));
      });
    }
    return { outputs, attention };
  });
}

/** Fraction of `seqs` reversed exactly (every digit right). */
export function exactMatch(net: Seq2Seq, seqs: readonly number[][]): number {
  if (seqs.length === 0) return 0;
  const { outputs } = translateBatch(net, seqs);
  let ok = 0;
  seqs.forEach((x, b) => (ok += outputs[b].join('') === reverseDigits(x).join('') ? 1 : 0));
  return ok / seqs.length;
}

/** A network with the task's sizes and its seeded initial weights. */
export function buildNetwork(task: AttentionTask): Seq2Seq {
  return new Seq2Seq({ embed: task.embed, hidden: task.hidden, score: task.score }, createRng(`${String(task.seed)}:init`));
}

/** A network for `task` carrying the weights of a training snapshot (same order as `params`). */
export function networkFromWeights(task: AttentionTask, weights: readonly WeightSnapshot[]): Seq2Seq {
  const net = buildNetwork(task);
  if (weights.length !== net.params.length) throw new Error('weights do not match the task');
  net.params.forEach((p, i) => {
    if (weights[i].data.length !== p.size) throw new Error(`weight ${weights[i].name} has the wrong size`);
    p.data.set(weights[i].data);
  });
  return net;
}
