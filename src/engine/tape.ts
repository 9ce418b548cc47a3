/**
 * The autograd tape. Every op that sees an input with `requiresGrad` records a
 * small {@link TapeNode}: its inputs, its output and a backward closure. The
 * graph is walked iteratively (never recursively) so long unrolled RNNs work.
 */
import { fmtShape, type Tensor } from './tensor';

/** The local derivative an op applies during backward, described as data for lessons. */
export interface LocalDerivative {
  /** One human-readable rule per input, e.g. `['∂L/∂C · Bᵀ', 'Aᵀ · ∂L/∂C']`. */
  rules: string[];
  /** For element-wise ops: ∂out/∂in per element (same layout as the output). */
  values?: Float64Array;
  /** Op-specific extras, e.g. `{ transposed: ['B', 'A'] }` or pooling winner indices. */
  info?: Record<string, unknown>;
}

/** Backward closure: upstream gradient in, one gradient per input out (null = none). */
export type BackwardFn = (gradOut: Float64Array) => (Float64Array | null)[];

/** One recorded operation. */
export class TapeNode {
  constructor(
    /** Creation order; increases along the forward pass. */
    readonly id: number,
    /** Operation name, e.g. `matmul`, `sigmoid`. */
    readonly op: string,
    readonly inputs: Tensor[],
    readonly output: Tensor,
    /**
     * Returns gradient contributions for each input. A returned array is either
     * fresh or `gradOut` itself; the tape copies the latter before keeping it.
     */
    readonly backward: BackwardFn,
    private readonly describe: (() => LocalDerivative) | null,
  ) {}

  /** The output's label, or the op name if unlabeled. */
  get label(): string {
    return this.output.label || this.op;
  }

  /** The local derivative as data (computed on demand, so recording stays cheap). */
  local(): LocalDerivative {
    return this.describe ? this.describe() : { rules: this.inputs.map(() => `∂${this.op}/∂input`) };
  }
}

let gradEnabled = true;
let nextNodeId = 1;

/** True unless inside {@link noGrad}. */
export function isGradEnabled(): boolean {
  return gradEnabled;
}

/** Runs `fn` without recording anything (fast inference); restores the mode afterwards. */
export function noGrad<T>(fn: () => T): T {
  const prev = gradEnabled;
  gradEnabled = false;
  try {
    return fn();
  } finally {
    gradEnabled = prev;
  }
}

/** Whether an op over these inputs must record a node. */
export function needsGrad(a: Tensor, b?: Tensor, c?: Tensor): boolean {
  return gradEnabled && (a.requiresGrad || (b !== undefined && b.requiresGrad) || (c !== undefined && c.requiresGrad));
}

/**
 * Records `output` as produced by `op` from `inputs` if any input requires grad
 * (and grad mode is on). Returns `output` for chaining.
 */
export function record(
  op: string,
  inputs: Tensor[],
  output: Tensor,
  backward: BackwardFn,
  describe: (() => LocalDerivative) | null = null,
): Tensor {
  if (!gradEnabled) return output;
  let needed = false;
  for (const t of inputs) if (t.requiresGrad) needed = true;
  if (!needed) return output;
  output.requiresGrad = true;
  output.node = new TapeNode(nextNodeId++, op, inputs, output, backward, describe);
  return output;
}

/** Nodes that produced `root`, in forward (topological) order; iterative DFS. */
export function forwardNodes(root: Tensor): TapeNode[] {
  const order: TapeNode[] = [];
  if (!root.node) return order;
  const visited = new Set<TapeNode>([root.node]);
  const stack: TapeNode[] = [root.node];
  const next: number[] = [0];
  while (stack.length > 0) {
    const top = stack.length - 1;
    const node = stack[top];
    const i = next[top];
    if (i < node.inputs.length) {
      next[top] = i + 1;
      const child = node.inputs[i].node;
      if (child && !visited.has(child)) {
        visited.add(child);
        stack.push(child);
        next.push(0);
      }
    } else {
      stack.pop();
      next.pop();
      order.push(node);
    }
  }
  return order;
}

