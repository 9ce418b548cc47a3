/**
 * Build optimizers by serialisable name, and read their default hyperparameters.
 */
import { Adadelta, Adagrad, RMSprop } from './adaptive';
import { AMSGrad, Adam, AdamW, Nadam } from './adam';
import type { HyperRecord, Optimizer, ParamLike } from './optimizer';
import { Momentum, Nesterov, SGD } from './sgd';

/** Names accepted by {@link createOptimizer} (stable ids, safe to serialise). */
export const OPTIMIZER_NAMES = ['sgd', 'momentum', 'nesterov', 'adagrad', 'adadelta', 'rmsprop', 'adam', 'adamw', 'amsgrad', 'nadam'] as const;

/** One of {@link OPTIMIZER_NAMES}. */
export type OptimizerName = (typeof OPTIMIZER_NAMES)[number];

/** Default hyperparameters per optimizer (copies; safe to mutate). */
export function optimizerDefaults(name: OptimizerName): HyperRecord {
  const table: Record<OptimizerName, HyperRecord> = {
    sgd: SGD.defaults,
    momentum: Momentum.defaults,
    nesterov: Momentum.defaults,
    adagrad: Adagrad.defaults,
    adadelta: Adadelta.defaults,
    rmsprop: RMSprop.defaults,
    adam: Adam.defaults,
    adamw: AdamW.defaults,
    amsgrad: Adam.defaults,
    nadam: Adam.defaults,
  };
  return { ...table[name] };
}

/** True when `name` is a known optimizer id. */
export function isOptimizerName(name: unknown): name is OptimizerName {
  return typeof name === 'string' && (OPTIMIZER_NAMES as readonly string[]).includes(name);
}

/**
 * Build an optimizer by name. Unknown hyperparameter keys are ignored; missing
 * ones take the defaults from {@link optimizerDefaults}.
 * @throws Error for an unknown name; RangeError for a negative or non-finite hyperparameter.
 */
export function createOptimizer(name: string, params: readonly ParamLike[], hyper: HyperRecord = {}): Optimizer {
  switch (name) {
    case 'sgd': return new SGD(params, hyper);
    case 'momentum': return new Momentum(params, hyper);
    case 'nesterov': return new Nesterov(params, hyper);
    case 'adagrad': return new Adagrad(params, hyper);
    case 'adadelta': return new Adadelta(params, hyper);
    case 'rmsprop': return new RMSprop(params, hyper);
    case 'adam': return new Adam(params, hyper);
    case 'adamw': return new AdamW(params, hyper);
    case 'amsgrad': return new AMSGrad(params, hyper);
    case 'nadam': return new Nadam(params, hyper);
    default: throw new Error(`unknown optimizer "${name}" (expected one of ${OPTIMIZER_NAMES.join(', ')})`);
  }
}
