/**
 * A restricted Boltzmann machine small enough to show every number: binary visible units v,
 * binary hidden units h, weights W (visible × hidden), visible biases a, hidden biases b.
 *
 *   E(v, h) = −aᵀv − bᵀh − vᵀWh
 *   P(h_j = 1 | v) = σ(b_j + Σ_i v_i W_ij)      P(v_i = 1 | h) = σ(a_i + Σ_j W_ij h_j)
 *
 * One step of contrastive divergence (CD-1) on a training vector v⁰:
 *   positive phase  p⁰ = P(h | v⁰), sample h⁰ (h⁰_j = 1 when a uniform u_j < p⁰_j)
 *   negative phase  P(v | h⁰), sample v¹, then p¹ = P(h | v¹)
 *   update          ΔW = η (v⁰ p⁰ᵀ − v¹ p¹ᵀ),  Δa = η (v⁰ − v¹),  Δb = η (p⁰ − p¹)
 * Sampling draws from a seeded stream per step, so replaying k steps is exact.
 */
import { createRng } from '../engine/rng';

/** Parameters of a small RBM: W[i][j] joins visible i and hidden j. */
export interface Rbm { W: number[][]; a: number[]; b: number[] }

/**
 * The lecture's diagram: three visible and four hidden units, no bias units (a = b = 0).
 * The slide gives no weights; these are ours, small and of both signs.
 */
export const DECK_RBM: Rbm = {
  W: [
    [0.2, -0.5, 0.4, 0.1],
    [-0.3, 0.6, 0.2, -0.4],
    [0.5, 0.1, -0.2, 0.3],
  ],
  a: [0, 0, 0],
  b: [0, 0, 0, 0],
};

/** The training vector of the preset. */
export const DECK_V0 = [1, 0, 1];

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Throws a RangeError unless W is nv × nh with matching biases and finite entries. */
export function validateRbm(r: Rbm): void {
  const nv = r.a.length;
  const nh = r.b.length;
  if (nv < 1 || nh < 1) throw new RangeError('an RBM needs at least one visible and one hidden unit');
  if (r.W.length !== nv || r.W.some((row) => row.length !== nh)) throw new RangeError(`W must be ${nv}×${nh}`);
  if ([...r.a, ...r.b, ...r.W.flat()].some((x) => !Number.isFinite(x))) throw new RangeError('RBM parameters must be finite');
}

/** E(v, h) = −aᵀv − bᵀh − vᵀWh. */
export function energy(r: Rbm, v: readonly number[], h: readonly number[]): number {
  let e = 0;
  for (let i = 0; i < v.length; i++) e -= r.a[i] * v[i];
  for (let j = 0; j < h.length; j++) e -= r.b[j] * h[j];
  for (let i = 0; i < v.length; i++) for (let j = 0; j < h.length; j++) e -= v[i] * r.W[i][j] * h[j];
  return e;
}

/** P(h_j = 1 | v) for every hidden unit j. */
export function hiddenProbs(r: Rbm, v: readonly number[]): number[] {
  return r.b.map((bj, j) => sigmoid(bj + v.reduce((s, vi, i) => s + vi * r.W[i][j], 0)));
}

/** P(v_i = 1 | h) for every visible unit i. */
export function visibleProbs(r: Rbm, h: readonly number[]): number[] {
  return r.a.map((ai, i) => sigmoid(ai + h.reduce((s, hj, j) => s + r.W[i][j] * hj, 0)));
}

/** Everything one CD-1 step reads and writes. */
export interface Cd1Trace {
  /** Parameters before the step. */
  before: Rbm;
  v0: number[];
  /** P(h | v⁰). */
  ph0: number[];
  /** Uniforms drawn to sample h⁰ (h⁰_j = 1 when u_j < p⁰_j). */
  uh: number[];
  h0: number[];
  /** P(v | h⁰). */
  pv1: number[];
  /** Uniforms drawn to sample v¹. */
  uv: number[];
  v1: number[];
  /** P(h | v¹). */
  ph1: number[];
  /** v⁰ p⁰ᵀ and v¹ p¹ᵀ (visible × hidden). */
  pos: number[][];
  neg: number[][];
  dW: number[][];
  da: number[];
  db: number[];
  /** Parameters after the update. */
  after: Rbm;
  /** Σ (v⁰_i − P(v_i | h⁰))², the reconstruction error of this step. */
  recError: number;
}

const outer = (x: readonly number[], y: readonly number[]) => x.map((xi) => y.map((yj) => xi * yj));

/** One CD-1 step with learning rate `lr`, sampling from a stream seeded by `seed` and `step`. */
export function cd1Step(r: Rbm, v0: readonly number[], lr: number, seed: number, step: number): Cd1Trace {
  validateRbm(r);
  if (v0.length !== r.a.length || v0.some((x) => x !== 0 && x !== 1)) throw new RangeError('v⁰ must be a binary vector over the visible units');
  const rng = createRng(`rbm:${seed}:${step}`);
  const ph0 = hiddenProbs(r, v0);
  const uh = ph0.map(() => rng.next());
  const h0 = ph0.map((p, j) => (uh[j] < p ? 1 : 0));
  const pv1 = visibleProbs(r, h0);
  const uv = pv1.map(() => rng.next());
  const v1 = pv1.map((p, i) => (uv[i] < p ? 1 : 0));
  const ph1 = hiddenProbs(r, v1);
  const pos = outer(v0, ph0);
  const neg = outer(v1, ph1);
  const dW = pos.map((row, i) => row.map((x, j) => lr * (x - neg[i][j])));
  const da = v0.map((x, i) => lr * (x - v1[i]));
  const db = ph0.map((p, j) => lr * (p - ph1[j]));
  const after: Rbm = {
    W: r.W.map((row, i) => row.map((w, j) => w + dW[i][j])),
    a: r.a.map((x, i) => x + da[i]),
    b: r.b.map((x, j) => x + db[j]),
  };
  const recError = v0.reduce((s, x, i) => s + (x - pv1[i]) ** 2, 0);
  return { before: r, v0: [...v0], ph0, uh, h0, pv1, uv, v1, ph1, pos, neg, dW, da, db, after, recError };
}

/** `steps` CD-1 steps from `r` on the same training vector: the trace of each (deterministic replay). */
export function cdRun(r: Rbm, v0: readonly number[], lr: number, seed: number, steps: number): Cd1Trace[] {
  const out: Cd1Trace[] = [];
  let cur = r;
  for (let k = 0; k < steps; k++) {
    const t = cd1Step(cur, v0, lr, seed, k);
    out.push(t);
    cur = t.after;
  }
  return out;
}

/** The three phases a CD-1 step is shown in. */
export const CD_PHASES = ['positive', 'negative', 'update'] as const;
export type CdPhase = (typeof CD_PHASES)[number];
