/**
 * Activation functions as tensor ops. Each reuses the single scalar definition
 * in `activations.ts`; sigmoid and tanh get their derivative from the output
 * (s(1−s), 1−t²), which is what the backprop lessons show.
 */
import {
  ACTIVATIONS,
  type ActivationName,
  gelu as geluF,
  geluDeriv,
  hardTanh as hardTanhF,
  hardTanhDeriv,
  leakyRelu as leakyReluF,
  leakyReluDeriv,
  prelu as preluF,
  preluAlphaDeriv,
  preluDeriv,
  reluDeriv,
  sigmoid as sigmoidF,
  sigmoidDerivFromOutput,
  swish as swishF,
  swishDeriv,
  tanhDerivFromOutput,
} from '../activations';
import { reluBackward as reluBackwardKernel, reluForward } from '../kernels/elementwise';
import { record } from '../tape';
import { Tensor } from '../tensor';
import { planBinary, reduceGrad } from './broadcast';
import { unaryOp } from './elementwise';
import { float64Buffer } from '../buffers';

/** σ(x) element-wise; local derivative s(1−s). */
export function sigmoid(x: Tensor): Tensor {
  return unaryOp('sigmoid', 'σ(x)(1−σ(x))', x,
    (a, y) => { for (let i = 0; i < a.length; i++) y[i] = sigmoidF(a[i]); },
    (_a, y, d) => { for (let i = 0; i < y.length; i++) d[i] = sigmoidDerivFromOutput(y[i]); });
}

/** tanh(x) element-wise; local derivative 1 − tanh². */
export function tanh(x: Tensor): Tensor {
  return unaryOp('tanh', '1−tanh²(x)', x,
    (a, y) => { for (let i = 0; i < a.length; i++) y[i] = Math.tanh(a[i]); },
    (_a, y, d) => { for (let i = 0; i < y.length; i++) d[i] = tanhDerivFromOutput(y[i]); });
}

/** Clip to [−1, 1]. */
export function hardTanh(x: Tensor): Tensor {
  return unaryOp('hardTanh', '1 if |x|<1 else 0', x,
    (a, y) => { for (let i = 0; i < a.length; i++) y[i] = hardTanhF(a[i]); },
    (a, _y, d) => { for (let i = 0; i < a.length; i++) d[i] = hardTanhDeriv(a[i]); });
}

/** max(0, x). */
export function relu(x: Tensor): Tensor {
  return unaryOp('relu', '1 if x>0 else 0', x,
    (a, y) => reluForward(a, y),
    (a, _y, d) => { for (let i = 0; i < a.length; i++) d[i] = reluDeriv(a[i]); },
    (a, _y, g) => {
      const d = float64Buffer(g.length);
      reluBackwardKernel(a, g, d);
      return d;
    });
}

/** Leaky ReLU with slope `alpha` for x < 0 (default 0.01). */
export function leakyRelu(x: Tensor, alpha = 0.01): Tensor {
  return unaryOp('leakyRelu', `1 if x>0 else ${alpha}`, x,
    (a, y) => { for (let i = 0; i < a.length; i++) y[i] = leakyReluF(a[i], alpha); },
    (a, _y, d) => { for (let i = 0; i < a.length; i++) d[i] = leakyReluDeriv(a[i], alpha); });
}

/**
 * Parametric ReLU with a learned slope: y = x for x > 0, αx otherwise. `alpha` broadcasts against `x`
 * (a scalar for one shared slope, or one per channel, e.g. shape [C, 1, 1] for [C, H, W] maps).
 * Backward: ∂y/∂x = 1 or α, and ∂y/∂α = 0 or x, summed over every element sharing that α.
 */
export function prelu(x: Tensor, alpha: Tensor): Tensor {
  const { shape, size, ia, ib } = planBinary('prelu', x, alpha);
  if (ia !== null && x.size !== size) throw new Error(`prelu: alpha of shape [${alpha.shape.join(', ')}] must broadcast to x, not enlarge it`);
  const a = alpha.data;
  const xs = x.data;
  const at = (i: number) => (ib === null ? i : ib[i]);
  const xi = (i: number) => (ia === null ? i : ia[i]);
  const out = new Float64Array(size);
  for (let i = 0; i < size; i++) out[i] = preluF(xs[xi(i)], a[at(i)]);
  return record('prelu', [x, alpha], new Tensor(out, shape), (g) => {
    let gx: Float64Array | null = null;
    let ga: Float64Array | null = null;
    if (x.requiresGrad) {
      const d = new Float64Array(size);
      for (let i = 0; i < size; i++) d[i] = g[i] * preluDeriv(xs[xi(i)], a[at(i)]);
      gx = reduceGrad(d, ia, x.size);
    }
    if (alpha.requiresGrad) {
      const d = new Float64Array(size);
      for (let i = 0; i < size; i++) d[i] = g[i] * preluAlphaDeriv(xs[xi(i)]);
      ga = reduceGrad(d, ib, alpha.size);
    }
    return [gx, ga];
  }, () => ({ rules: ['1 if x>0 else α', '0 if x>0 else x'] }));
}

/** Exact GELU x·Φ(x). */
export function gelu(x: Tensor): Tensor {
  return unaryOp('gelu', 'Φ(x) + x·φ(x)', x,
    (a, y) => { for (let i = 0; i < a.length; i++) y[i] = geluF(a[i]); },
    (a, _y, d) => { for (let i = 0; i < a.length; i++) d[i] = geluDeriv(a[i]); });
}

/** Swish x·σ(x). */
export function swish(x: Tensor): Tensor {
  return unaryOp('swish', 'σ(x) + x·σ(x)(1−σ(x))', x,
    (a, y) => { for (let i = 0; i < a.length; i++) y[i] = swishF(a[i]); },
    (a, _y, d) => { for (let i = 0; i < a.length; i++) d[i] = swishDeriv(a[i]); });
}

/** Any activation by name (`alpha` only for leakyRelu). Identity returns `x` itself. */
export function activation(x: Tensor, name: ActivationName, alpha?: number): Tensor {
  switch (name) {
    case 'identity': return x;
    case 'sigmoid': return sigmoid(x);
    case 'tanh': return tanh(x);
    case 'relu': return relu(x);
    case 'leakyRelu': return leakyRelu(x, alpha);
    default: {
      const { f, df } = ACTIVATIONS[name];
      return unaryOp(name, `${name}′(x)`, x,
        (a, y) => { for (let i = 0; i < a.length; i++) y[i] = f(a[i], alpha); },
        (a, _y, d) => { for (let i = 0; i < a.length; i++) d[i] = df(a[i], alpha); });
    }
  }
}
