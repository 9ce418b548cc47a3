/**
 * The dense autoencoder 784 → H → 2 → H → 784 as plain arrays, for inference on a weight snapshot
 * (the page decodes a clicked latent point or reconstructs a drawn digit without the engine).
 * Hidden layers use ReLU, the 2-D code is linear, the output is a sigmoid (grey levels 0…1).
 * Weight layout as in the engine's linear layer: W [out, in], y = W·x + b.
 */
import { createRng } from '../engine/rng';

export const PIXELS = 784;
export const LATENT = 2;

/** Names of the eight parameter tensors, in the order the task trains them. */
export const AE_PARAM_NAMES = ['We1', 'be1', 'We2', 'be2', 'Wd1', 'bd1', 'Wd2', 'bd2'] as const;
export type AeParamName = (typeof AE_PARAM_NAMES)[number];
export type AeWeights = Record<AeParamName, Float64Array>;

/** y = act(W·x + b) for W [out, in]. */
function dense(W: Float64Array, b: Float64Array, x: ArrayLike<number>, act: 'relu' | 'linear' | 'sigmoid'): Float64Array {
  const out = b.length;
  const n = x.length;
  const y = new Float64Array(out);
  for (let o = 0; o < out; o++) {
    let s = b[o];
    const off = o * n;
    for (let i = 0; i < n; i++) s += W[off + i] * x[i];
    y[o] = act === 'relu' ? Math.max(0, s) : act === 'sigmoid' ? 1 / (1 + Math.exp(-s)) : s;
  }
  return y;
}

/** The weights from a snapshot's name → data map; null when one is missing or the sizes disagree. */
export function aeWeightsFrom(named: Record<string, Float64Array>): AeWeights | null {
  const w = {} as AeWeights;
  for (const k of AE_PARAM_NAMES) {
    if (!named[k]) return null;
    w[k] = named[k];
  }
  const H = w.be1.length;
  const ok = w.We1.length === H * PIXELS && w.be2.length === LATENT && w.We2.length === LATENT * H
    && w.bd1.length === H && w.Wd1.length === H * LATENT && w.bd2.length === PIXELS && w.Wd2.length === PIXELS * H;
  return ok ? w : null;
}

/** The 2-D code of an image (784 grey levels 0…1). */
export function encode(w: AeWeights, x: ArrayLike<number>): [number, number] {
  const z = dense(w.We2, w.be2, dense(w.We1, w.be1, x, 'relu'), 'linear');
  return [z[0], z[1]];
}

/** The image (784 grey levels 0…1) the decoder draws for the code z. */
export function decode(w: AeWeights, z: readonly [number, number]): Float64Array {
  return dense(w.Wd2, w.bd2, dense(w.Wd1, w.bd1, z, 'relu'), 'sigmoid');
}

/** Input → code → reconstruction. */
export function reconstruct(w: AeWeights, x: ArrayLike<number>): { z: [number, number]; out: Float64Array; mse: number } {
  const z = encode(w, x);
  const out = decode(w, z);
  let se = 0;
  for (let i = 0; i < PIXELS; i++) se += (out[i] - x[i]) ** 2;
  return { z, out, mse: se / PIXELS };
}

/**
 * A corrupted copy of `x` for the denoising autoencoder: Gaussian noise of standard deviation
 * `level` added to every pixel, clipped to [0, 1]. Seeded, so the same seed gives the same noise.
 */
export function corrupt(x: ArrayLike<number>, level: number, seed: string | number, into?: Float64Array, offset = 0): Float64Array {
  const out = into ?? new Float64Array(x.length);
  if (!(level > 0)) {
    for (let i = 0; i < x.length; i++) out[offset + i] = x[i];
    return out;
  }
  const rng = createRng(seed);
  for (let i = 0; i < x.length; i++) out[offset + i] = Math.min(1, Math.max(0, x[i] + rng.normal(0, level)));
  return out;
}
