/**
 * Rosenblatt's perceptron on 2-D points: the threshold unit o(x) = 1 if w₀ + w·x > 0 else −1, and the
 * training rule Δwᵢ = η(t − o)xᵢ applied one example at a time. Pure functions returning plain data;
 * every run starts from seeded weights, so any step can be reproduced exactly by replaying from the start.
 */
import { createRng } from '../engine/rng';

/** A class label of the perceptron. */
export type Label = 1 | -1;

/** A point of the board with its class. */
export interface LabeledPoint { x1: number; x2: number; t: Label }

/** [w₀ (bias, reads the constant input x₀ = 1), w₁, w₂]. */
export type Weights = [number, number, number];

/** The threshold unit: net = w₀ + w₁x₁ + w₂x₂ and o = 1 if net > 0 else −1 (net = 0 counts as −1). */
export function thresholdOutput(w: readonly number[], x1: number, x2: number): { net: number; o: Label } {
  const net = w[0] + w[1] * x1 + w[2] * x2;
  return { net, o: net > 0 ? 1 : -1 };
}

/** One application of the rule Δwᵢ = η(t − o)xᵢ with x₀ = 1; Δw is zero when the example is already right. */
export function perceptronUpdate(w: readonly number[], p: LabeledPoint, eta: number) {
  const { net, o } = thresholdOutput(w, p.x1, p.x2);
  const factor = eta * (p.t - o);
  const delta: Weights = [factor * 1, factor * p.x1, factor * p.x2];
  const next: Weights = [w[0] + delta[0], w[1] + delta[1], w[2] + delta[2]];
  return { net, o, factor, delta, next, mistake: o !== p.t };
}

/** Seeded starting weights, uniform in [−1, 1) and rounded to 2 decimals so they can be followed by hand. */
export function initialWeights(seed: number | string): Weights {
  const rng = createRng(`perceptron:${String(seed)}`);
  const w = () => Math.round(rng.uniform(-1, 1) * 100) / 100;
  return [w(), w(), w()];
}

/** One presentation of one example during training. */
export interface PerceptronStep {
  /** 1-based epoch. */
  epoch: number;
  /** Index of the example in the data set. */
  example: number;
  net: number;
  o: Label;
  t: Label;
  delta: Weights;
  before: Weights;
  after: Weights;
  mistake: boolean;
}

/** A full training run: step k of the lesson shows the weights after `steps[k − 1]` (k = 0 is the start). */
export interface PerceptronRun {
  start: Weights;
  steps: PerceptronStep[];
  /** Mistakes made in each epoch (index e − 1 for epoch e). */
  epochMistakes: number[];
  /** Weights at the end of each epoch; index 0 is the start. */
  epochWeights: Weights[];
  /** The first epoch with no mistakes, or null if there was none before the cap. */
  convergedEpoch: number | null;
  /** When the weights at the end of epoch `to` equal those at the end of an earlier epoch `from`: the rule cycles. */
  cycle: { from: number; to: number } | null;
}

export interface PerceptronOptions {
  /** Learning rate η > 0. */
  eta: number;
  /** Seed of the starting weights. */
  seed: number | string;
  /** Epoch cap: training stops after this many epochs if no epoch was mistake-free. */
  maxEpochs: number;
}

const sameWeights = (a: readonly number[], b: readonly number[]) => a.every((v, i) => Math.abs(v - b[i]) < 1e-9);

function findCycle(epochWeights: readonly Weights[], e: number): { from: number; to: number } | null {
  for (let j = 0; j < e; j++) if (sameWeights(epochWeights[j], epochWeights[e])) return { from: j, to: e };
  return null;
}

/**
 * Trains in the data set's order, epoch after epoch, until an epoch makes no mistakes or `maxEpochs`
 * epochs have run. Deterministic: the same points and options always give the same run.
 */
