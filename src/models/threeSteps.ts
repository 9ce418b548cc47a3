/**
 * The three steps of deep learning on the smallest network that still needs them: one input, two tanh
 * neurons, one linear output, f(x) = v₁·tanh(w₁x + b₁) + v₂·tanh(w₂x + b₂) + c, fitted to a few points.
 *   1. the function  f_θ (a network of simple functions),
 *   2. the cost      C(θ) = (1/N) Σ (f_θ(xᵢ) − yᵢ)²,
 *   3. the search    θ ← θ − η ∇C(θ), with ∇C from the engine's back-propagation.
 * Every iteration is replayed from the same start, so stepping back is exact.
 */
import { meanSquaredError } from '../engine/losses';
import { tanh } from '../engine/ops/activation';
import { linear } from '../engine/ops/matmul';
import { backward, noGrad } from '../engine/tape';
import { Tensor } from '../engine/tensor';

export interface XYPoint { x: number; y: number }

/** θ in a fixed order: w₁, w₂, b₁, b₂, v₁, v₂, c. */
export const THETA_NAMES = ['w_1', 'w_2', 'b_1', 'b_2', 'v_1', 'v_2', 'c'] as const;
export const THETA_INIT: readonly number[] = [0.5, -0.5, 0.5, 0.5, 0.5, 0.5, 0];

/** Point sets to fit (small, hand-picked so that a straight line cannot fit them). */
export const POINT_SETS = {
  bump: [{ x: -2, y: 0.1 }, { x: -1, y: 0.5 }, { x: 0, y: 1 }, { x: 1, y: 0.5 }, { x: 2, y: 0.1 }],
  step: [{ x: -2, y: -1 }, { x: -1, y: -0.9 }, { x: 0, y: 0 }, { x: 1, y: 0.9 }, { x: 2, y: 1 }],
} satisfies Record<string, XYPoint[]>;
export type PointSetName = keyof typeof POINT_SETS;

/** One iteration of the loop, at parameters θ. */
export interface LoopState {
  /** Iteration number, 0-based. */
  t: number;
  theta: number[];
  /** f_θ(xᵢ) at every point. */
  predictions: number[];
  /** C(θ). */
  cost: number;
  /** ∇C(θ), same order as θ. */
  grad: number[];
  /** θ − η∇C(θ): the parameters of iteration t + 1. */
  next: number[];
}

function net(theta: readonly number[], requiresGrad: boolean) {
  const p = (vals: number[], shape: number[]) => new Tensor(Float64Array.from(vals), shape, requiresGrad);
  const W1 = p([theta[0], theta[1]], [2, 1]);
  const b1 = p([theta[2], theta[3]], [2]);
  const W2 = p([theta[4], theta[5]], [1, 2]);
  const b2 = p([theta[6]], [1]);
  const forward = (xs: readonly number[]) => linear(tanh(linear(new Tensor(Float64Array.from(xs), [xs.length, 1]), W1, b1)), W2, b2);
  return { forward, grads: () => [...(W1.grad ?? [0, 0]), ...(b1.grad ?? [0, 0]), ...(W2.grad ?? [0, 0]), b2.grad?.[0] ?? 0] };
}

/** f_θ at each x (no tape). */
export function tinyNet(theta: readonly number[], xs: readonly number[]): number[] {
  return noGrad(() => Array.from(net(theta, false).forward(xs).data));
}

/** Function, cost and gradient at θ, and the next θ after one step of size `lr`. */
export function loopStep(t: number, theta: readonly number[], points: readonly XYPoint[], lr: number): LoopState {
  const n = net(theta, true);
  const out = n.forward(points.map((q) => q.x));
  const cost = meanSquaredError(out, points.map((q) => q.y));
  backward(cost);
  const grad = n.grads();
  return {
    t, theta: theta.slice(), predictions: Array.from(out.data), cost: cost.data[0], grad,
    next: theta.map((v, i) => v - lr * grad[i]),
  };
}

/** Iterations 0…count−1 from θ₀ (deterministic: the same inputs give the same states). */
export function loopTrace(points: readonly XYPoint[], lr: number, count: number, theta0: readonly number[] = THETA_INIT): LoopState[] {
  if (!(Number.isFinite(lr) && lr > 0)) throw new RangeError('the learning rate must be a positive number');
  if (!(Number.isInteger(count) && count >= 1 && count <= 10_000)) throw new RangeError('iterations must be 1…10000');
  const out: LoopState[] = [];
  let theta = theta0.slice();
  for (let t = 0; t < count; t++) {
    const s = loopStep(t, theta, points, lr);
    out.push(s);
    theta = s.next;
  }
  return out;
}
