import { misclassified, type LabeledPoint, type PerceptronRun, type PerceptronStep, type Weights } from '../../models/perceptron';
import type { BoardLine, BoardPoint } from '../../viz/PointBoard';

/** The decision boundary w₀ + w₁x₁ + w₂x₂ = 0 as a board line (positive side: class +1). */
export const boundaryOf = (w: readonly number[]): BoardLine => ({ a: w[1], b: w[2], c: w[0] });

/** What the trainer shows after `k` presentations (k clamped to the run). */
export interface TrainerView {
  k: number;
  total: number;
  weights: Weights;
  /** The presentation that produced these weights (null at the start). */
  step: PerceptronStep | null;
  points: BoardPoint[];
  epoch: number;
  mistakesThisEpoch: number;
  updates: number;
  wrongNow: number;
}

/** Pure adapter: run + step index → the board's points, lines and counters. */
export function trainerView(run: PerceptronRun, points: readonly LabeledPoint[], kRaw: number): TrainerView {
  const total = run.steps.length;
  const k = Math.min(Math.max(0, Math.floor(kRaw)), total);
  const step = k > 0 ? run.steps[k - 1] : null;
  const weights = step ? step.after : run.start;
  const wrong = misclassified(weights, points);
  let mistakesThisEpoch = 0;
  let updates = 0;
  for (let s = 0; s < k; s++) {
    if (!run.steps[s].mistake) continue;
    updates += 1;
    if (step && run.steps[s].epoch === step.epoch) mistakesThisEpoch += 1;
  }
  return {
    k, total, weights, step,
    points: points.map((p, i) => ({ x: p.x1, y: p.x2, cls: p.t, wrong: wrong[i], current: step?.example === i })),
    epoch: step?.epoch ?? 0,
    mistakesThisEpoch,
    updates,
    wrongNow: wrong.filter(Boolean).length,
  };
}
