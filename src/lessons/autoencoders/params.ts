import { choice, num, numList } from '../../lib/urlParams';
import { DECK_RBM, DECK_V0 } from '../../models/rbm';

export const AE_HIDDEN = ['32', '64', '128'] as const;
export const DBN_LABELS = ['100', '300', '500', '1000'] as const;
export const DBN_OPTIMIZERS = ['adam', 'sgd'] as const;

/** Everything on the page that a copied link reproduces (keys prefixed per widget). */
export const aeSchema = {
  // dense autoencoder
  ah: choice(AE_HIDDEN, '64'),
  an: num({ default: 0, min: 0, max: 0.8 }),
  alr: num({ default: 0.003, min: 0.00001, max: 0.1 }),
  ad: num({ default: 0, min: 0, max: 1999, integer: true }),
  // the 3 × 4 RBM
  rv: numList({ default: DECK_V0, minLength: 3, maxLength: 3, min: 0, max: 1, integer: true }),
  rw: numList({ default: DECK_RBM.W.flat(), minLength: 12, maxLength: 12, min: -10, max: 10 }),
  ra: numList({ default: DECK_RBM.a, minLength: 3, maxLength: 3, min: -10, max: 10 }),
  rb: numList({ default: DECK_RBM.b, minLength: 4, maxLength: 4, min: -10, max: 10 }),
  rlr: num({ default: 0.1, min: 0, max: 10 }),
  rs: num({ default: 1, min: 0, max: 1_000_000, integer: true }),
  rstep: num({ default: 0, min: 0, max: 299, integer: true }),
  // the MNIST RBM
  mh: num({ default: 64, min: 4, max: 144, integer: true }),
  mlr: num({ default: 0.1, min: 0.0001, max: 5 }),
  // the deep belief net
  dl: choice(DBN_LABELS, '100'),
  dopt: choice(DBN_OPTIMIZERS, 'adam'),
};

export type AeSchema = typeof aeSchema;

/** CD-1 steps the small RBM's stepper can show (three phases each). */
export const RBM_STEPS = 100;
