/**
 * Gradient check for the stepped network: the central difference
 * (E(w+ε) − E(w−ε)) / 2ε beside autograd's ∂E/∂w, and a sweep over ε that
 * shows truncation error (ε too large) and float rounding (ε too small).
 */
import { backward } from '../engine/tape';
import { buildNet, lossWith, weightsOf, type BpConfig } from './backprop';

/** One weight W(layer+1)[row, col] (0-based layer index). */
export interface WeightRef { layer: number; row: number; col: number }

/** Numeric and autograd derivative of E with respect to one weight. */
export interface GradCheck {
  eps: number;
  numeric: number;
  autograd: number;
  /** |numeric − autograd|. */
  absError: number;
  /** |numeric − autograd| / max(|numeric|, |autograd|, 1e-12). */
  relError: number;
}

/** ∂E/∂W for all layers from one full backward pass. */
export function autogradWeights(cfg: BpConfig): number[][] {
  const net = buildNet(cfg);
  backward(net.loss);
  return cfg.sizes.slice(1).map((_, l) => Array.from(net.tensors.get(`W${l + 1}`)!.grad!));
}

/** Whether `w` names an existing weight of `cfg`. */
export function validWeight(cfg: BpConfig, w: WeightRef): boolean {
  const { sizes } = cfg;
  return w.layer >= 0 && w.layer < sizes.length - 1 && w.row >= 0 && w.row < sizes[w.layer + 1] && w.col >= 0 && w.col < sizes[w.layer];
}

/** Central-difference check of one weight at step size `eps` (in float64, the engine's precision). */
export function gradCheck(cfg: BpConfig, w: WeightRef, eps: number): GradCheck {
  const base = weightsOf(cfg);
  const idx = w.row * cfg.sizes[w.layer] + w.col;
  const at = (delta: number) => {
    const ws = base.map((m) => m.slice());
    ws[w.layer][idx] = base[w.layer][idx] + delta;
    return lossWith(cfg, ws);
  };
  const numeric = (at(eps) - at(-eps)) / (2 * eps);
  const autograd = autogradWeights(cfg)[w.layer][idx];
  const absError = Math.abs(numeric - autograd);
  return { eps, numeric, autograd, absError, relError: absError / Math.max(Math.abs(numeric), Math.abs(autograd), 1e-12) };
}

/** Checks at ε = 10^0, 10^−1, …, 10^−15: the error falls (truncation ~ε²) then rises again (rounding ~1/ε). */
export function gradCheckSweep(cfg: BpConfig, w: WeightRef): GradCheck[] {
  return Array.from({ length: 16 }, (_, i) => gradCheck(cfg, w, 10 ** -i));
}