function seedGradient(loss: Tensor, seed?: ArrayLike<number>): Float64Array {
  if (seed === undefined) {
    if (loss.size !== 1) {
      throw new Error(`backward: loss of shape ${fmtShape(loss.shape)} is not a scalar; pass a seed gradient`);
    }
    return Float64Array.of(1);
  }
  if (seed.length !== loss.size) {
    throw new Error(`backward: seed of length ${seed.length} does not match loss shape ${fmtShape(loss.shape)}`);
  }
  return Float64Array.from(seed);
}

/** Sorts the graph, clears stale non-leaf gradients and seeds the loss. */
function prepare(loss: Tensor, seed?: ArrayLike<number>): TapeNode[] {
  const order = forwardNodes(loss);
  // Intermediate grads are recomputed each pass; leaf grads accumulate (as in PyTorch).
  for (const node of order) node.output.grad = null;
  const g = seedGradient(loss, seed);
  if (loss.node || loss.grad === null) loss.grad = g;
  else for (let i = 0; i < g.length; i++) loss.grad[i] += g[i];
  return order;
}

function accumulate(t: Tensor, g: Float64Array, gradOut: Float64Array, op: string): void {
  if (!t.requiresGrad) return;
  if (g.length !== t.size) {
    throw new Error(`backward of ${op}: gradient of length ${g.length} for input of shape ${fmtShape(t.shape)}`);
  }
  if (t.grad === null) {
    t.grad = g === gradOut ? g.slice() : g;
    return;
  }
  const d = t.grad;
  for (let i = 0; i < d.length; i++) d[i] += g[i];
}

function runNode(node: TapeNode, copyOut: boolean): (Float64Array | null)[] | null {
  const gradOut = node.output.grad;
  if (gradOut === null) return null;
  const contributions = node.backward(gradOut);
  const shown = copyOut ? contributions.map((c) => (c ? c.slice() : null)) : contributions;
  for (let i = 0; i < node.inputs.length; i++) {
    const c = contributions[i];
    if (c) accumulate(node.inputs[i], c, gradOut, node.op);
  }
  return shown;
}

/**
 * Full backward pass from `loss` (a scalar, or any tensor with an explicit
 * `seed` gradient of the same size). Fills `.grad` of every tensor involved.
 */
export function backward(loss: Tensor, seed?: ArrayLike<number>): void {
  const order = prepare(loss, seed);
  for (let k = order.length - 1; k >= 0; k--) runNode(order[k], false);
}

/** What one backward step did, for a lesson to display. */
export interface BackwardStep {
  /** 0-based step number; step 0 is the node that produced the loss. */
  index: number;
  /** Total number of steps. */
  total: number;
  node: TapeNode;
  /** Upstream gradient ∂loss/∂output (a copy). */
  gradOut: Float64Array;
  /** The local derivative applied. */
  local: LocalDerivative;
  /** Gradient this node added to each input (copies; null when the input needs none). */
  contributions: { input: Tensor; grad: Float64Array | null }[];
}

/**
 * The backward pass one node at a time. Running every step leaves exactly the
 * same gradients as {@link backward}.
 */
export function* backwardSteps(loss: Tensor, seed?: ArrayLike<number>): Generator<BackwardStep, void, undefined> {
  const order = prepare(loss, seed);
  for (let k = order.length - 1; k >= 0; k--) {
    const node = order[k];
    const gradOut = node.output.grad ? node.output.grad.slice() : new Float64Array(node.output.size);
    const grads = runNode(node, true) ?? node.inputs.map(() => null);
    yield {
      index: order.length - 1 - k,
      total: order.length,
      node,
      gradOut,
      local: node.local(),
      contributions: node.inputs.map((input, i) => ({ input, grad: grads[i] })),
    };
  }
}

/** Resets the gradients of `params` to zero (keeps the arrays). */
export function zeroGrad(params: Iterable<Tensor>): void {
  for (const p of params) if (p.grad) p.grad.fill(0);
}
