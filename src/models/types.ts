/**
 * What the training runner needs from a model: plain step/evaluate functions
 * over the engine, returning serialisable data.
 */
import type { ParamLike } from '../engine/optim/optimizer';

/** One parameter tensor as plain data. */
export interface WeightSnapshot {
  /** Parameter name, e.g. `W1`, `b1` (1-based layer index). */
  name: string;
  /** Shape: [out, in] for a weight matrix W (y = x·Wᵀ + b), [out] for a bias. */
  shape: number[];
  /** Row-major values (a fresh copy; safe to transfer). */
  data: Float64Array;
}

/** Model outputs on an n×n grid over a 2-D input plane. */
export interface GridSnapshot {
  /** Grid points per axis. */
  n: number;
  /** Input window: x spans [xMin, xMax] left→right, y spans [yMin, yMax] bottom→top. */
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
  /** Output units per grid point. */
  outputs: number;
  /**
   * Predictions, row-major: grid row r (y = yMin + r·(yMax−yMin)/(n−1)), column c
   * (x = xMin + c·(xMax−xMin)/(n−1)), output k at index (r·n + c)·outputs + k.
   */
  values: Float32Array;
}

/** Regularisation weights, changeable while training. */
export interface Penalties {
  /** L1 weight: adds l1·Σ|w| over weight matrices (not biases) to the loss. Default 0. */
  l1: number;
  /** L2 weight: adds (l2/2)·Σw² over weight matrices (not biases) to the loss. Default 0. */
  l2: number;
}

/** A model the runner can train. All losses are means over examples (plus penalty). */
export interface TrainableModel {
  /** Trainable parameters, in a fixed order (what the optimizer updates). */
  readonly params: readonly ParamLike[];
  /** Number of training examples. */
  readonly trainSize: number;
  /** Current penalties; assign to change them mid-run. */
  penalties: Penalties;
  /**
   * Forward + backward on the examples at `indices`: leaves ∂loss/∂param in
   * each param's `grad` (overwriting) and returns the batch loss (data + penalty).
   */
  trainStep(indices: ArrayLike<number>): number;
  /** Mean loss on the whole training set (with penalty), or on the test set (data term only; null if none). */
  evaluate(set: 'train' | 'test'): number | null;
  /** Copies of all parameters. */
  weights(): WeightSnapshot[];
  /** Predictions on the task's grid, or null if the task has none. */
  grid(): GridSnapshot | null;
  /** Optional task-specific read-outs for the page (e.g. accuracy per gap length, sampled text). */
  report?(): ModelReport;
}

/** Plain, structured-clone-safe read-outs a model may add to its snapshots. */
export type ModelReport = Record<string, number | string | number[] | number[][] | string[]>;
