/**
 * Deck 004's exercise: one update of a small sigmoid network with x = (1, 0),
 * y = 1 and binary cross-entropy. The deck's figure (with its weights) is lost,
 * so the starting weights are chosen here and shown to the student.
 */
import { replay, type BpConfig } from './backprop';

/** 2 → 2 → 1, sigmoid hidden layer, sigmoid output with binary cross-entropy, no biases. */
export const EXERCISE_NET: BpConfig = {
  sizes: [2, 2, 1],
  activation: 'sigmoid',
  loss: 'bce',
  x: [1, 0],
  y: [1],
  eta: 0.5,
  seed: 'exercise',
  weights: [[0.5, -0.4, 0.3, 0.8], [0.7, -0.2]],
};

/** The engine's answers to the exercise's questions. */
export interface ExerciseAnswers {
  /** Network output p = σ(W(2) σ(W(1) x)). */
  output: number;
  /** Loss −[y log p + (1 − y) log(1 − p)] before the update. */
  loss: number;
  /** W(2)[0,0] after one gradient step with η. */
  w2first: number;
  /** W(1)[0,0] after one gradient step with η. */
  w1first: number;
  /** Loss after the update on the same example. */
  lossAfter: number;
}

/** Replays the whole pass (forward, backward, update) and reads the answers off the engine. */
export function exerciseAnswers(cfg: BpConfig = EXERCISE_NET): ExerciseAnswers {
  const s = replay(cfg, Number.MAX_SAFE_INTEGER);
  const up = s.updated!;
  return { output: s.output[0], loss: s.loss, w2first: up.weights[1][0], w1first: up.weights[0][0], lossAfter: up.loss };
}
