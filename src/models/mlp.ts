/**
 * A multi-layer perceptron built from a plain, serialisable task description:
 * build, train step on a batch, predict, and the decision-boundary grid.
 * Pure engine code: no DOM, no worker, no timers.
 */
import type { ActivationName } from '../engine/activations';
import { INITIALIZERS, type InitName } from '../engine/init';
import { bceWithLogits, binaryCrossEntropy, meanSquaredError, softmaxCrossEntropy } from '../engine/losses';
import type { OptimizerName } from '../engine/optim/factory';
import { activation } from '../engine/ops/activation';
import { linear } from '../engine/ops/matmul';
import { softmax } from '../engine/ops/softmax';
import { createRng } from '../engine/rng';
import { backward, noGrad } from '../engine/tape';
import { Tensor } from '../engine/tensor';
import { penaltyValue, addPenaltyGrad } from './penalty';
import type { GridSnapshot, Penalties, TrainableModel, WeightSnapshot } from './types';
import { validateMlpTask } from './validate';

/** Hidden/output activation names (the engine's scalar activations). */
export type MlpActivation = ActivationName;

/**
 * Loss: `mse` mean squared error over all outputs; `bce` binary cross-entropy
 * (outputs in (0, 1), fused with a sigmoid output for stability); `ce`
 * softmax cross-entropy (requires `outputActivation: 'softmax'`, targets one-hot).
 */
export type MlpLoss = 'mse' | 'bce' | 'ce';

/** An n×n grid over the input plane for decision-boundary pictures (2-input tasks only). */
export interface GridSpec {
  /** Points per axis, 2…256. */
  n: number;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** A labelled data set: one row per example. */
export interface Dataset {
  /** Inputs, each of length layers[0]. */
  x: number[][];
  /** Targets, each of length layers[last]. */
  y: number[][];
}

/** Everything needed to train an MLP (plain JSON). */
export interface MlpTask {
  kind: 'mlp';
  /** Layer widths including input and output, e.g. [2, 8, 8, 1]. */
  layers: number[];
  /** Hidden-layer activation. */
  activation: MlpActivation;
  /** Output activation; `softmax` for multi-class with `ce`. */
  outputActivation: MlpActivation | 'softmax';
  loss: MlpLoss;
  data: Dataset;
  /** Optional held-out set, reported as `testLoss`. */
  testData?: Dataset;
  /** Optimizer id and hyperparameters (missing ones take the optimizer's defaults). */
  optimizer: { name: OptimizerName; hyper?: Record<string, number> };
  /** Examples per step; 0 or ≥ the data size means full batch. */
  batchSize: number;
  /** Seed for initial weights and batch order; the same seed gives the same run. */
  seed: number | string;
  /** L1 penalty weight on weight matrices (default 0). */
  l1?: number;
  /** L2 penalty weight on weight matrices, as (l2/2)·Σw² (default 0). */
  l2?: number;
  /** Decision-boundary grid (only when layers[0] = 2). */
  grid?: GridSpec;
  /** Weight initialiser; default xavierUniform for sigmoid/tanh hidden layers, heUniform otherwise. */
  init?: InitName;
}

/** Flat row-major copy of a data set. */
interface Flat {
  n: number;
  x: Float64Array;
  y: Float64Array;
}

function flatten(d: Dataset, nIn: number, nOut: number): Flat {
  const n = d.x.length;
  const x = new Float64Array(n * nIn);
  const y = new Float64Array(n * nOut);
  for (let i = 0; i < n; i++) {
    x.set(d.x[i], i * nIn);
    y.set(d.y[i], i * nOut);
  }
  return { n, x, y };
}

/** A built MLP: parameters plus pure functions over them. */
export class Mlp implements TrainableModel {
  /** Weights W_l [out, in] and biases b_l [out], interleaved: W1, b1, W2, b2, … */
  readonly params: Tensor[];
  readonly trainSize: number;
  penalties: Penalties;
  private readonly train: Flat;
  private readonly test: Flat | null;
  private readonly nIn: number;
  private readonly nOut: number;
  private readonly fullBatch: { x: Tensor; y: Tensor };

  constructor(readonly task: MlpTask) {
    validateMlpTask(task);
    const { layers } = task;
    this.nIn = layers[0];
    this.nOut = layers[layers.length - 1];
    const rng = createRng(`${String(task.seed)}:init`);
    const init = INITIALIZERS[task.init ?? (task.activation === 'tanh' || task.activation === 'sigmoid' ? 'xavierUniform' : 'heUniform')];
    this.params = [];
    for (let l = 1; l < layers.length; l++) {
      this.params.push(init([layers[l], layers[l - 1]], rng, `W${l}`));
      this.params.push(new Tensor(new Float64Array(layers[l]), [layers[l]], true, `b${l}`));
    }
    this.train = flatten(task.data, this.nIn, this.nOut);
    this.test = task.testData && task.testData.x.length > 0 ? flatten(task.testData, this.nIn, this.nOut) : null;
    this.trainSize = this.train.n;
    this.penalties = { l1: task.l1 ?? 0, l2: task.l2 ?? 0 };
    this.fullBatch = {
      x: new Tensor(this.train.x, [this.train.n, this.nIn]),
      y: new Tensor(this.train.y, [this.train.n, this.nOut]),
    };
  }