export function trainPerceptron(points: readonly LabeledPoint[], opts: PerceptronOptions): PerceptronRun {
  const start = initialWeights(opts.seed);
  const run: PerceptronRun = { start, steps: [], epochMistakes: [], epochWeights: [start], convergedEpoch: null, cycle: null };
  if (points.length === 0) return run;
  let w: Weights = start;
  for (let epoch = 1; epoch <= Math.max(1, Math.floor(opts.maxEpochs)); epoch++) {
    let mistakes = 0;
    points.forEach((p, example) => {
      const u = perceptronUpdate(w, p, opts.eta);
      run.steps.push({ epoch, example, net: u.net, o: u.o, t: p.t, delta: u.delta, before: w, after: u.next, mistake: u.mistake });
      if (u.mistake) mistakes += 1;
      w = u.next;
    });
    run.epochMistakes.push(mistakes);
    run.epochWeights.push(w);
    if (mistakes === 0) {
      run.convergedEpoch = epoch;
      break;
    }
    run.cycle ??= findCycle(run.epochWeights, epoch);
  }
  return run;
}

/**
 * The weights after the first `k` presentations, recomputed from the seeded start (what "step back"
 * shows: never an undo of floating-point updates, always a replay).
 */
export function weightsAfter(points: readonly LabeledPoint[], opts: PerceptronOptions, k: number): Weights {
  let w = initialWeights(opts.seed);
  const n = points.length;
  if (n === 0) return w;
  const total = Math.min(Math.max(0, Math.floor(k)), n * Math.max(1, Math.floor(opts.maxEpochs)));
  for (let s = 0; s < total; s++) w = perceptronUpdate(w, points[s % n], opts.eta).next;
  return w;
}

/** For each point, whether the threshold unit with weights `w` puts it on the wrong side. */
export function misclassified(w: readonly number[], points: readonly LabeledPoint[]): boolean[] {
  return points.map((p) => thresholdOutput(w, p.x1, p.x2).o !== p.t);
}

const pts = (rows: readonly [number, number, Label][]): LabeledPoint[] => rows.map(([x1, x2, t]) => ({ x1, x2, t }));

/** Starting data sets of the board (coordinates in [−3, 3]). */
export const PERCEPTRON_DATASETS = {
  separable: pts([[1, 2, 1], [2, 1, 1], [2, 2.5, 1], [0.5, 2.5, 1], [2.5, 0.5, 1], [1.5, 1.5, 1],
    [-1, -1.5, -1], [-2, -0.5, -1], [-0.5, -2, -1], [-2.5, -2, -1], [0, -1, -1], [-1.5, 0.5, -1]]),
  margin: pts([[-2, -0.6, 1], [-1, -0.1, 1], [0, 0.4, 1], [1, 0.9, 1], [2, 1.4, 1], [-1.5, 0.2, 1],
    [-2, -1.4, -1], [-1, -0.9, -1], [0, -0.4, -1], [1, 0.1, -1], [2, 0.6, -1], [0.5, -0.6, -1]]),
  xor: pts([[-2, 2, 1], [-1.5, 1, 1], [2, -2, 1], [1, -1.5, 1], [2, 2, -1], [1.5, 1, -1], [-2, -2, -1], [-1, -1.5, -1]]),
  noisy: pts([[1, 2, 1], [2, 1, 1], [2, 2.5, 1], [0.5, 2.5, 1], [2.5, 0.5, 1], [1.5, 1.5, 1], [-1.5, -1, 1],
    [-1, -1.5, -1], [-2, -0.5, -1], [-0.5, -2, -1], [-2.5, -2, -1], [0, -1, -1], [-1.5, 0.5, -1], [1.8, 1.8, -1]]),
} as const satisfies Record<string, readonly LabeledPoint[]>;

export type PerceptronDataset = keyof typeof PERCEPTRON_DATASETS;
export const PERCEPTRON_DATASET_NAMES = Object.keys(PERCEPTRON_DATASETS) as PerceptronDataset[];

/** Points flattened as [x₁, x₂, t, x₁, x₂, t, …] (the URL form) and back; malformed triples are dropped. */
export function flattenPoints(points: readonly LabeledPoint[]): number[] {
  return points.flatMap((p) => [p.x1, p.x2, p.t]);
}

export function unflattenPoints(flat: readonly number[]): LabeledPoint[] {
  const out: LabeledPoint[] = [];
  for (let i = 0; i + 2 < flat.length; i += 3) {
    const t = flat[i + 2];
    if ((t === 1 || t === -1) && Number.isFinite(flat[i]) && Number.isFinite(flat[i + 1])) out.push({ x1: flat[i], x2: flat[i + 1], t });
  }
  return out;
}
