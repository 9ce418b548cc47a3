/**
 * The stepped back-propagation network of decks 000/004 (3 → 5 → 5 → 4, sigmoid,
 * ½‖y − x‖²), generalised: any layer sizes, sigmoid/tanh/ReLU/identity, optional
 * biases and residual skips, and three losses. Everything shown is read off the
 * engine's tape: the forward steps are `forwardNodes`, the backward steps are the
 * `backwardSteps` generator. Step k is reproduced by rebuilding the network from
 * its plain config and replaying (deterministic, so "back" is exact).
 */
import { bceWithLogits, halfSumSquaredError, softmaxCrossEntropy } from '../engine/losses';
import { add } from '../engine/ops/arith';
import { activation } from '../engine/ops/activation';
import { matmul } from '../engine/ops/matmul';
import { createRng } from '../engine/rng';
import { backwardSteps, forwardNodes, noGrad } from '../engine/tape';
import { Tensor } from '../engine/tensor';

/** Activations offered in the stepped view. */
export const BP_ACTIVATIONS = ['sigmoid', 'tanh', 'relu', 'identity'] as const;
export type BpActivation = (typeof BP_ACTIVATIONS)[number];

/**
 * `mse`: E = ½‖y − x(L)‖² with the activation on the output too (the deck);
 * `ce`: softmax cross-entropy on the output pre-activations (deck 004, δ_f = μ − y);
 * `bce`: binary cross-entropy of σ(output) (one output unit; the trainer's loss).
 */
export const BP_LOSSES = ['mse', 'ce', 'bce'] as const;
export type BpLoss = (typeof BP_LOSSES)[number];

/** A network, its input and target as plain data (what the URL stores). */
export interface BpConfig {
  /** Widths including input and output, e.g. [3, 5, 5, 4]. */
  sizes: number[];
  activation: BpActivation;
  loss: BpLoss;
  /** Input x(1), length sizes[0]. */
  x: number[];
  /** Target y, length sizes[last] (a one-hot / probability vector for `ce`, one value in [0,1] for `bce`). */
  y: number[];
  /** Learning rate η of the update step. */
  eta: number;
  /** Seed of the initial weights (used when `weights` is null). */
  seed: string | number;
  /** Explicit weights per layer, row-major [out × in]; null = seeded. */
  weights?: number[][] | null;
  /** Biases per layer; null = no biases (the deck's network). */
  biases?: number[][] | null;
  /** Add a skip x(l+1) = x(l) + F(x(l)) around hidden layers whose input and output widths agree. */
  residual?: boolean;
}

/** The deck's 3-5-5-4 sigmoid network with a seeded start (the lesson's preset). */
export const DECK_NETWORK: BpConfig = {
  sizes: [3, 5, 5, 4], activation: 'sigmoid', loss: 'mse', x: [0.2, -0.4, 0.9], y: [1, 0, 0, 1], eta: 0.5, seed: 3554,
};

/** Seeded weights rounded to 2 decimals (readable, typeable): N(0, 1/in)-ish. */
export function seededWeights(sizes: readonly number[], seed: string | number): number[][] {
  const rng = createRng(`backprop:${String(seed)}`);
  const out: number[][] = [];
  for (let l = 0; l + 1 < sizes.length; l++) {
    const std = 1.6 / Math.sqrt(sizes[l]);
    out.push(Array.from({ length: sizes[l] * sizes[l + 1] }, () => Math.round(rng.normal(0, std) * 100) / 100));
  }
  return out;
}

/** Weights of a config: its explicit ones when they fit the sizes, else the seeded ones. */
export function weightsOf(cfg: BpConfig): number[][] {
  const w = cfg.weights;
  const fits = !!w && w.length === cfg.sizes.length - 1 && w.every((m, l) => m.length === cfg.sizes[l] * cfg.sizes[l + 1]);
  return fits ? w.map((m) => m.slice()) : seededWeights(cfg.sizes, cfg.seed);
}

/** Whether layer l (0-based) carries a residual skip. */
export function hasSkip(cfg: BpConfig, l: number): boolean {
  const last = cfg.sizes.length - 2;
  return !!cfg.residual && l > 0 && l < last && cfg.sizes[l] === cfg.sizes[l + 1];
}

/** The network built on a fresh tape; every tensor is named (W1, x2, a1, …). */
export interface BuiltNet {
  tensors: Map<string, Tensor>;
  loss: Tensor;
  /** Output x(L) (after the output activation; σ(a) for bce, softmax μ for ce). */
  output: number[];
}

function outputOf(cfg: BpConfig, top: Tensor): number[] {
  const z = Array.from(top.data);
  if (cfg.loss === 'bce') return z.map((v) => 1 / (1 + Math.exp(-v)));
  if (cfg.loss !== 'ce') return z;
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const s = e.reduce((p, q) => p + q, 0);
  return e.map((v) => v / s);
}

/** Builds the network for `cfg` (weights overridden by `weights` if given) and its loss. */
export function buildNet(cfg: BpConfig, weights = weightsOf(cfg)): BuiltNet {
  const tensors = new Map<string, Tensor>();
  const L = cfg.sizes.length - 1;
  let h = new Tensor(Float64Array.from(cfg.x), [cfg.sizes[0]], true, 'x1');
  tensors.set('x1', h);
  for (let l = 0; l < L; l++) {
    const n = l + 1;
    const W = new Tensor(Float64Array.from(weights[l]), [cfg.sizes[n], cfg.sizes[l]], true, `W${n}`);
    tensors.set(W.label, W);
    let a = matmul(W, h).named(cfg.biases ? `m${n}` : `a${n}`);
    tensors.set(a.label, a);
    if (cfg.biases) {
      const b = new Tensor(Float64Array.from(cfg.biases[l]), [cfg.sizes[n]], true, `b${n}`);
      tensors.set(b.label, b);
      a = add(a, b).named(`a${n}`);
      tensors.set(a.label, a);
    }
    const isOut = l === L - 1;
    const act = isOut && cfg.loss !== 'mse' ? a : activation(a, cfg.activation);
    if (hasSkip(cfg, l)) {
      act.named(`F${n}`);
      tensors.set(act.label, act);
      h = add(h, act).named(`x${n + 1}`);
    } else h = act === a ? a : act.named(`x${n + 1}`);
    tensors.set(`x${n + 1}`, h);
  }
  const loss = lossOf(cfg, h).named('E');
  tensors.set('E', loss);
  return { tensors, loss, output: outputOf(cfg, h) };
}

