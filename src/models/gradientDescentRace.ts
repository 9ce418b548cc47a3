/**
 * The optimizer race: the engine's own optimizers (SGD, Momentum, Nesterov, Adagrad, Adadelta, RMSprop,
 * Adam, and Adam's extensions AdamW, AMSGrad, Nadam) run from one start on a 2-D test function. Everything here is plain data, so it can be computed in a
 * Web Worker and posted to the page.
 */
import type { OptimizerName } from '../engine/optim/factory';
import type { HyperRecord } from '../engine/optim/optimizer';
import { runOptimizerOn2D } from '../engine/optim/race';
import { getTestFunction, type TestFunctionName, type ViewBox } from '../engine/optim/testFunctions';
import { quantileLevels } from './gradientDescent';

export { TEST_FUNCTION_NAMES, type TestFunctionName } from '../engine/optim/testFunctions';

/** Every racer: the seven of the decks, then Adam's extensions (deck 001's "Adam extensions", after Ruder). */
export const RACERS = ['sgd', 'momentum', 'nesterov', 'adagrad', 'adadelta', 'rmsprop', 'adam', 'adamw', 'amsgrad', 'nadam'] as const satisfies readonly OptimizerName[];
export type RacerName = (typeof RACERS)[number];

/** Which racers start together: the seven classics, or Adam's family with Momentum and RMSprop (its two halves). */
export const RACER_SETS = {
  classic: ['sgd', 'momentum', 'nesterov', 'adagrad', 'adadelta', 'rmsprop', 'adam'],
  adam: ['momentum', 'rmsprop', 'adam', 'adamw', 'amsgrad', 'nadam'],
} as const satisfies Record<string, readonly RacerName[]>;
export type RacerSet = keyof typeof RACER_SETS;
export const RACER_SET_NAMES = Object.keys(RACER_SETS) as RacerSet[];

/** Adam's settings on a function, shared by its extensions (AdamW adds a weight decay λ). */
const adamFamily = (lr: number) => {
  const adam = { lr, beta1: 0.9, beta2: 0.999, eps: 1e-8 };
  return { adam, adamw: { ...adam, weightDecay: 0.05 }, amsgrad: { ...adam }, nadam: { ...adam } };
};

/** Hyperparameters per test function: each optimizer gets settings that are sensible for that landscape. */
export const RACE_HYPER: Record<TestFunctionName, Record<RacerName, HyperRecord>> = {
  bowl: {
    sgd: { lr: 0.2 }, momentum: { lr: 0.05, momentum: 0.9 }, nesterov: { lr: 0.05, momentum: 0.9 },
    adagrad: { lr: 1, eps: 1e-8 }, adadelta: { lr: 1, rho: 0.9, eps: 1e-2 }, rmsprop: { lr: 0.05, rho: 0.9, eps: 1e-8 },
    ...adamFamily(0.2),
  },
  rosenbrock: {
    sgd: { lr: 0.001 }, momentum: { lr: 0.0005, momentum: 0.9 }, nesterov: { lr: 0.0005, momentum: 0.9 },
    adagrad: { lr: 0.5, eps: 1e-8 }, adadelta: { lr: 1, rho: 0.9, eps: 1e-4 }, rmsprop: { lr: 0.01, rho: 0.9, eps: 1e-8 },
    ...adamFamily(0.1),
  },
  saddle: {
    sgd: { lr: 0.05 }, momentum: { lr: 0.02, momentum: 0.9 }, nesterov: { lr: 0.02, momentum: 0.9 },
    adagrad: { lr: 0.3, eps: 1e-8 }, adadelta: { lr: 1, rho: 0.9, eps: 1e-2 }, rmsprop: { lr: 0.02, rho: 0.9, eps: 1e-8 },
    ...adamFamily(0.05),
  },
  himmelblau: {
    sgd: { lr: 0.01 }, momentum: { lr: 0.004, momentum: 0.9 }, nesterov: { lr: 0.004, momentum: 0.9 },
    adagrad: { lr: 1, eps: 1e-8 }, adadelta: { lr: 1, rho: 0.9, eps: 1e-2 }, rmsprop: { lr: 0.05, rho: 0.9, eps: 1e-8 },
    ...adamFamily(0.1),
  },
};

