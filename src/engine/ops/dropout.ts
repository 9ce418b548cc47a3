/** Inverted dropout with a seeded rng. */
import type { Rng } from '../rng';
import { Tensor } from '../tensor';
import { record } from '../tape';

/**
 * Zeroes each element with probability `p` and scales survivors by 1/(1−p),
 * so the expected value is unchanged and inference needs no rescaling.
 * When `training` is false or p = 0 it returns `x` itself.
 */
export function dropout(x: Tensor, p: number, rng: Rng, training = true): Tensor {
  if (p < 0 || p >= 1) throw new Error(`dropout: p = ${p} is not in [0, 1)`);
  if (!training || p === 0) return x;
  const keepScale = 1 / (1 - p);
  const mask = new Float64Array(x.size);
  const out = new Float64Array(x.size);
  const src = x.data;
  for (let i = 0; i < out.length; i++) {
    mask[i] = rng.next() < p ? 0 : keepScale;
    out[i] = src[i] * mask[i];
  }
  return record('dropout', [x], new Tensor(out, x.shape), (g) => {
    const gx = new Float64Array(g.length);
    for (let i = 0; i < g.length; i++) gx[i] = g[i] * mask[i];
    return [gx];
  }, () => ({ rules: ['mask/(1−p)'], values: mask.slice() }));
}
