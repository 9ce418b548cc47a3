/**
 * Adam and its extensions AdamW, AMSGrad and Nadam: momentum on the gradient plus an RMSprop-style scale, with
 * bias correction for the zero-initialised averages.
 */
import { Optimizer, copyBuffers, type FloatBuffer, type OptimizerState, type ParamLike } from './optimizer';

/** Adam hyperparameters (AdamW adds `weightDecay`). */
export interface AdamHyper extends Record<string, number> {
  /** Learning rate η, default 0.001. */
  lr: number;
  /** Decay of the first-moment (mean gradient) average, default 0.9. */
  beta1: number;
  /** Decay of the second-moment (squared gradient) average, default 0.999. */
  beta2: number;
  /** ε added to √v̂, default 1e-8. */
  eps: number;
}

/**
 * Adam (Kingma & Ba 2015), with t = stepCount after increment:
 *   m ← β₁m + (1−β₁)g;  v ← β₂v + (1−β₂)g²;
 *   m̂ = m/(1−β₁ᵗ);  v̂ = v/(1−β₂ᵗ);  θ ← θ − η m̂/(√v̂ + ε).
 * State: `m`, `v` (raw averages) and `mHat`, `vHat` (bias-corrected, as used in the last step).
 */
export class Adam<H extends AdamHyper = AdamHyper> extends Optimizer<H> {
  static readonly defaults: AdamHyper = { lr: 0.001, beta1: 0.9, beta2: 0.999, eps: 1e-8 };
  private readonly m: Float64Array[];
  private readonly v: Float64Array[];

  constructor(params: readonly ParamLike[], hyper: Partial<H> = {}, defaults?: H) {
    super(params, defaults ?? (Adam.defaults as H), hyper);
    this.m = this.zerosLikeParams();
    this.v = this.zerosLikeParams();
  }

  state(): OptimizerState {
    const t = this.stepCount;
    const { beta1, beta2 } = this.hyper;
    const c1 = t > 0 ? 1 - beta1 ** t : 1;
    const c2 = t > 0 ? 1 - beta2 ** t : 1;
    return {
      m: copyBuffers(this.m),
      v: copyBuffers(this.v),
      mHat: this.m.map((a) => a.map((x) => x / c1)),
      vHat: this.v.map((a) => a.map((x) => x / c2)),
    };
  }

  /** The raw first and second moment buffers of parameter `i` (for the variants below). */
  protected moments(i: number): { m: Float64Array; v: Float64Array } {
    return { m: this.m[i], v: this.v[i] };
  }

  protected update(i: number, data: FloatBuffer, grad: FloatBuffer, h: H): void {
    const m = this.m[i];
    const v = this.v[i];
    const { lr, beta1, beta2, eps } = h;
    const t = this.stepCount;
    const c1 = 1 - beta1 ** t;
    const c2 = 1 - beta2 ** t;
    for (let j = 0; j < data.length; j++) {
      const g = grad[j];
      m[j] = beta1 * m[j] + (1 - beta1) * g;
      v[j] = beta2 * v[j] + (1 - beta2) * g * g;
      data[j] -= (lr * (m[j] / c1)) / (Math.sqrt(v[j] / c2) + eps);
    }
  }
}

/** AdamW hyperparameters. */
export interface AdamWHyper extends AdamHyper {
  /** Decoupled weight-decay coefficient λ (fraction of θ removed per unit lr), default 0.01. */
  weightDecay: number;
}

/**
 * AdamW (Loshchilov & Hutter 2019): weight decay applied directly to the
 * parameters, not through the gradient, so it is not rescaled by √v̂:
 *   θ ← θ − ηλθ, then the Adam update.
 * State: as {@link Adam}.
 */
export class AdamW extends Adam<AdamWHyper> {
  static readonly defaults: AdamWHyper = { ...Adam.defaults, weightDecay: 0.01 };

  constructor(params: readonly ParamLike[], hyper: Partial<AdamWHyper> = {}) {
    super(params, hyper, AdamW.defaults);
  }

  protected update(i: number, data: FloatBuffer, grad: FloatBuffer, h: AdamWHyper): void {
    const decay = 1 - h.lr * h.weightDecay;
    for (let j = 0; j < data.length; j++) data[j] *= decay;
    super.update(i, data, grad, h);
  }
}

/**
 * AMSGrad (Reddi, Kale & Kumar 2018), in the bias-corrected form PyTorch uses
 * (`Adam(amsgrad=True)`): the denominator uses the largest second moment seen so far,
 * so the effective step η/√v̂ can never grow again after a burst of large gradients:
 *   m, v as Adam;  u ← max(u, v);  θ ← θ − η m̂ / (√(u/(1−β₂ᵗ)) + ε).
 * State: as {@link Adam}, plus `vMax` (u, raw) and `vMaxHat` (u/(1−β₂ᵗ)).
 */
export class AMSGrad extends Adam {
  private readonly vMax: Float64Array[];

  constructor(params: readonly ParamLike[], hyper: Partial<AdamHyper> = {}) {
    super(params, hyper, Adam.defaults);
    this.vMax = this.zerosLikeParams();
  }

  state(): OptimizerState {
    const t = this.stepCount;
    const c2 = t > 0 ? 1 - this.hyper.beta2 ** t : 1;
    return { ...super.state(), vMax: copyBuffers(this.vMax), vMaxHat: this.vMax.map((a) => a.map((x) => x / c2)) };
  }

  protected update(i: number, data: FloatBuffer, grad: FloatBuffer, h: AdamHyper): void {
    const { m, v } = this.moments(i);
    const u = this.vMax[i];
    const { lr, beta1, beta2, eps } = h;
    const t = this.stepCount;
    const c1 = 1 - beta1 ** t;
    const c2 = 1 - beta2 ** t;
    for (let j = 0; j < data.length; j++) {
      const g = grad[j];
      m[j] = beta1 * m[j] + (1 - beta1) * g;
      v[j] = beta2 * v[j] + (1 - beta2) * g * g;
      u[j] = Math.max(u[j], v[j]);
      data[j] -= (lr * (m[j] / c1)) / (Math.sqrt(u[j] / c2) + eps);
    }
  }
}

/**
 * Nadam (Dozat 2016): Adam with a Nesterov look-ahead on the first moment, in the
 * form of Ruder's overview (the deck's reference for "Adam extensions"): the step uses
 * this step's momentum plus the fresh gradient's share, each bias-corrected,
 *   m, v as Adam;  θ ← θ − η (β₁m̂ + (1−β₁)g/(1−β₁ᵗ)) / (√v̂ + ε).
 * State: as {@link Adam}.
 */
export class Nadam extends Adam {
  constructor(params: readonly ParamLike[], hyper: Partial<AdamHyper> = {}) {
    super(params, hyper, Adam.defaults);
  }

  protected update(i: number, data: FloatBuffer, grad: FloatBuffer, h: AdamHyper): void {
    const { m, v } = this.moments(i);
    const { lr, beta1, beta2, eps } = h;
    const t = this.stepCount;
    const c1 = 1 - beta1 ** t;
    const c2 = 1 - beta2 ** t;
    for (let j = 0; j < data.length; j++) {
      const g = grad[j];
      m[j] = beta1 * m[j] + (1 - beta1) * g;
      v[j] = beta2 * v[j] + (1 - beta2) * g * g;
      const look = beta1 * (m[j] / c1) + ((1 - beta1) * g) / c1;
      data[j] -= (lr * look) / (Math.sqrt(v[j] / c2) + eps);
    }
  }
}
