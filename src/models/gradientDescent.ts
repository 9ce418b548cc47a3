/**
 * Gradient descent for a linear unit o = w₀ + w₁x on 1-D data, with the error E[w] = ½Σ_d(t_d − o_d)² and its
 * gradient ∂E/∂wᵢ = Σ_d(t_d − o_d)(−x_{i,d}) (x₀ = 1). Batch, stochastic and mini-batch runs all update the
 * weights with the engine's SGD optimizer, the same code that trains the networks of later lessons.
 */
import { createOptimizer } from '../engine/optim/factory';
import { createRng } from '../engine/rng';

/** A training example (x, t). */
export interface RegPoint { x: number; t: number }

/** [w₀, w₁]. */
export type LinWeights = [number, number];

export const linearOutput = (w: readonly number[], x: number) => w[0] + w[1] * x;

/** E[w] = ½ Σ_d (t_d − o_d)² over `points` (or the examples at `indices`). */
export function sumSquaredError(w: readonly number[], points: readonly RegPoint[], indices?: readonly number[]): number {
  let e = 0;
  const idx = indices ?? points.map((_, i) => i);
  for (const i of idx) {
    const r = points[i].t - linearOutput(w, points[i].x);
    e += r * r;
  }
  return e / 2;
}

/** ∇E = [Σ_d (t_d − o_d)(−1), Σ_d (t_d − o_d)(−x_d)] over `points` (or the examples at `indices`). */
export function errorGradient(w: readonly number[], points: readonly RegPoint[], indices?: readonly number[]): LinWeights {
  const g: LinWeights = [0, 0];
  const idx = indices ?? points.map((_, i) => i);
  for (const i of idx) {
    const r = points[i].t - linearOutput(w, points[i].x);
    g[0] -= r;
    g[1] -= r * points[i].x;
  }
  return g;
}

/** One batch gradient-descent step by hand: w ← w − η∇E (what the exercise asks). */
export function gradientStep(w: readonly number[], points: readonly RegPoint[], eta: number) {
  const grad = errorGradient(w, points);
  return { grad, error: sumSquaredError(w, points), next: [w[0] - eta * grad[0], w[1] - eta * grad[1]] as LinWeights };
}

/** Batch (all examples per update), stochastic (one) or mini-batch (`batchSize`) gradient descent. */
export type GdMode = 'batch' | 'stochastic' | 'minibatch';

export interface GdOptions {
  mode: GdMode;
  eta: number;
  /** Number of epochs (passes over the data). */
  epochs: number;
  start: LinWeights;
  /** Examples per mini-batch (mode 'minibatch'). */
  batchSize?: number;
  /** Seed of the per-epoch shuffle (stochastic and mini-batch). */
  seed?: number | string;
}

/** A recorded run: index k is "after k iterations" (k = 0 is the start). */
export interface GdRun {
  path: LinWeights[];
  /** E over the whole data set at each point of the path. */
  error: number[];
  /** Gradient of the batch used for the update that leaves path[k] (length = path.length − 1). */
  grads: LinWeights[];
  /** Fractional epoch at each point of the path. */
  epoch: number[];
  iterationsPerEpoch: number;
  /** Examples read per update. */
  batchSize: number;
  /** Iteration at which E became non-finite or exploded (> 10¹⁰·max(1, E₀)); null if it did not. */
  divergedAt: number | null;
}

function batchesOf(n: number, mode: GdMode, batchSize: number, rng: ReturnType<typeof createRng>): number[][] {
  const order = Array.from({ length: n }, (_, i) => i);
  if (mode === 'batch') return [order];
  rng.shuffle(order);
  const size = mode === 'stochastic' ? 1 : Math.max(1, Math.min(n, Math.floor(batchSize)));
  const out: number[][] = [];
  for (let i = 0; i < n; i += size) out.push(order.slice(i, i + size));
  return out;
}

