/**
 * Gradient descent and its momentum variants.
 *
 * Batch, mini-batch and stochastic gradient descent are the same update rule;
 * they differ only in how many examples the caller averages into `grad`.
 */
import { Optimizer, copyBuffers, type FloatBuffer, type OptimizerState, type ParamLike } from './optimizer';

/** Plain gradient descent hyperparameters. */
export interface SGDHyper extends Record<string, number> {
  /** Learning rate η (step size), default 0.01. */
  lr: number;
}

/** θ ← θ − η∇L. State: none (empty object). */
export class SGD extends Optimizer<SGDHyper> {
  static readonly defaults: SGDHyper = { lr: 0.01 };

  constructor(params: readonly ParamLike[], hyper: Partial<SGDHyper> = {}) {
    super(params, SGD.defaults, hyper);
  }

  state(): OptimizerState {
    return {};
  }

  protected update(_i: number, data: FloatBuffer, grad: FloatBuffer, h: SGDHyper): void {
    const lr = h.lr;
    for (let j = 0; j < data.length; j++) data[j] -= lr * grad[j];
  }
}

/** Momentum hyperparameters (shared by classical momentum and Nesterov). */
export interface MomentumHyper extends Record<string, number> {
  /** Learning rate η, default 0.01. */
  lr: number;
  /** Momentum coefficient γ ∈ [0, 1), default 0.9. */
  momentum: number;
}

/**
 * Classical (Polyak) momentum: v ← γv + η∇L; θ ← θ − v.
 * State: `velocity` (v, in parameter units per step).
 */
export class Momentum extends Optimizer<MomentumHyper> {
  static readonly defaults: MomentumHyper = { lr: 0.01, momentum: 0.9 };
  protected readonly velocity: Float64Array[];

  constructor(params: readonly ParamLike[], hyper: Partial<MomentumHyper> = {}) {
    super(params, Momentum.defaults, hyper);
    this.velocity = this.zerosLikeParams();
  }

  state(): OptimizerState {
    return { velocity: copyBuffers(this.velocity) };
  }

  protected update(i: number, data: FloatBuffer, grad: FloatBuffer, h: MomentumHyper): void {
    const v = this.velocity[i];
    const { lr, momentum } = h;
    for (let j = 0; j < data.length; j++) {
      v[j] = momentum * v[j] + lr * grad[j];
      data[j] -= v[j];
    }
  }
}

/**
 * Nesterov accelerated gradient, in the "equivalent" form that evaluates the
 * gradient at the current parameters (as PyTorch / Keras do, after
 * Sutskever et al. 2013 and Bengio et al. 2012):
 *
 *   v ← γv + η∇L(θ);   θ ← θ − (γv + η∇L(θ)).
 *
 * Substituting φ = θ − γv shows this equals the look-ahead form
 * v ← γv + η∇L(φ − γv) applied to φ; here the stored parameters are the
 * look-ahead point, so no extra forward pass is needed. With the first step
 * from v = 0 the move is (1 + γ)η∇L.
 * State: `velocity`.
 */
export class Nesterov extends Momentum {
  constructor(params: readonly ParamLike[], hyper: Partial<MomentumHyper> = {}) {
    super(params, hyper);
  }

  protected update(i: number, data: FloatBuffer, grad: FloatBuffer, h: MomentumHyper): void {
    const v = this.velocity[i];
    const { lr, momentum } = h;
    for (let j = 0; j < data.length; j++) {
      const g = lr * grad[j];
      v[j] = momentum * v[j] + g;
      data[j] -= momentum * v[j] + g;
    }
  }
}
