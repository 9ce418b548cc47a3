/**
 * How many numbers a fully connected network learns, counted on a network the engine really builds,
 * and how mini-batches divide an epoch into iterations.
 */
import { MLP } from '../engine/nn/linear';
import { createRng } from '../engine/rng';

export const MAX_LAYERS = 7;
export const MAX_UNITS = 4096;
/** Larger networks are counted by formula only: building them here would allocate too much memory. */
export const MAX_BUILT_WEIGHTS = 2_000_000;

export interface LayerCount { inputs: number; outputs: number; weights: number; biases: number }
export interface ParamCount { layers: LayerCount[]; total: number; built: boolean }

/** Problems with a list of layer sizes, as a code for the page to word; null when it is fine. */
export function sizesProblem(sizes: readonly number[]): 'tooFew' | 'tooMany' | 'notWhole' | 'tooLarge' | null {
  if (sizes.length < 2) return 'tooFew';
  if (sizes.length > MAX_LAYERS) return 'tooMany';
  if (!sizes.every((n) => Number.isInteger(n) && n >= 1)) return 'notWhole';
  if (sizes.some((n) => n > MAX_UNITS)) return 'tooLarge';
  return null;
}

/**
 * Parameters of the fully connected network with layer sizes `sizes` = [inputs, hidden…, outputs]:
 * each layer has an (out × in) weight matrix and out biases. The network is built with the engine and its
 * parameter tensors are counted (when it is small enough to build; the formula otherwise).
 * @throws RangeError for sizes rejected by {@link sizesProblem}.
 */
export function countParameters(sizes: readonly number[]): ParamCount {
  const problem = sizesProblem(sizes);
  if (problem) throw new RangeError(`layer sizes: ${problem}`);
  const formula = sizes.slice(1).map((out, l): LayerCount => ({ inputs: sizes[l], outputs: out, weights: sizes[l] * out, biases: out }));
  const weights = formula.reduce((s, l) => s + l.weights, 0);
  if (weights > MAX_BUILT_WEIGHTS) return { layers: formula, total: formula.reduce((s, l) => s + l.weights + l.biases, 0), built: false };
  const net = new MLP(sizes, createRng('param-count'));
  const layers = net.layers.map((layer): LayerCount => ({
    inputs: layer.inFeatures, outputs: layer.outFeatures, weights: layer.W.size, biases: layer.b?.size ?? 0,
  }));
  return { layers, total: net.parameters().reduce((s, t) => s + t.size, 0), built: true };
}

export interface EpochPlan {
  /** Mini-batches (iterations) in one pass over the data: ⌈N / B⌉. */
  iterationsPerEpoch: number;
  /** Examples in the last, possibly smaller, batch of an epoch. */
  lastBatch: number;
  /** Iterations in `epochs` passes. */
  totalIterations: number;
}

/** Iterations per epoch for N examples in batches of B (B ≥ N is full-batch: one iteration per epoch). */
export function epochPlan(examples: number, batch: number, epochs: number): EpochPlan {
  for (const [name, v] of [['examples', examples], ['batch', batch], ['epochs', epochs]] as const) {
    if (!(Number.isInteger(v) && v >= 1)) throw new RangeError(`${name} must be a whole number ≥ 1`);
  }
  const b = Math.min(batch, examples);
  const iterationsPerEpoch = Math.ceil(examples / b);
  return { iterationsPerEpoch, lastBatch: examples - (iterationsPerEpoch - 1) * b, totalIterations: iterationsPerEpoch * epochs };
}