function lossOf(cfg: BpConfig, top: Tensor): Tensor {
  if (cfg.loss === 'ce') return softmaxCrossEntropy(top, new Tensor(Float64Array.from(cfg.y), top.shape));
  if (cfg.loss === 'bce') return bceWithLogits(top, cfg.y);
  return halfSumSquaredError(top, cfg.y);
}

/** Loss of `cfg` with the given weights (no tape). */
export function lossWith(cfg: BpConfig, weights: number[][]): number {
  return noGrad(() => buildNet(cfg, weights).loss.data[0]);
}

/** One tape node as plain data. */
export interface BpNode {
  op: string;
  /** Names of the input tensors (only named ones; e.g. the constant target is absent). */
  inputs: string[];
  output: string;
  shape: number[];
  /** Local derivative rules, one per input (from the engine's op description). */
  rules: string[];
}

/** Names of the tape's nodes, in forward order. */
function describeNodes(net: BuiltNet): BpNode[] {
  const names = new Map<Tensor, string>();
  for (const [k, t] of net.tensors) if (!names.has(t)) names.set(t, k);
  return forwardNodes(net.loss).map((n) => ({
    op: n.op,
    inputs: n.inputs.map((t) => names.get(t) ?? ''),
    output: names.get(n.output) ?? n.label,
    shape: n.output.shape.slice(),
    rules: n.local().rules,
  }));
}

/** What one backward step applied (copied from the engine's BackwardStep). */
export interface BpBackward {
  /** ∂E/∂(node output). */
  gradOut: number[];
  /** Element-wise local derivative, when the op has one (σ(a)(1−σ(a)) for sigmoid). */
  localValues: number[] | null;
  /** What this step added to each input's gradient (null = input needs none). */
  contributions: { input: string; grad: number[] | null }[];
}

/** The state after replaying `step` steps: what the stepped view draws. */
export interface BpState {
  nodes: BpNode[];
  /** Forward steps (one per node), backward steps (one per node), then one update step. */
  count: number;
  step: number;
  phase: 'forward' | 'backward' | 'update';
  /** Index into `nodes` of the node of this step (−1 for the update step). */
  nodeIndex: number;
  /** Values of every named tensor (all computed; the view reveals them as steps pass). */
  values: Record<string, number[]>;
  /** ∂E/∂tensor accumulated by the backward steps taken so far (absent = not reached yet). */
  grads: Record<string, number[]>;
  /** The current backward step's details. */
  backward: BpBackward | null;
  loss: number;
  output: number[];
  weights: number[][];
  /** After the update step: the new weights and the loss they give on the same example. */
  updated: { weights: number[][]; loss: number } | null;
}

/** Total number of steps for a config. */
export function stepCount(cfg: BpConfig): number {
  return 2 * forwardNodes(buildNet(cfg).loss).length + 1;
}

const arr = (a: ArrayLike<number>): number[] => Array.from(a);

/**
 * Rebuilds the network and replays it to `step` (0-based, clamped): forward steps
 * 0…N−1, backward steps N…2N−1 through the engine's `backwardSteps`, update step 2N.
 */
export function replay(cfg: BpConfig, step: number): BpState {
  const weights = weightsOf(cfg);
  const net = buildNet(cfg, weights);
  const nodes = describeNodes(net);
  const N = nodes.length;
  const k = Math.max(0, Math.min(2 * N, Math.floor(step)));
  const values: Record<string, number[]> = {};
  for (const [name, t] of net.tensors) values[name] = arr(t.data);
  const base = { nodes, count: 2 * N + 1, step: k, values, loss: net.loss.data[0], output: net.output, weights };
  if (k < N) return { ...base, phase: 'forward', nodeIndex: k, grads: {}, backward: null, updated: null };
  let last: BpBackward | null = null;
  const gen = backwardSteps(net.loss);
  for (let s = N; s <= Math.min(k, 2 * N - 1); s++) {
    const r = gen.next();
    if (r.done) break;
    const names = r.value.node.inputs.map((t) => [...net.tensors].find(([, v]) => v === t)?.[0] ?? '');
    last = {
      gradOut: arr(r.value.gradOut),
      localValues: r.value.local.values ? arr(r.value.local.values) : null,
      contributions: r.value.contributions.map((c, i) => ({ input: names[i], grad: c.grad ? arr(c.grad) : null })),
    };
  }
  const grads: Record<string, number[]> = {};
  for (const [name, t] of net.tensors) if (t.grad) grads[name] = arr(t.grad);
  if (k < 2 * N) return { ...base, phase: 'backward', nodeIndex: 2 * N - 1 - k, grads, backward: last, updated: null };
  const next = weights.map((w, l) => w.map((v, i) => v - cfg.eta * grads[`W${l + 1}`][i]));
  return { ...base, phase: 'update', nodeIndex: -1, grads, backward: last, updated: { weights: next, loss: lossWith(cfg, next) } };
}