  /** Weight matrices only (what the penalties apply to). */
  private get weightMatrices(): Tensor[] {
    return this.params.filter((_, i) => i % 2 === 0);
  }

  /** Pre-activation of the output layer (logits) for inputs x [B, in]. */
  private logits(x: Tensor): Tensor {
    let h = x;
    const last = this.params.length / 2 - 1;
    for (let l = 0; l <= last; l++) {
      const z = linear(h, this.params[2 * l], this.params[2 * l + 1]);
      h = l < last ? activation(z, this.task.activation) : z;
    }
    return h;
  }

  /** Output activation applied to logits. */
  private output(z: Tensor): Tensor {
    const act = this.task.outputActivation;
    return act === 'softmax' ? softmax(z, -1) : activation(z, act);
  }

  /** Mean data loss of the batch (a scalar tensor on the tape). */
  private dataLoss(x: Tensor, y: Tensor): Tensor {
    const z = this.logits(x);
    const { loss, outputActivation } = this.task;
    if (loss === 'ce') return softmaxCrossEntropy(z, y);
    if (loss === 'bce' && outputActivation === 'sigmoid') return bceWithLogits(z, y);
    if (loss === 'bce') return binaryCrossEntropy(this.output(z), y);
    return meanSquaredError(this.output(z), y);
  }

  private batch(indices: ArrayLike<number>): { x: Tensor; y: Tensor } {
    if (indices.length === this.train.n && isIdentity(indices)) return this.fullBatch;
    const B = indices.length;
    const x = new Float64Array(B * this.nIn);
    const y = new Float64Array(B * this.nOut);
    for (let r = 0; r < B; r++) {
      const i = indices[r];
      x.set(this.train.x.subarray(i * this.nIn, (i + 1) * this.nIn), r * this.nIn);
      y.set(this.train.y.subarray(i * this.nOut, (i + 1) * this.nOut), r * this.nOut);
    }
    return { x: new Tensor(x, [B, this.nIn]), y: new Tensor(y, [B, this.nOut]) };
  }

  trainStep(indices: ArrayLike<number>): number {
    for (const p of this.params) p.grad?.fill(0);
    const { x, y } = this.batch(indices);
    const loss = this.dataLoss(x, y);
    backward(loss);
    addPenaltyGrad(this.weightMatrices, this.penalties);
    return loss.data[0] + penaltyValue(this.weightMatrices, this.penalties);
  }

  evaluate(set: 'train' | 'test'): number | null {
    const d = set === 'train' ? this.train : this.test;
    if (!d) return null;
    const data = noGrad(() => this.dataLoss(new Tensor(d.x, [d.n, this.nIn]), new Tensor(d.y, [d.n, this.nOut])).data[0]);
    return set === 'train' ? data + penaltyValue(this.weightMatrices, this.penalties) : data;
  }

  /** Network outputs (after the output activation) for input rows; [rows][outputs]. */
  predict(x: number[][]): number[][] {
    const flat = new Float64Array(x.length * this.nIn);
    x.forEach((row, i) => flat.set(row, i * this.nIn));
    const out = this.predictFlat(flat, x.length);
    return Array.from({ length: x.length }, (_, i) => Array.from(out.subarray(i * this.nOut, (i + 1) * this.nOut)));
  }

  /** Outputs for `rows` flat input rows (row-major, length rows·inputs). */
  predictFlat(x: Float64Array, rows: number): Float64Array {
    return noGrad(() => this.output(this.logits(new Tensor(x, [rows, this.nIn]))).data as Float64Array);
  }

  weights(): WeightSnapshot[] {
    return this.params.map((p) => ({ name: p.label, shape: p.shape.slice(), data: Float64Array.from(p.data) }));
  }

  grid(): GridSnapshot | null {
    const g = this.task.grid;
    return g ? decisionGrid(this, g, this.nOut) : null;
  }
}

function isIdentity(indices: ArrayLike<number>): boolean {
  for (let i = 0; i < indices.length; i++) if (indices[i] !== i) return false;
  return true;
}

/** Model outputs on the n×n grid `g` (row r ↔ y = yMin + r·Δy, column c ↔ x = xMin + c·Δx). */
export function decisionGrid(model: Pick<Mlp, 'predictFlat'>, g: GridSpec, outputs: number): GridSnapshot {
  const { n, xMin, xMax, yMin, yMax } = g;
  const pts = new Float64Array(n * n * 2);
  const dx = (xMax - xMin) / (n - 1);
  const dy = (yMax - yMin) / (n - 1);
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      pts[2 * (r * n + c)] = xMin + c * dx;
      pts[2 * (r * n + c) + 1] = yMin + r * dy;
    }
  }
  const values = Float32Array.from(model.predictFlat(pts, n * n));
  return { n, xMin, xMax, yMin, yMax, outputs, values };
}

/** Build an MLP from its task (validates it). @throws Error describing the first problem found. */
export function buildMlp(task: MlpTask): Mlp {
  return new Mlp(task);
}
