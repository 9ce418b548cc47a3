/**
 * Finite-difference gradient check used by every op test: compares autograd's
 * gradients with central differences in float64.
 */
import { createRng } from '../rng';
import { backward, noGrad } from '../tape';
import type { Tensor } from '../tensor';

/** Options: step `eps` (default 1e-5), seed of the random output weighting. */
export interface GradcheckOptions {
  eps?: number;
  seed?: string | number;
}

/** Result: worst relative error over every checked element, and where it happened. */
export interface GradcheckResult {
  maxRelError: number;
  worst: { input: number; index: number; analytic: number; numeric: number };
}

/**
 * Builds L = Σ rᵢ·fᵢ(inputs) with fixed random weights r (so every output
 * element matters differently), runs autograd, then perturbs each input
 * element by ±eps. Relative error is |a − n| / max(|a|, |n|, 1e-3): the floor
 * compares near-zero gradients absolutely, where a ratio would be noise.
 */
export function gradcheck(fn: (...inputs: Tensor[]) => Tensor, inputs: Tensor[], opts: GradcheckOptions = {}): GradcheckResult {
  const eps = opts.eps ?? 1e-5;
  const rng = createRng(opts.seed ?? 'gradcheck');
  for (const t of inputs) {
    t.requiresGrad = true;
    t.grad = null;
  }
  const out = fn(...inputs);
  const weights = Float64Array.from({ length: out.size }, () => rng.uniform(0.5, 1.5) * (rng.next() < 0.5 ? -1 : 1));
  backward(out, weights);
  const scalarLoss = (): number =>
    noGrad(() => {
      const o = fn(...inputs);
      let s = 0;
      for (let i = 0; i < o.size; i++) s += weights[i] * o.data[i];
      return s;
    });
  const result: GradcheckResult = { maxRelError: 0, worst: { input: -1, index: -1, analytic: 0, numeric: 0 } };
  inputs.forEach((t, k) => {
    for (let i = 0; i < t.size; i++) {
      const orig = t.data[i];
      t.data[i] = orig + eps;
      const up = scalarLoss();
      t.data[i] = orig - eps;
      const down = scalarLoss();
      t.data[i] = orig;
      const numeric = (up - down) / (2 * eps);
      const analytic = t.grad ? t.grad[i] : 0;
      const rel = Math.abs(analytic - numeric) / Math.max(Math.abs(analytic), Math.abs(numeric), 1e-3);
      // Written as !(≤) so that a NaN error is reported, not skipped.
      if (!(rel <= result.maxRelError)) {
        result.maxRelError = rel;
        result.worst = { input: k, index: i, analytic, numeric };
      }
    }
  });
  return result;
}
