import { bool, choice, num, type Param } from '../../lib/urlParams';
import { HELL, wordError } from '../../models/rnn';
import { TOTAL_PARAMS } from '../../models/rnnTotal';

/** A word over the deck's vocabulary {h, e, l, o}, 2…16 characters. */
function word(def: string): Param<string> {
  return { default: def, parse: (raw) => (wordError(raw) === null ? raw : undefined), format: (v) => v };
}

export const VIEWS = ['unrolled', 'folded'] as const;
export const TEMPERATURES = ['0.2', '0.5', '1', '1.5'] as const;
export const CHAR_CELLS = ['lstm', 'gru', 'rnn'] as const;

/** Everything on the RNN page that a copied link reproduces. */
export const rnnSchema = {
  /** "hell" stepper: the word, the step (4 time steps × 3 phases), folded/unrolled picture. */
  word: word(HELL.word),
  st: num({ default: 0, min: 0, max: 47, integer: true }),
  view: choice(VIEWS, 'unrolled'),
  /** BPTT: which loss E_t, and the step over its terms. */
  bt: num({ default: 3, min: 1, max: 15, integer: true }),
  bk: num({ default: 0, min: 0, max: 16, integer: true }),
  /** Gates: seed of the random LSTM/GRU weights, LSTM forget bias, selected time step. */
  gseed: num({ default: 7, min: 0, max: 1e6, integer: true }),
  gfb: num({ default: 1, min: -5, max: 5 }),
  gt: num({ default: 0, min: 0, max: 15, integer: true }),
  /** Peephole LSTM (gates also read c_{t−1}), and the pseudo-code step (time step × 7 lines). */
  gpp: bool(false),
  lc: num({ default: 0, min: 0, max: 16 * 7 - 1, integer: true }),
  /** Total loss: the parameter whose gradient is summed, and the time step. */
  tp: choice(TOTAL_PARAMS, 'V'),
  tt: num({ default: 0, min: 0, max: 15, integer: true }),
  /** Gradient reach: recurrent radii of the three tanh RNNs, LSTM forget bias. */
  rs: num({ default: 0.5, min: 0, max: 10 }),
  rm: num({ default: 1, min: 0, max: 10 }),
  rl: num({ default: 3, min: 0, max: 10 }),
  fb: num({ default: 3, min: -5, max: 10 }),
  dlog: bool(true),
  /** Memory race: longest gap, training steps, the gap shown in the trained-LSTM timeline. */
  mg: num({ default: 40, min: 5, max: 60, integer: true }),
  ms: num({ default: 400, min: 20, max: 5000, integer: true }),
  mshow: num({ default: 30, min: 0, max: 60, integer: true }),
  /** Sequence shapes: the time tick. */
  sh: num({ default: 5, min: 0, max: 5, integer: true }),
  /** Character model: cell and temperature. */
  ccell: choice(CHAR_CELLS, 'lstm'),
  temp: choice(TEMPERATURES, '0.5'),
};
