/** Layer normalisation over the last axis, with learnable gain and bias, as one node (float32 out for float32 in). */
import { allocFor, Tensor } from '../tensor';
import { record } from '../tape';
import { badShape } from './util';

/**
 * y = gain ⊙ (x − μ)/√(σ² + eps) + bias, with μ, σ² (biased variance) taken
 * over the last axis. gain/bias: [D] or null (then 1 and 0). eps default 1e-5.
 */
export function layerNorm(x: Tensor, gain: Tensor | null, bias: Tensor | null, eps = 1e-5): Tensor {
  const D = x.shape[x.ndim - 1];
  if (gain && gain.size !== D) throw badShape('layerNorm', gain, `is not a gain of length ${D}`);
  if (bias && bias.size !== D) throw badShape('layerNorm', bias, `is not a bias of length ${D}`);
  const rows = x.size / D;
  const src = x.data;
  const xhat = new Float64Array(x.size);
  const rstd = new Float64Array(rows);
  const out = allocFor(x.size, x, gain, bias);
  for (let r = 0; r < rows; r++) {
    const o = r * D;
    let mu = 0;
    for (let j = 0; j < D; j++) mu += src[o + j];
    mu /= D;
    let v = 0;
    for (let j = 0; j < D; j++) v += (src[o + j] - mu) * (src[o + j] - mu);
    const rs = 1 / Math.sqrt(v / D + eps);
    rstd[r] = rs;
    for (let j = 0; j < D; j++) {
      const h = (src[o + j] - mu) * rs;
      xhat[o + j] = h;
      out[o + j] = (gain ? gain.data[j] * h : h) + (bias ? bias.data[j] : 0);
    }
  }
  const inputs = [x];
  if (gain) inputs.push(gain);
  if (bias) inputs.push(bias);
  return record('layerNorm', inputs, new Tensor(out, x.shape), (g) => {
    const gx = x.requiresGrad ? new Float64Array(x.size) : null;
    const gg = gain && gain.requiresGrad ? new Float64Array(D) : null;
    const gb = bias && bias.requiresGrad ? new Float64Array(D) : null;
    for (let r = 0; r < rows; r++) {
      const o = r * D;
      let m1 = 0;
      let m2 = 0;
      for (let j = 0; j < D; j++) {
        const dh = g[o + j] * (gain ? gain.data[j] : 1);
        m1 += dh;
        m2 += dh * xhat[o + j];
        if (gg) gg[j] += g[o + j] * xhat[o + j];
        if (gb) gb[j] += g[o + j];
      }
      m1 /= D;
      m2 /= D;
      // ∂L/∂x = rstd · (dx̂ − mean(dx̂) − x̂ · mean(dx̂ ⊙ x̂))
      if (gx) for (let j = 0; j < D; j++) gx[o + j] = rstd[r] * (g[o + j] * (gain ? gain.data[j] : 1) - m1 - xhat[o + j] * m2);
    }
    const grads: (Float64Array | null)[] = [gx];
    if (gain) grads.push(gg);
    if (bias) grads.push(gb);
    return grads;
  }, () => ({ rules: ['rstd·(dx̂ − mean(dx̂) − x̂·mean(dx̂⊙x̂))', 'Σ ∂L/∂y ⊙ x̂', 'Σ ∂L/∂y'], info: { rstd: Array.from(rstd) } }));
}
