/**
 * CD-1 on a mini-batch for a binary RBM stored as engine tensors (W [hidden, visible], so each row
 * is one hidden unit's filter; a [visible]; b [hidden]). Used by the MNIST RBM and by the DBN's
 * greedy layer-wise pre-training. All products go through the engine's matmul/linear without a tape.
 */
import { linear, matmul, transpose } from '../engine/ops';
import type { Rng } from '../engine/rng';
import { noGrad } from '../engine/tape';
import { Tensor } from '../engine/tensor';

export interface RbmTensors { W: Tensor; a: Tensor; b: Tensor }

const sig = (z: number) => 1 / (1 + Math.exp(-z));

function sigmoidInPlace(t: Tensor): Float64Array {
  const d = t.data as Float64Array;
  for (let i = 0; i < d.length; i++) d[i] = sig(d[i]);
  return d;
}

function sample(p: Float64Array, rng: Rng): Float64Array {
  const out = new Float64Array(p.length);
  for (let i = 0; i < p.length; i++) out[i] = rng.next() < p[i] ? 1 : 0;
  return out;
}

/** Adds lr·delta(i) to t (or writes −delta(i) to t.grad when lr is 'grad'). */
function apply(t: Tensor, delta: (i: number) => number, lr: number | 'grad'): void {
  if (lr === 'grad') {
    const g = (t.grad ??= new Float64Array(t.size));
    for (let i = 0; i < t.size; i++) g[i] = -delta(i);
  } else {
    for (let i = 0; i < t.size; i++) t.data[i] += lr * delta(i);
  }
}

/** P(h = 1 | v) for a batch v [B, visible] → [B, hidden]. */
export function hiddenGiven(r: RbmTensors, v: Float64Array, B: number): Float64Array {
  return noGrad(() => sigmoidInPlace(linear(new Tensor(v, [B, r.W.shape[1]]), r.W, r.b)));
}

/** P(v = 1 | h) for a batch h [B, hidden] → [B, visible]. */
export function visibleGiven(r: RbmTensors, h: Float64Array, B: number): Float64Array {
  return noGrad(() => {
    const pv = matmul(new Tensor(h, [B, r.W.shape[0]]), r.W);
    const d = pv.data as Float64Array;
    const nv = r.a.size;
    for (let k = 0; k < B; k++) for (let i = 0; i < nv; i++) d[k * nv + i] += r.a.data[i];
    return sigmoidInPlace(pv);
  });
}

/**
 * One CD-1 step: W += η(⟨p⁰ v⁰ᵀ⟩ − ⟨p¹ v¹ᵀ⟩), a += η⟨v⁰ − v¹⟩, b += η⟨p⁰ − p¹⟩ (means over the batch;
 * h⁰ and v¹ are sampled). With `lr` a number the update is applied in place; with `'grad'` the
 * negated statistics are written to each tensor's `grad` instead (so an optimizer with learning
 * rate η takes the same step). Returns the mean squared reconstruction error per visible unit,
 * mean over the batch of Σ(v⁰ − P(v|h⁰))² / visible.
 */
export function cd1Batch(r: RbmTensors, v0: Float64Array, B: number, lr: number | 'grad', rng: Rng): number {
  const nv = r.W.shape[1];
  const ph0 = hiddenGiven(r, v0, B);
  const pv1 = visibleGiven(r, sample(ph0, rng), B);
  const v1 = sample(pv1, rng);
  const ph1 = hiddenGiven(r, v1, B);
  const nh = r.W.shape[0];
  noGrad(() => {
    const pos = matmul(transpose(new Tensor(ph0, [B, nh])), new Tensor(v0, [B, nv])).data;
    const neg = matmul(transpose(new Tensor(ph1, [B, nh])), new Tensor(v1, [B, nv])).data;
    apply(r.W, (i) => (pos[i] - neg[i]) / B, lr);
  });
  apply(r.a, (i) => { let s = 0; for (let k = 0; k < B; k++) s += v0[k * nv + i] - v1[k * nv + i]; return s / B; }, lr);
  apply(r.b, (j) => { let s = 0; for (let k = 0; k < B; k++) s += ph0[k * nh + j] - ph1[k * nh + j]; return s / B; }, lr);
  let se = 0;
  for (let i = 0; i < v0.length; i++) se += (v0[i] - pv1[i]) ** 2;
  return se / (B * nv);
}

/** Mean squared error per visible unit of one mean-field reconstruction v → P(h|v) → P(v|h). */
export function reconError(r: RbmTensors, v: Float64Array, B: number): number {
  const pv = visibleGiven(r, hiddenGiven(r, v, B), B);
  let se = 0;
  for (let i = 0; i < v.length; i++) se += (v[i] - pv[i]) ** 2;
  return se / v.length;
}

/** Runs Gibbs chains v → h → v from `v` (B rows, sampled), returning P(v|h) after each step in `keep`. */
export function gibbsChain(r: RbmTensors, v: Float64Array, B: number, keep: readonly number[], rng: Rng): Float64Array[] {
  const out: Float64Array[] = [];
  let cur = v;
  const last = Math.max(...keep);
  for (let s = 1; s <= last; s++) {
    const pv = visibleGiven(r, sample(hiddenGiven(r, cur, B), rng), B);
    if (keep.includes(s)) out.push(pv);
    cur = sample(pv, rng);
  }
  return out;
}
