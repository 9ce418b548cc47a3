import { choice, num, numList } from '../../lib/urlParams';
import type { Values } from '../../lib/urlParams';
import { RACER_SET_NAMES, TEST_FUNCTION_NAMES, type RacerName } from '../../models/gradientDescentRace';

/** Data coordinates are kept inside [−BOX, BOX]². */
export const BOX = 3;
export const MAX_POINTS = 40;
/** Steps of the optimizer race (about 10 s at speed 1). */
export const RACE_STEPS = 300;

/** A racer's learning rate; −1 (the default, below the accepted range) stands for the test function's own. */
const lr = (def: number) => num({ default: def, min: 0, max: 100 });

/** Everything on the gradient-descent page that a copied link reproduces. */
export const gdSchema = {
  dv: num({ default: 0, min: 0, max: 4, integer: true }),
  /** Regression points as flat pairs x, t (empty: the default data). */
  rp: numList({ default: [], maxLength: MAX_POINTS * 2, min: -BOX, max: BOX }),
  eta: num({ default: 0.02, min: 0.0001, max: 10 }),
  gs: num({ default: 0, min: 0, max: 100_000, integer: true }),
  vEta: num({ default: 0.01, min: 0.0001, max: 10 }),
  vB: num({ default: 3, min: 1, max: 40, integer: true }),
  vEp: num({ default: 20, min: 1, max: 200, integer: true }),
  vE: num({ default: 20, min: 0, max: 200, integer: true }),
  fn: choice(TEST_FUNCTION_NAMES, 'rosenbrock'),
  ri: num({ default: 0, min: 0, max: RACE_STEPS, integer: true }),
  /** Which racers: the seven classics or Adam's family. */
  rs: choice(RACER_SET_NAMES, 'classic'),
  /** Per-racer learning rates; empty: the function's defaults. */
  lrSgd: lr(-1), lrMomentum: lr(-1), lrNesterov: lr(-1), lrAdagrad: lr(-1), lrAdadelta: lr(-1), lrRmsprop: lr(-1), lrAdam: lr(-1),
  lrAdamw: lr(-1), lrAmsgrad: lr(-1), lrNadam: lr(-1),
};

export type Params = Values<typeof gdSchema>;

/** The URL key of each racer's learning rate. */
export const RACER_LR_KEYS = {
  sgd: 'lrSgd', momentum: 'lrMomentum', nesterov: 'lrNesterov', adagrad: 'lrAdagrad', adadelta: 'lrAdadelta', rmsprop: 'lrRmsprop', adam: 'lrAdam',
  adamw: 'lrAdamw', amsgrad: 'lrAmsgrad', nadam: 'lrNadam',
} as const satisfies Record<RacerName, keyof typeof gdSchema>;

