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
  relu as reluF,
  reluDeriv,
  sigmoid as sigmoidF,
  sigmoidDerivFromOutput,
  swish as swishF,
  swishDeriv,
  tanhDerivFromOutput,
} from '../activations';
import type { Tensor } from '../tensor';
import { unaryOp } from './elementwise';

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
    (a, y) => { for (let i = 0; i < a.length; i++) y[i] = reluF(a[i]); },
    (a, _y, d) => { for (let i = 0; i < a.length; i++) d[i] = reluDeriv(a[i]); });
}

/** Leaky ReLU with slope `alpha` for x < 0 (default 0.01). */
export function leakyRelu(x: Tensor, alpha = 0.01): Tensor {
  return unaryOp('leakyRelu', `1 if x>0 else ${alpha}`, x,
    (a, y) => { for (let i = 0; i < a.length; i++) y[i] = leakyReluF(a[i], alpha); },
    (a, _y, d) => { for (let i = 0; i < a.length; i++) d[i] = leakyReluDeriv(a[i], alpha); });
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