/** What the page asks the worker to race. */
export interface RaceSpec {
  fn: TestFunctionName;
  /** Per-racer learning rates overriding {@link RACE_HYPER} (other hyperparameters keep their values). */
  lr: Partial<Record<RacerName, number>>;
  steps: number;
  start?: [number, number];
  /** Which racers run (default: the seven classics). */
  set?: RacerSet;
}

/** One racer's recorded run (index k = after k steps); a diverged run is shorter and flagged. */
export interface RacerRun {
  name: RacerName;
  hyper: HyperRecord;
  path: [number, number][];
  loss: number[];
  state: Record<string, [number, number]>[];
  /** Step at which the run left the finite numbers, or null. */
  divergedAt: number | null;
  /**
   * Step at which the run left the map (the view box grown by half its size on every side), or null. The
   * path stops there: on the saddle that is the good outcome (escaping downhill towards f → −∞).
   */
  escapedAt: number | null;
}

export interface RaceResult { fn: TestFunctionName; steps: number; start: [number, number]; set: RacerSet; runs: RacerRun[] }

/** The hyperparameters a racer uses on `fn`, with the student's learning rate if given. */
export function racerHyper(fn: TestFunctionName, name: RacerName, lr?: number): HyperRecord {
  const h = { ...RACE_HYPER[fn][name] };
  if (lr !== undefined && Number.isFinite(lr) && lr >= 0) h.lr = lr;
  return h;
}

/** Inside the view box grown by half its width and height on every side. */
function insideMap(v: ViewBox, [x, y]: readonly [number, number]): boolean {
  const mx = (v.xMax - v.xMin) / 2;
  const my = (v.yMax - v.yMin) / 2;
  return x >= v.xMin - mx && x <= v.xMax + mx && y >= v.yMin - my && y <= v.yMax + my;
}

/** Runs the optimizers of the chosen set (pure; ≈ milliseconds for a few hundred steps, but meant for the worker). */
export function runRace(spec: RaceSpec): RaceResult {
  const f = getTestFunction(spec.fn);
  const start = spec.start ?? f.start;
  const steps = Math.max(0, Math.min(5000, Math.floor(spec.steps)));
  const runs = RACER_SETS[spec.set ?? 'classic'].map((name): RacerRun => {
    const hyper = racerHyper(spec.fn, name, spec.lr[name]);
    const t = runOptimizerOn2D(spec.fn, name, hyper, start, steps);
    const out = t.path.findIndex((p) => !insideMap(f.view, p));
    const keep = out < 0 ? t.path.length : out + 1;
    return {
      name, hyper, path: t.path.slice(0, keep), loss: t.loss.slice(0, keep), state: t.state.slice(0, keep),
      divergedAt: t.diverged ? t.path.length : null, escapedAt: out < 0 ? null : out,
    };
  });
  return { fn: spec.fn, steps, start: [start[0], start[1]], set: spec.set ?? 'classic', runs };
}

/** f sampled on an n×n grid over the function's view box (row r: y from yMin up), with contour levels. */
export function raceSurface(fn: TestFunctionName, n = 80): { values: number[]; n: number; view: ViewBox; levels: number[]; tex: string; minima: [number, number][] } {
  const f = getTestFunction(fn);
  const { xMin, xMax, yMin, yMax } = f.view;
  const values: number[] = [];
  for (let r = 0; r < n; r++) {
    const y = yMin + (r / (n - 1)) * (yMax - yMin);
    for (let c = 0; c < n; c++) values.push(f.f(xMin + (c / (n - 1)) * (xMax - xMin), y));
  }
  return { values, n, view: f.view, levels: quantileLevels(values, 18), tex: f.tex, minima: f.minima };
}
