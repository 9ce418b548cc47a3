/**
 * L1 / L2 weight penalties, applied directly to parameter buffers: cheaper
 * than putting them on the autograd tape, and identical in value.
 */
import type { Tensor } from '../engine/tensor';
import type { Penalties } from './types';

/** l1·Σ|w| + (l2/2)·Σw² over the given weights. */
export function penaltyValue(weights: readonly Tensor[], { l1, l2 }: Penalties): number {
  if (l1 === 0 && l2 === 0) return 0;
  let a = 0;
  let s = 0;
  for (const w of weights) {
    for (let i = 0; i < w.data.length; i++) {
      const v = w.data[i];
      a += Math.abs(v);
      s += v * v;
    }
  }
  return l1 * a + 0.5 * l2 * s;
}

/** Add ∂penalty/∂w = l1·sign(w) + l2·w to each weight's gradient (creating it if missing). */
export function addPenaltyGrad(weights: readonly Tensor[], { l1, l2 }: Penalties): void {
  if (l1 === 0 && l2 === 0) return;
  for (const w of weights) {
    const g = (w.grad ??= new Float64Array(w.size));
    for (let i = 0; i < w.data.length; i++) {
      const v = w.data[i];
      g[i] += l1 * Math.sign(v) + l2 * v;
    }
  }
}
