/**
 * The deck's character RNN ("hell" → "ello"): h_t = tanh(W h_{t−1} + U x_t),
 * y_t = softmax(V h_t), run by the engine one time step at a time, plus
 * back-propagation through time for one loss E_t split term by term.
 */
import { softmaxCrossEntropy } from '../engine/losses';
import { add } from '../engine/ops/arith';
import { tanh } from '../engine/ops/activation';
import { linear } from '../engine/ops/matmul';
import { softmax } from '../engine/ops/softmax';
import { backward } from '../engine/tape';
import { Tensor, zeros } from '../engine/tensor';

/** A matrix as rows. */
export type Matrix = number[][];

/** The deck's weights (deck 002): W hidden→hidden, U input→hidden, V hidden→output. */
export const HELL = {
  W: [[0.1, 0.5, 0.1], [0.5, 0.9, 0.3], [0.3, 0.2, 0.1]],
  U: [[0.6, 0.8, 0.4, 0.8], [0.2, 0.2, 0.8, 0.7], [0.9, 0.8, 0.1, 0.2]],
  V: [[0.9, 0.8, 0.3], [0.2, 0.3, 0.4], [0.6, 0.9, 0.1], [0.5, 0.0, 0.3]],
  vocab: ['h', 'e', 'l', 'o'],
  word: 'hello',
} as const;

/** Everything computed at one time step t (1-based). */
export interface RnnStep {
  t: number;
  /** Input character and the character it should predict. */
  input: string;
  target: string;
  x: number[];
  hPrev: number[];
  /** W h_{t−1} and U x_t, then their sum a_t. */
  Wh: number[];
  Ux: number[];
  a: number[];
  h: number[];
  /** Scores V h_t and probabilities y_t = softmax(V h_t). */
  logits: number[];
  y: number[];
  /** Cross-entropy −log y_t[target]. */
  loss: number;
}

const asTensor = (m: readonly (readonly number[])[], grad = false, label = '') =>
  new Tensor(Float64Array.from(m.flat()), [m.length, m[0].length], grad, label);

/** Validate a word over the vocabulary: 2…16 known characters. Returns an error key or null. */
export function wordError(word: string, vocab: readonly string[] = HELL.vocab): 'short' | 'long' | 'chars' | null {
  if (word.length < 2) return 'short';
  if (word.length > 16) return 'long';
  return [...word].every((c) => vocab.includes(c)) ? null : 'chars';
}

/** One-hot vector of a character. */
export function oneHotOf(ch: string, vocab: readonly string[] = HELL.vocab): number[] {
  return vocab.map((v) => (v === ch ? 1 : 0));
}

interface Unrolled {
  W: Tensor;
  hs: Tensor[];
  as: Tensor[];
  logits: Tensor[];
  steps: RnnStep[];
}

function unroll(word: string, W: Matrix, U: Matrix, V: Matrix, vocab: readonly string[]): Unrolled {
  const Wt = asTensor(W, true, 'W');
  const Ut = asTensor(U, true, 'U');
  const Vt = asTensor(V, true, 'V');
  const hs: Tensor[] = [zeros([W.length])];
  const as: Tensor[] = [];
  const logits: Tensor[] = [];
  const steps: RnnStep[] = [];
  for (let t = 1; t < word.length; t++) {
    const x = oneHotOf(word[t - 1], vocab);
    const Wh = linear(hs[t - 1], Wt);
    const Ux = linear(new Tensor(Float64Array.from(x), [x.length]), Ut);
    const sum = add(Wh, Ux).named(`a_${t}`);
    const h = tanh(sum).named(`h_${t}`);
    const z = linear(h, Vt);
    const target = vocab.indexOf(word[t]);
    const y = Array.from(softmax(z).data);
    as.push(sum); hs.push(h); logits.push(z);
    steps.push({
      t, input: word[t - 1], target: word[t], x, hPrev: Array.from(hs[t - 1].data), Wh: Array.from(Wh.data), Ux: Array.from(Ux.data),
      a: Array.from(sum.data), h: Array.from(h.data), logits: Array.from(z.data), y, loss: -Math.log(y[target]),
    });
  }
  return { W: Wt, hs, as, logits, steps };
}

/** Forward pass over `word`: inputs word[0…n−2], targets word[1…n−1], h_0 = 0. */
export function rnnForward(word: string, W: Matrix = HELL.W.map((r) => [...r]), U: Matrix = HELL.U.map((r) => [...r]),
  V: Matrix = HELL.V.map((r) => [...r]), vocab: readonly string[] = HELL.vocab): RnnStep[] {
  return unroll(word, W, U, V, vocab).steps;
}

/** One term k of ∂E_t/∂W: δ_k = ∂E_t/∂h_k, g_k = ∂E_t/∂a_k = δ_k ⊙ (1 − h_k²), term = g_k h_{k−1}ᵀ. */
export interface BpttTerm {
  k: number;
  delta: number[];
  g: number[];
  hPrev: number[];
  term: Matrix;
  /** Σ of the terms from t down to k. */
  partial: Matrix;
}

/** BPTT for the loss at step `t` (1-based): the engine's gradients, split into one term per earlier step. */
export function bpttTerms(word: string, t: number, W: Matrix = HELL.W.map((r) => [...r]), U: Matrix = HELL.U.map((r) => [...r]),
  V: Matrix = HELL.V.map((r) => [...r]), vocab: readonly string[] = HELL.vocab): { terms: BpttTerm[]; dEdy: number[]; gradW: Matrix; loss: number } {
  const u = unroll(word, W, U, V, vocab);
  const loss = softmaxCrossEntropy(u.logits[t - 1], vocab.indexOf(word[t]));
  backward(loss);
  const H = W.length;
  const terms: BpttTerm[] = [];
  let partial: Matrix = W.map((r) => r.map(() => 0));
  for (let k = t; k >= 1; k--) {
    const g = Array.from(u.as[k - 1].grad ?? new Float64Array(H));
    const hPrev = Array.from(u.hs[k - 1].data);
    const term = g.map((gi) => hPrev.map((hj) => gi * hj));
    partial = partial.map((row, i) => row.map((v, j) => v + term[i][j]));
    terms.push({ k, delta: Array.from(u.hs[k].grad ?? new Float64Array(H)), g, hPrev, term, partial });
  }
  const gW = u.W.grad ?? new Float64Array(H * H);
  const gradW = W.map((row, i) => row.map((_, j) => gW[i * H + j]));
  const dEdy = Array.from(u.logits[t - 1].grad ?? []);
  return { terms, dEdy, gradW, loss: loss.item() };
}

/** The factor a gradient is scaled by after `steps` steps whose Jacobians all have norm `perStep`. */
export function gradientScaleAfter(perStep: number, steps: number): number {
  return perStep ** steps;
}
