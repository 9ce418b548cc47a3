/**
 * Scalar activation functions and their derivatives.
 *
 * This is the single definition of every activation in the engine: the tensor
 * ops in `ops/activation.ts` call these same functions element by element, so a
 * lesson plotting σ(x) and a network training with σ agree to the last bit.
 */

/** Names accepted by {@link ACTIVATIONS} and by the tensor activation ops. */
export type ActivationName =
  | 'sigmoid'
  | 'tanh'
  | 'hardTanh'
  | 'relu'
  | 'leakyRelu'
  | 'gelu'
  | 'geluApprox'
  | 'swish'
  | 'identity';

/** A scalar activation and its derivative; `alpha` is only read by leakyRelu. */
export interface Activation {
  f(x: number, alpha?: number): number;
  df(x: number, alpha?: number): number;
}

const SQRT_PI = Math.sqrt(Math.PI);
const INV_SQRT_2 = Math.SQRT1_2;
const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

/** Logistic sigmoid σ(x) = 1 / (1 + e^−x); never overflows, for any finite or infinite x. */
export function sigmoid(x: number): number {
  // Branch so that exp() only ever sees a non-positive argument.
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/** σ′ expressed through the output s = σ(x): s(1 − s). */
export function sigmoidDerivFromOutput(s: number): number {
  return s * (1 - s);
}

/** σ′(x) = σ(x)(1 − σ(x)). */
export function sigmoidDeriv(x: number): number {
  return sigmoidDerivFromOutput(sigmoid(x));
}

/** Hyperbolic tangent. */
export function tanh(x: number): number {
  return Math.tanh(x);
}

/** tanh′ expressed through the output t = tanh(x): 1 − t². */
export function tanhDerivFromOutput(t: number): number {
  return 1 - t * t;
}

/** tanh′(x) = 1 − tanh²(x). */
export function tanhDeriv(x: number): number {
  return tanhDerivFromOutput(Math.tanh(x));
}

/** Hard tanh: x clipped to [−1, 1]. */
export function hardTanh(x: number): number {
  return x < -1 ? -1 : x > 1 ? 1 : x;
}

/** Derivative of hard tanh: 1 inside (−1, 1), 0 outside (0 at the kinks). */
export function hardTanhDeriv(x: number): number {
  if (x !== x) return x;
  return x > -1 && x < 1 ? 1 : 0;
}

/** ReLU max(0, x); NaN stays NaN. */
export function relu(x: number): number {
  // `x < 0 ? 0 : x` (not Math.max) so that NaN propagates instead of becoming 0.
  return x < 0 ? 0 : x;
}

/** ReLU′: 1 for x > 0, 0 otherwise (0 at the kink, as in PyTorch). */
export function reluDeriv(x: number): number {
  if (x !== x) return x;
  return x > 0 ? 1 : 0;
}

/** Leaky ReLU: x for x ≥ 0, αx otherwise. Default α = 0.01. */
export function leakyRelu(x: number, alpha = 0.01): number {
  return x < 0 ? alpha * x : x;
}

/** Leaky ReLU′: 1 for x > 0, α otherwise. Default α = 0.01. */
export function leakyReluDeriv(x: number, alpha = 0.01): number {
  if (x !== x) return x;
  return x > 0 ? 1 : alpha;
}

/**
 * Parametric ReLU (He et al. 2015): x for x > 0, αx otherwise, where α is a parameter the network learns
 * (leaky ReLU is the same curve with α fixed). Its value is that of {@link leakyRelu}.
 */
export function prelu(x: number, alpha: number): number {
  return x > 0 ? x : alpha * x;
}

/** ∂PReLU/∂x: 1 for x > 0, α otherwise. */
export function preluDeriv(x: number, alpha: number): number {
  if (x !== x) return x;
  return x > 0 ? 1 : alpha;
}

/** ∂PReLU/∂α: 0 for x > 0, x otherwise (only negative inputs teach α anything). */
export function preluAlphaDeriv(x: number): number {
  if (x !== x) return x;
  return x > 0 ? 0 : x;
}

/**
 * erf(x) for |x| < 2.5 by the all-positive series
 * erf(x) = 2/√π · e^{−x²} · Σ 2ⁿ x^{2n+1} / (1·3·…·(2n+1)),
 * which, unlike the Taylor series, has no cancellation.
 */
function erfSeries(x: number): number {
  const x2 = 2 * x * x;
  let term = x;
  let sum = x;
  for (let n = 1; n < 200; n++) {
    term *= x2 / (2 * n + 1);
    sum += term;
    if (Math.abs(term) < 1e-17 * Math.abs(sum)) break;
  }
  return (2 / SQRT_PI) * Math.exp(-x * x) * sum;
}

/**
 * erfc(x) for x ≥ 2.5 by the Laplace continued fraction
 * erfc(x) = e^{−x²}/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))),
 * evaluated bottom-up; the depths were chosen to reach double precision.
 */
function erfcContinuedFraction(x: number): number {
  const depth = x < 3 ? 110 : x < 4 ? 70 : x < 6 ? 40 : 20;
  let f = x;
  for (let n = depth; n >= 1; n--) f = x + n / 2 / f;
  return Math.exp(-x * x) / (SQRT_PI * f);
}

/** Error function, absolute error below 1e−15 for all x. */
export function erf(x: number): number {
  if (x !== x) return x;
  const ax = Math.abs(x);
  if (ax < 2.5) return erfSeries(x);
  const r = 1 - erfcContinuedFraction(ax);
  return x < 0 ? -r : r;
}

/** Complementary error function 1 − erf(x), with good relative accuracy in the right tail. */
export function erfc(x: number): number {
  if (x !== x) return x;
  if (x >= 2.5) return erfcContinuedFraction(x);
  if (x <= -2.5) return 2 - erfcContinuedFraction(-x);
  return 1 - erfSeries(x);
}

/** Standard normal CDF Φ(x) = ½ erfc(−x/√2). */
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x * INV_SQRT_2);
}

