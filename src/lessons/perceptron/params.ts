import { bool, choice, num, numList } from '../../lib/urlParams';
import { PERCEPTRON_DATASET_NAMES } from '../../models/perceptron';

/** Board coordinates are kept inside [−BOX, BOX]². */
export const BOX = 3;
/** At most this many points on the board. */
export const MAX_POINTS = 60;

/** The exercise's update (numbers chosen so every part of the rule matters). */
export const EXERCISE = { w: [0.2, -0.5, 0.3], x: [2, 1], t: 1 as const, eta: 0.1 };

/** Everything on the perceptron page that a copied link reproduces. */
export const perceptronSchema = {
  tw: numList({ default: [-0.5, 1, 1], minLength: 3, maxLength: 3, min: -1000, max: 1000 }),
  tx: numList({ default: [1, 0.5], minLength: 2, maxLength: 2, min: -1000, max: 1000 }),
  ds: choice(PERCEPTRON_DATASET_NAMES, 'separable'),
  /** Edited points as flat triples x₁, x₂, t (used when `own` is set). */
  pts: numList({ default: [], maxLength: MAX_POINTS * 3, min: -BOX, max: BOX }),
  own: bool(false),
  pc: choice(['pos', 'neg'] as const, 'pos'),
  eta: num({ default: 0.1, min: 0.001, max: 10 }),
  seed: num({ default: 1, min: 0, max: 9999, integer: true }),
  cap: num({ default: 50, min: 1, max: 500, integer: true }),
  k: num({ default: 0, min: 0, max: 1_000_000, integer: true }),
  by: choice(['example', 'epoch'] as const, 'example'),
};
