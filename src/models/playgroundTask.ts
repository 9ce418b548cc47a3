/**
 * The playground's training task for the worker: an MLP on engineered input
 * features of 2-D points, with a grid that carries the network output and every
 * hidden neuron's activation, so the page can draw the decision boundary and one
 * small heatmap per neuron without computing anything.
 */
import { activation } from '../engine/ops/activation';
import { linear } from '../engine/ops/matmul';
import { noGrad } from '../engine/tape';
import { Tensor } from '../engine/tensor';
import { Mlp, type GridSpec, type MlpActivation, type MlpTask } from './mlp';
import { EXTENT, featuresOf, type FeatureName, type Point2 } from './playground';
import type { GridSnapshot, Penalties, TrainableModel, WeightSnapshot } from './types';

/** Playground task (plain JSON). Points are raw (x₁, x₂); features are computed in the model. */
export interface PlaygroundTask extends Omit<MlpTask, 'kind' | 'layers' | 'data' | 'testData' | 'grid' | 'loss' | 'outputActivation'> {
  kind: 'playground';
  features: FeatureName[];
  /** Hidden layer widths (0–6 layers of 1–8). */
  hidden: number[];
  train: Point2[];
  test: Point2[];
  /** Grid points per axis for the pictures (default 40). */
  gridN?: number;
}

const toData = (pts: readonly Point2[], f: readonly FeatureName[]) => ({
  x: pts.map((p) => featuresOf(f, p.x, p.y)),
  y: pts.map((p) => [p.label]),
});

/** The equivalent MlpTask (sigmoid output, binary cross-entropy). */
export function playgroundMlpTask(t: PlaygroundTask): MlpTask {
  if (!Array.isArray(t.features) || t.features.length === 0) throw new Error('invalid playground task: choose at least one input feature');
  if (!Array.isArray(t.hidden) || t.hidden.length > 6 || !t.hidden.every((h) => Number.isInteger(h) && h >= 1 && h <= 8)) {
    throw new Error('invalid playground task: 0–6 hidden layers of 1–8 neurons');
  }
  if (!Array.isArray(t.train) || t.train.length === 0) throw new Error('invalid playground task: no training points');
  return {
    kind: 'mlp', layers: [t.features.length, ...t.hidden, 1], activation: t.activation, outputActivation: 'sigmoid', loss: 'bce',
    data: toData(t.train, t.features), testData: toData(t.test, t.features), optimizer: t.optimizer, batchSize: t.batchSize,
    seed: t.seed, l1: t.l1, l2: t.l2, init: t.init,
  };
}

/** The grid window shared by the page and the worker. */
export function playgroundGrid(n: number): GridSpec {
  return { n, xMin: -EXTENT, xMax: EXTENT, yMin: -EXTENT, yMax: EXTENT };
}

/** Network output then every hidden neuron (layer by layer) at each grid point: outputs = 1 + Σ hidden. */
export function neuronGrid(params: readonly Tensor[], act: MlpActivation, f: readonly FeatureName[], g: GridSpec): GridSnapshot {
  const { n } = g;
  const rows = n * n;
  const x = new Float64Array(rows * f.length);
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      const a = g.xMin + (c * (g.xMax - g.xMin)) / (n - 1);
      const b = g.yMin + (r * (g.yMax - g.yMin)) / (n - 1);
      x.set(featuresOf(f, a, b), (r * n + c) * f.length);
    }
  }
  const layers: Float64Array[] = [];
  noGrad(() => {
    let h = new Tensor(x, [rows, f.length]);
    const L = params.length / 2;
    for (let l = 0; l < L; l++) {
      const z = linear(h, params[2 * l], params[2 * l + 1]);
      h = l < L - 1 ? activation(z, act) : z;
      layers.push(h.data as Float64Array);
    }
  });
  const widths = params.filter((_, i) => i % 2 === 1).map((b) => b.size);
  const outputs = widths.reduce((s, w) => s + w, 0);
  const values = new Float32Array(rows * outputs);
  const top = layers[layers.length - 1];
  for (let p = 0; p < rows; p++) {
    let k = p * outputs;
    values[k++] = 1 / (1 + Math.exp(-top[p]));
    for (let l = 0; l < layers.length - 1; l++) for (let j = 0; j < widths[l]; j++) values[k++] = layers[l][p * widths[l] + j];
  }
  return { ...g, outputs, values };
}

/** The trainable playground model (delegates training to {@link Mlp}). */
export class PlaygroundModel implements TrainableModel {
  private readonly mlp: Mlp;
  private readonly spec: GridSpec;
  constructor(private readonly task: PlaygroundTask) {
    this.mlp = new Mlp(playgroundMlpTask(task));
    this.spec = playgroundGrid(Math.max(2, Math.min(96, Math.floor(task.gridN ?? 40))));
  }
  get params() { return this.mlp.params; }
  get trainSize() { return this.mlp.trainSize; }
  get penalties(): Penalties { return this.mlp.penalties; }
  set penalties(p: Penalties) { this.mlp.penalties = p; }
  trainStep(indices: ArrayLike<number>): number { return this.mlp.trainStep(indices); }
  evaluate(set: 'train' | 'test'): number | null { return this.mlp.evaluate(set); }
  weights(): WeightSnapshot[] { return this.mlp.weights(); }
  grid(): GridSnapshot { return neuronGrid(this.mlp.params, this.task.activation, this.task.features, this.spec); }
}

/** Build the playground model (validates the task). */
export function buildPlayground(task: PlaygroundTask): PlaygroundModel {
  return new PlaygroundModel(task);
}
