import { ACTIVATIONS, neuron, type ActivationName } from '../engine/activations';

export type { ActivationName };
export const ACTIVATION_NAMES = Object.keys(ACTIVATIONS) as ActivationName[];

/** One neuron's forward pass, every intermediate value kept so a lesson can show it. */
export interface NeuronSnapshot {
  /** w_i · x_i for each input. */
  products: number[];
  /** z = w·x + b. */
  z: number;
  /** a = f(z). */
  a: number;
  /** f′(z): how much a moves per unit of z. */
  slope: number;
}

/** z = w·x + b, a = f(z). `alpha` is leaky ReLU's negative slope. */
export function neuronForward(w: readonly number[], x: readonly number[], b: number, activation: ActivationName, alpha = 0.01): NeuronSnapshot {
  const z = neuron(w, x, b);
  return { products: w.map((wi, i) => wi * x[i]), z, ...activationAt(activation, z, alpha) };
}

/** f(z) for one activation (the engine's single definition). */
export function activate(activation: ActivationName, z: number, alpha = 0.01): number {
  return ACTIVATIONS[activation].f(z, alpha);
}

/** f(z) and f′(z) together. */
export function activationAt(activation: ActivationName, z: number, alpha = 0.01): { a: number; slope: number } {
  return { a: ACTIVATIONS[activation].f(z, alpha), slope: ACTIVATIONS[activation].df(z, alpha) };
}

/** Samples f and f′ on [lo, hi] with `n` points, as [x, y] pairs for a plot. */
export function sampleActivation(activation: ActivationName, lo: number, hi: number, n = 241, alpha = 0.01) {
  const f: [number, number][] = [];
  const df: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    const x = lo + ((hi - lo) * i) / (n - 1);
    f.push([x, ACTIVATIONS[activation].f(x, alpha)]);
    df.push([x, ACTIVATIONS[activation].df(x, alpha)]);
  }
  return { f, df };
}

/** A dense layer of neurons on one input: z = Wx + b, a = f(z) element-wise. */
export function layerForward(W: readonly (readonly number[])[], b: readonly number[], x: readonly number[], activation: ActivationName, alpha = 0.01) {
  const z = W.map((row, i) => neuron(row, x, b[i]));
  return { z, a: z.map((zi) => ACTIVATIONS[activation].f(zi, alpha)) };
}

/**
 * Two stacked layers on a scalar input x: hidden h = g(W1·x + b1) (W1, b1 of length n), output
 * y = W2·h + b2. With g the identity this collapses to one linear map y = V·x + c, V = W2·W1, c = W2·b1 + b2.
 */
export function twoLayers(W1: readonly number[], b1: readonly number[], W2: readonly number[], b2: number, hidden: ActivationName) {
  const V = W2.reduce((s, w2, i) => s + w2 * W1[i], 0);
  const c = W2.reduce((s, w2, i) => s + w2 * b1[i], b2);
  const at = (x: number) => W2.reduce((s, w2, i) => s + w2 * ACTIVATIONS[hidden].f(W1[i] * x + b1[i]), b2);
  return { V, c, at };
}
