/**
 * The total loss of the deck's "hell" RNN over all time steps, E = Σ_t E_t, and
 * the gradients of every parameter (U, V, W and the biases b, c, here zero as in
 * the deck) as sums over time of one term per step. The engine's autograd on E
 * gives the reference; the per-step terms are read from the same tape.
 */
import { softmaxCrossEntropy } from '../engine/losses';
import { add } from '../engine/ops/arith';
import { tanh } from '../engine/ops/activation';
import { linear } from '../engine/ops/matmul';
import { softmax } from '../engine/ops/softmax';
import { backward } from '../engine/tape';
import { Tensor, zeros } from '../engine/tensor';
import { HELL, oneHotOf, type Matrix } from './rnn';

/** The parameters whose gradients are summed over time. */
export const TOTAL_PARAMS = ['V', 'W', 'U', 'b', 'c'] as const;
export type TotalParam = (typeof TOTAL_PARAMS)[number];

/** One time step t of the total loss. */
export interface TotalStep {
  t: number;
  target: string;
  /** p: the one-hot target, q = y_t: the predicted distribution; E_t = H(p, q) = −Σ p log q. */
  p: number[];
  q: number[];
  loss: number;
  /** ∂E/∂z_t = y_t − p (scores), ∂E/∂a_t (pre-activation, all later losses included). */
  dz: number[];
  da: number[];
  /** This step's term of each parameter's gradient (vectors as one-row matrices). */
  terms: Record<TotalParam, Matrix>;
}

/** What {@link totalLoss} returns. */
export interface TotalLoss {
  steps: TotalStep[];
  /** E = Σ_t E_t. */
  total: number;
  /** Gradients of E from the engine's autograd. */
  grads: Record<TotalParam, Matrix>;
}

const asTensor = (m: readonly (readonly number[])[], label: string) =>
  new Tensor(Float64Array.from(m.flat()), [m.length, m[0].length], true, label);
const rows = (data: ArrayLike<number>, r: number, c: number): Matrix =>
  Array.from({ length: r }, (_, i) => Array.from({ length: c }, (_, j) => data[i * c + j]));
const outer = (a: readonly number[], b: readonly number[]): Matrix => a.map((ai) => b.map((bj) => ai * bj));

/** Forward over `word` with zero biases, E = Σ E_t, backward; returns every step's loss and gradient terms. */
export function totalLoss(word: string): TotalLoss {
  const vocab: readonly string[] = HELL.vocab;
  const W = asTensor(HELL.W, 'W');
  const U = asTensor(HELL.U, 'U');
  const V = asTensor(HELL.V, 'V');
  const H = HELL.W.length;
  const b = zeros([H], { requiresGrad: true, label: 'b' });
  const c = zeros([vocab.length], { requiresGrad: true, label: 'c' });
  const hs: Tensor[] = [zeros([H])];
  const as: Tensor[] = [];
  const zs: Tensor[] = [];
  let E: Tensor | null = null;
  for (let t = 1; t < word.length; t++) {
    const x = new Tensor(Float64Array.from(oneHotOf(word[t - 1])), [vocab.length]);
    const a = add(linear(hs[t - 1], W), linear(x, U, b));
    const h = tanh(a);
    const z = linear(h, V, c);
    const Et = softmaxCrossEntropy(z, vocab.indexOf(word[t]));
    E = E === null ? Et : add(E, Et);
    as.push(a); hs.push(h); zs.push(z);
  }
  if (E === null) throw new Error('totalLoss needs a word of at least 2 characters');
  backward(E);
  const steps = as.map((a, k): TotalStep => {
    const t = k + 1;
    const q = Array.from(softmax(zs[k]).data);
    const p = oneHotOf(word[t]);
    const dz = Array.from(zs[k].grad ?? new Float64Array(vocab.length));
    const da = Array.from(a.grad ?? new Float64Array(H));
    const h = Array.from(hs[t].data);
    return {
      t, target: word[t], p, q, loss: -Math.log(q[vocab.indexOf(word[t])]), dz, da,
      terms: { V: outer(dz, h), W: outer(da, Array.from(hs[t - 1].data)), U: outer(da, oneHotOf(word[t - 1])), b: [da], c: [dz] },
    };
  });
  const g = (p: Tensor, r: number, cols: number) => rows(p.grad ?? new Float64Array(r * cols), r, cols);
  return {
    steps, total: E.item(),
    grads: { V: g(V, vocab.length, H), W: g(W, H, H), U: g(U, H, vocab.length), b: g(b, 1, H), c: g(c, 1, vocab.length) },
  };
}

/** Σ of the terms of `param` for steps 1…upTo. */
export function partialSum(steps: readonly TotalStep[], param: TotalParam, upTo: number): Matrix {
  const first = steps[0].terms[param];
  const acc = first.map((r) => r.map(() => 0));
  for (const s of steps.slice(0, upTo)) s.terms[param].forEach((r, i) => r.forEach((v, j) => (acc[i][j] += v)));
  return acc;
}

/** Cross-entropy H(p, q) = −Σ_x p(x) log q(x) of two distributions (terms with p(x) = 0 contribute 0). */
export function crossEntropy(p: readonly number[], q: readonly number[]): number {
  const sum = p.reduce((s, pi, i) => (pi === 0 ? s : s + pi * Math.log(q[i])), 0);
  return sum === 0 ? 0 : -sum;
}
