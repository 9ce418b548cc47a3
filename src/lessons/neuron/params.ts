import { bool, choice, num, numList } from '../../lib/urlParams';
import { ACTIVATION_NAMES } from '../../models/neuron';
import { PRELU_STEPS } from '../../models/preluFit';

/** The lecture's worked example (deck 000). */
export const DECK_EXAMPLE = { x: [0.3, 0.4, 0.2], w: [0.2, 0.3, 0.9], b: 0.5 };

const LIMIT = 1000;
const vec3 = (def: number[]) => numList({ default: def, minLength: 3, maxLength: 3, min: -LIMIT, max: LIMIT });
const vec2 = (def: number[]) => numList({ default: def, minLength: 2, maxLength: 2, min: -LIMIT, max: LIMIT });
const scalar = (def: number) => num({ default: def, min: -LIMIT, max: LIMIT });

export const HIDDEN_CHOICES = ['identity', 'relu', 'tanh', 'sigmoid'] as const;

/** Everything on the neuron page that a copied link reproduces. */
export const neuronSchema = {
  x: vec3(DECK_EXAMPLE.x),
  w: vec3(DECK_EXAMPLE.w),
  b: scalar(DECK_EXAMPLE.b),
  act: choice(ACTIVATION_NAMES, 'sigmoid'),
  alpha: num({ default: 0.01, min: 0, max: 1 }),
  step: num({ default: 2, min: 0, max: 2, integer: true }),
  ea: choice(ACTIVATION_NAMES, 'relu'),
  ed: bool(true),
  iz: scalar(0.86),
  w1: vec2([1, -1]),
  b1: vec2([0, 1]),
  w2: vec2([1, 0.5]),
  b2: scalar(-0.5),
  ha: choice(HIDDEN_CHOICES, 'identity'),
  lw: vec3([-0.5, 0.8, 0.1]),
  lb: scalar(-0.2),
  /** PReLU learner: the data's slope α*, the start α₀, the learning rate, the step shown. */
  pt: num({ default: 0.25, min: -1, max: 1 }),
  pa0: num({ default: 0, min: -1, max: 1 }),
  plr: num({ default: 1, min: 0, max: 10 }),
  pk: num({ default: 0, min: 0, max: PRELU_STEPS, integer: true }),
};