/** Runs gradient descent with the engine's SGD optimizer; stops early when the error blows up. */
export function runGradientDescent(points: readonly RegPoint[], o: GdOptions): GdRun {
  const n = points.length;
  const param = { data: new Float64Array(o.start), grad: new Float64Array(2) };
  const opt = createOptimizer('sgd', [param], { lr: o.eta });
  const rng = createRng(`gd:${String(o.seed ?? 0)}`);
  const e0 = sumSquaredError(o.start, points);
  const bs = o.mode === 'batch' ? n : o.mode === 'stochastic' ? 1 : Math.max(1, Math.min(n, Math.floor(o.batchSize ?? 2)));
  const run: GdRun = { path: [[...o.start]], error: [e0], grads: [], epoch: [0], iterationsPerEpoch: n === 0 ? 0 : Math.ceil(n / bs), batchSize: bs, divergedAt: null };
  if (n === 0) return run;
  const limit = 1e10 * Math.max(1, e0);
  for (let ep = 0; ep < Math.max(0, Math.floor(o.epochs)); ep++) {
    const batches = batchesOf(n, o.mode, bs, rng);
    for (let b = 0; b < batches.length; b++) {
      const g = errorGradient([param.data[0], param.data[1]], points, batches[b]);
      param.grad.set(g);
      opt.step();
      const w: LinWeights = [param.data[0], param.data[1]];
      const e = sumSquaredError(w, points);
      if (!Number.isFinite(e) || e > limit || !w.every(Number.isFinite)) {
        run.divergedAt = run.path.length;
        return run;
      }
      run.grads.push(g);
      run.path.push(w);
      run.error.push(e);
      run.epoch.push(ep + (b + 1) / batches.length);
    }
  }
  return run;
}

/** The least-squares solution (minimum of E), or null when all x are equal. */
export function leastSquares(points: readonly RegPoint[]): LinWeights | null {
  const n = points.length;
  if (n === 0) return null;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const mt = points.reduce((s, p) => s + p.t, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  if (sxx < 1e-12) return null;
  const w1 = points.reduce((s, p) => s + (p.x - mx) * (p.t - mt), 0) / sxx;
  return [mt - w1 * mx, w1];
}

/** E sampled on an n×n grid over (w₀, w₁): row r at w₁ = w1Min + r·Δ, column c at w₀ = w0Min + c·Δ. */
export function errorSurface(points: readonly RegPoint[], w0: [number, number], w1: [number, number], n: number): number[] {
  const out: number[] = [];
  for (let r = 0; r < n; r++) {
    const b = w1[0] + (r / (n - 1)) * (w1[1] - w1[0]);
    for (let c = 0; c < n; c++) out.push(sumSquaredError([w0[0] + (c / (n - 1)) * (w0[1] - w0[0]), b], points));
  }
  return out;
}

/** `count` contour levels at quantiles of the finite values (so every function gets evenly spread lines). */
export function quantileLevels(values: readonly number[], count: number): number[] {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (v.length === 0) return [];
  const levels: number[] = [];
  for (let i = 1; i <= count; i++) {
    const q = v[Math.min(v.length - 1, Math.floor(((i - 0.5) / count) ** 2 * (v.length - 1)))];
    if (levels.length === 0 || q > levels[levels.length - 1]) levels.push(q);
  }
  return levels;
}

/** The regression data the lesson starts from (t ≈ 1 + 0.5x with noise), x in [−3, 3]. */
export const REGRESSION_DATA: readonly RegPoint[] = [
  { x: -2.5, t: -0.4 }, { x: -1.8, t: 0.3 }, { x: -1, t: 0.3 }, { x: -0.3, t: 1.1 },
  { x: 0.4, t: 1 }, { x: 1.2, t: 1.9 }, { x: 1.9, t: 1.8 }, { x: 2.6, t: 2.5 },
];

/** The exercise's two-point data set, start weights and η. */
export const GD_EXERCISE = { points: [{ x: 1, t: 3 }, { x: 2, t: 4 }] as RegPoint[], w: [0, 1] as LinWeights, eta: 0.1 };

/** Largest eigenvalue of E's Hessian [[n, Σx], [Σx, Σx²]]: gradient descent is stable for η < 2/λ_max. */
export function hessianMaxEig(points: readonly RegPoint[]): number {
  const a = points.length;
  const b = points.reduce((s, p) => s + p.x, 0);
  const c = points.reduce((s, p) => s + p.x * p.x, 0);
  const mean = (a + c) / 2;
  return mean + Math.sqrt(((a - c) / 2) ** 2 + b * b);
}

/** Pairs x, t flattened for the URL, and back (a trailing odd value is dropped). */
export const flattenRegPoints = (points: readonly RegPoint[]) => points.flatMap((p) => [p.x, p.t]);
export function unflattenRegPoints(flat: readonly number[]): RegPoint[] {
  const out: RegPoint[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push({ x: flat[i], t: flat[i + 1] });
  return out;
}