/** Standard normal density φ(x). */
export function normalPdf(x: number): number {
  return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
}

/** Exact GELU: x·Φ(x). */
export function gelu(x: number): number {
  return x * normalCdf(x);
}

/** GELU′(x) = Φ(x) + x·φ(x). */
export function geluDeriv(x: number): number {
  return normalCdf(x) + x * normalPdf(x);
}

/** Sigmoid approximation of GELU: x·σ(1.702x). */
export function geluApprox(x: number): number {
  return x * sigmoid(1.702 * x);
}

/** Derivative of x·σ(1.702x): σ(1.702x) + 1.702x·σ′(1.702x). */
export function geluApproxDeriv(x: number): number {
  const s = sigmoid(1.702 * x);
  return s + 1.702 * x * sigmoidDerivFromOutput(s);
}

/** Swish / SiLU: x·σ(x). */
export function swish(x: number): number {
  return x * sigmoid(x);
}

/** Swish′(x) = σ(x) + x·σ(x)(1 − σ(x)). */
export function swishDeriv(x: number): number {
  const s = sigmoid(x);
  return s + x * sigmoidDerivFromOutput(s);
}

/** Identity activation (for linear output layers). */
export function identity(x: number): number {
  return x;
}

/** Derivative of the identity: 1 (NaN stays NaN). */
export function identityDeriv(x: number): number {
  return x !== x ? x : 1;
}

/** Every activation by name, as used by MLP layers and lesson pickers. */
export const ACTIVATIONS: Record<ActivationName, Activation> = {
  sigmoid: { f: sigmoid, df: sigmoidDeriv },
  tanh: { f: tanh, df: tanhDeriv },
  hardTanh: { f: hardTanh, df: hardTanhDeriv },
  relu: { f: relu, df: reluDeriv },
  leakyRelu: { f: leakyRelu, df: leakyReluDeriv },
  gelu: { f: gelu, df: geluDeriv },
  geluApprox: { f: geluApprox, df: geluApproxDeriv },
  swish: { f: swish, df: swishDeriv },
  identity: { f: identity, df: identityDeriv },
};

/** Pre-activation of one neuron: z = w·x + b. Throws if the lengths differ. */
export function neuron(w: readonly number[], x: readonly number[], b: number): number {
  if (w.length !== x.length) {
    throw new Error(`neuron: weights [${w.length}] and inputs [${x.length}] differ in length`);
  }
  let z = b;
  for (let i = 0; i < w.length; i++) z += w[i] * x[i];
  return z;
}
