import { bool, choice, num, numList, type Param } from '../../lib/urlParams';
import { BP_ACTIVATIONS, BP_LOSSES, DECK_NETWORK } from '../../models/backprop';
import { DATASETS } from '../../models/playground';

/** Activations offered in the playground. */
export const PG_ACTIVATIONS = ['tanh', 'relu', 'sigmoid', 'identity'] as const;
export const PG_OPTIMIZERS = ['sgd', 'momentum', 'adam', 'rmsprop'] as const;
export const PG_REG = ['none', 'l1', 'l2'] as const;
export const VIEWS = ['neurons', 'graph'] as const;

/** Free text limited to a safe alphabet (drawn points `x:y:label;…`). */
function text(def: string, max: number): Param<string> {
  return { default: def, parse: (raw) => (raw.length <= max && /^[-0-9.:;]*$/.test(raw) ? raw : undefined), format: (v) => v };
}

const vec = (def: number[], maxLength = 8) => numList({ default: def, minLength: 1, maxLength, min: -100, max: 100 });

/** Everything on the back-propagation page that a copied link reproduces. */
export const backpropSchema = {
  sz: numList({ default: DECK_NETWORK.sizes, minLength: 2, maxLength: 8, min: 1, max: 8, integer: true }),
  act: choice(BP_ACTIVATIONS, 'sigmoid'),
  loss: choice(BP_LOSSES, 'mse'),
  x: vec(DECK_NETWORK.x),
  y: vec(DECK_NETWORK.y),
  eta: num({ default: DECK_NETWORK.eta, min: 0, max: 100 }),
  seed: num({ default: 3554, min: 0, max: 1e9, integer: true }),
  /** All weights flattened layer by layer (empty = the seeded ones). */
  wts: numList({ default: [], maxLength: 400, min: -1000, max: 1000 }),
  /** All biases flattened (empty = no biases). */
  bs: numList({ default: [], maxLength: 60, min: -1000, max: 1000 }),
  res: bool(false),
  step: num({ default: 0, min: 0, max: 1000, integer: true }),
  fi: num({ default: 0, min: 0, max: 7, integer: true }),
  view: choice(VIEWS, 'neurons'),
  gl: num({ default: 0, min: 0, max: 7, integer: true }),
  gr: num({ default: 0, min: 0, max: 7, integer: true }),
  gc: num({ default: 0, min: 0, max: 7, integer: true }),
  eps: num({ default: 1e-5, min: 1e-16, max: 1 }),
  /** The point x of the Jacobian chain-rule example. */
  jx: numList({ default: [1, 0.5], minLength: 2, maxLength: 2, min: -10, max: 10 }),
  pds: choice(DATASETS, 'circle'),
  pno: num({ default: 0, min: 0, max: 1 }),
  pts: num({ default: 50, min: 10, max: 90 }),
  pn: num({ default: 300, min: 20, max: 1000, integer: true }),
  pf: numList({ default: [0, 1], minLength: 1, maxLength: 7, min: 0, max: 6, integer: true }),
  pnl: num({ default: 2, min: 0, max: 6, integer: true }),
  phl: numList({ default: [6, 4, 4, 4, 4, 4], minLength: 6, maxLength: 6, min: 1, max: 8, integer: true }),
  pact: choice(PG_ACTIVATIONS, 'tanh'),
  plr: num({ default: 0.03, min: 0, max: 10 }),
  pbs: num({ default: 10, min: 1, max: 1000, integer: true }),
  popt: choice(PG_OPTIMIZERS, 'adam'),
  preg: choice(PG_REG, 'none'),
  prr: num({ default: 0.001, min: 0, max: 1 }),
  pdr: text('', 4000),
};
