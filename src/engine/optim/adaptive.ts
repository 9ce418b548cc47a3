/**
 * Per-coordinate adaptive learning rates: Adagrad, Adadelta and RMSprop.
 * Each keeps a running measure of squared gradients and divides the step by
 * its square root, so steep coordinates take smaller steps.
 */
import { Optimizer, copyBuffers, type FloatBuffer, type OptimizerState, type ParamLike } from './optimizer';

/** Adagrad hyperparameters. */
export interface AdagradHyper extends Record<string, number> {
  /** Learning rate η, default 0.01. */
  lr: number;
  /** ε added to the denominator for stability, default 1e-8. */
  eps: number;
}

/**
 * Adagrad (Duchi et al. 2011): G ← G + g²; θ ← θ − η g / (√G + ε).
 * State: `sumSquaredGrad` (G, the running sum of squared gradients).
 */
export class Adagrad extends Optimizer<AdagradHyper> {
  static readonly defaults: AdagradHyper = { lr: 0.01, eps: 1e-8 };
  private readonly sumSq: Float64Array[];

  constructor(params: readonly ParamLike[], hyper: Partial<AdagradHyper> = {}) {
    super(params, Adagrad.defaults, hyper);
    this.sumSq = this.zerosLikeParams();
  }

  state(): OptimizerState {
    return { sumSquaredGrad: copyBuffers(this.sumSq) };
  }

  protected update(i: number, data: FloatBuffer, grad: FloatBuffer, h: AdagradHyper): void {
    const G = this.sumSq[i];
    const { lr, eps } = h;
    for (let j = 0; j < data.length; j++) {
      const g = grad[j];
      G[j] += g * g;
      data[j] -= (lr * g) / (Math.sqrt(G[j]) + eps);
    }
  }
}

/** Adadelta hyperparameters. */
export interface AdadeltaHyper extends Record<string, number> {
  /** Decay rate ρ of both running averages, default 0.95. */
  rho: number;
  /** ε inside both square roots (sets the initial step size), default 1e-6. */
  eps: number;
  /** Optional scale on the update; 1 (the default) is Zeiler's original, learning-rate-free rule. */
  lr: number;
}

/**
 * Adadelta (Zeiler 2012), no learning rate needed:
 *   E[g²] ← ρE[g²] + (1−ρ)g²;
 *   Δθ = −(√(E[Δθ²]+ε) / √(E[g²]+ε)) g;
 *   E[Δθ²] ← ρE[Δθ²] + (1−ρ)Δθ²;  θ ← θ + lr·Δθ.
 * State: `avgSquaredGrad` (E[g²]) and `avgSquaredUpdate` (E[Δθ²]).
 */
export class Adadelta extends Optimizer<AdadeltaHyper> {
  static readonly defaults: AdadeltaHyper = { rho: 0.95, eps: 1e-6, lr: 1 };
  private readonly avgSqGrad: Float64Array[];
  private readonly avgSqUpdate: Float64Array[];

  constructor(params: readonly ParamLike[], hyper: Partial<AdadeltaHyper> = {}) {
    super(params, Adadelta.defaults, hyper);
    this.avgSqGrad = this.zerosLikeParams();
    this.avgSqUpdate = this.zerosLikeParams();
  }

  state(): OptimizerState {
    return { avgSquaredGrad: copyBuffers(this.avgSqGrad), avgSquaredUpdate: copyBuffers(this.avgSqUpdate) };
  }

  protected update(i: number, data: FloatBuffer, grad: FloatBuffer, h: AdadeltaHyper): void {
    const Eg = this.avgSqGrad[i];
    const Ex = this.avgSqUpdate[i];
    const { rho, eps, lr } = h;
    for (let j = 0; j < data.length; j++) {
      const g = grad[j];
      Eg[j] = rho * Eg[j] + (1 - rho) * g * g;
      const dx = -(Math.sqrt(Ex[j] + eps) / Math.sqrt(Eg[j] + eps)) * g;
      Ex[j] = rho * Ex[j] + (1 - rho) * dx * dx;
      data[j] += lr * dx;
    }
  }
}

/** RMSprop hyperparameters. */
export interface RMSpropHyper extends Record<string, number> {
  /** Learning rate η, default 0.001. */
  lr: number;
  /** Decay rate ρ of the squared-gradient average, default 0.9. */
  rho: number;
  /** ε added to the denominator, default 1e-8. */
  eps: number;
}

/**
 * RMSprop (Hinton 2012): E[g²] ← ρE[g²] + (1−ρ)g²; θ ← θ − η g / (√E[g²] + ε).
 * State: `avgSquaredGrad` (E[g²]).
 */
export class RMSprop extends Optimizer<RMSpropHyper> {
  static readonly defaults: RMSpropHyper = { lr: 0.001, rho: 0.9, eps: 1e-8 };
  private readonly avgSq: Float64Array[];

  constructor(params: readonly ParamLike[], hyper: Partial<RMSpropHyper> = {}) {
    super(params, RMSprop.defaults, hyper);
    this.avgSq = this.zerosLikeParams();
  }

  state(): OptimizerState {
    return { avgSquaredGrad: copyBuffers(this.avgSq) };
  }

  protected update(i: number, data: FloatBuffer, grad: FloatBuffer, h: RMSpropHyper): void {
    const E = this.avgSq[i];
    const { lr, rho, eps } = h;
    for (let j = 0; j < data.length; j++) {
      const g = grad[j];
      E[j] = rho * E[j] + (1 - rho) * g * g;
      data[j] -= (lr * g) / (Math.sqrt(E[j]) + eps);
    }
  }
}
