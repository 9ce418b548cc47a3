/**
 * Shared optimizer machinery: the structural parameter type and the base class
 * every optimizer extends.
 *
 * An optimizer owns no tensors. It holds references to parameter buffers
 * (`data`, updated in place) and reads their gradients (`grad`, written by
 * backprop). Any object with these two fields works, including the engine's
 * Tensor.
 */

/** A trainable parameter: values updated in place, plus the gradient of the loss w.r.t. them. */
export interface ParamLike {
  /** Parameter values; the optimizer writes the update into this buffer. */
  data: Float64Array | Float32Array;
  /** ∂loss/∂data, same length as `data`; `null` means "no gradient yet" and the parameter is skipped. */
  grad: Float64Array | Float32Array | null;
}

/** Any float buffer the optimizers read or write. */
export type FloatBuffer = Float64Array | Float32Array;

/**
 * Readable optimizer state: one entry per state variable (e.g. `velocity`, `m`, `vHat`),
 * each holding one array per parameter (same order and length as the parameters).
 * The arrays are copies: mutating them does not affect the optimizer.
 */
export type OptimizerState = Record<string, Float64Array[]>;

/** Hyperparameters are plain named numbers (learning rate, decay rates, ε…). */
export type HyperRecord = Record<string, number>;

/**
 * Base class: tracks parameters, hyperparameters and the step counter, and
 * iterates over parameters that have a gradient. Subclasses implement
 * {@link Optimizer.update} for one parameter and {@link Optimizer.state}.
 */
export abstract class Optimizer<H extends HyperRecord = HyperRecord> {
  /** The parameters, in the order given at construction. */
  readonly params: readonly ParamLike[];
  /** Current hyperparameters (read with {@link Optimizer.hyper}, change with {@link Optimizer.setHyper}). */
  private current: H;
  private steps = 0;

  protected constructor(params: readonly ParamLike[], defaults: H, hyper: Partial<H> = {}) {
    this.params = [...params];
    for (const [i, p] of this.params.entries()) {
      if (p.grad && p.grad.length !== p.data.length) {
        throw new RangeError(`parameter ${i}: grad length ${p.grad.length} ≠ data length ${p.data.length}`);
      }
    }
    this.current = { ...defaults };
    this.setHyper(hyper);
  }

  /** Number of completed {@link Optimizer.step} calls (t in Adam's bias correction). */
  get stepCount(): number {
    return this.steps;
  }

  /** A copy of the current hyperparameters. */
  get hyper(): Readonly<H> {
    return { ...this.current };
  }

  /**
   * Change hyperparameters while training (e.g. the learning rate). Keys the
   * optimizer does not know are ignored; values must be finite and ≥ 0.
   * @throws RangeError on a negative or non-finite value.
   */
  setHyper(partial: Partial<H>): void {
    const next: HyperRecord = { ...this.current };
    for (const key of Object.keys(partial) as (keyof H & string)[]) {
      if (!(key in this.current)) continue;
      const value = partial[key];
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
        throw new RangeError(`hyperparameter ${key} must be a finite number ≥ 0, got ${String(value)}`);
      }
      next[key] = value;
    }
    this.current = next as H;
  }

  /** Apply one update to every parameter that has a gradient, then increment {@link Optimizer.stepCount}. */
  step(): void {
    this.steps += 1;
    const h = this.current;
    for (let i = 0; i < this.params.length; i++) {
      const p = this.params[i];
      if (p.grad) this.update(i, p.data, p.grad, h);
    }
  }

  /** Set every gradient to zero (parameters without a gradient buffer are left alone). */
  zeroGrad(): void {
    for (const p of this.params) p.grad?.fill(0);
  }

  /** Readable per-parameter state arrays (copies); see each optimizer for its keys. */
  abstract state(): OptimizerState;

  /** Update parameter `i` in place from its gradient, using hyperparameters `h`. */
  protected abstract update(i: number, data: FloatBuffer, grad: FloatBuffer, h: H): void;

  /** One zero-filled Float64Array per parameter, sized like its data (for state buffers). */
  protected zerosLikeParams(): Float64Array[] {
    return this.params.map((p) => new Float64Array(p.data.length));
  }
}

/** Copy a list of state buffers (so callers cannot mutate the optimizer's state). */
export function copyBuffers(buffers: readonly Float64Array[]): Float64Array[] {
  return buffers.map((b) => b.slice());
}
