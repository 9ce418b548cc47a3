import { bool, choice, num, numList, type Param } from '../../lib/urlParams';

/** Preset encoder states h₁…h₃ and decoder state s (2-D so they can be drawn as arrows). */
export const SCORE_PRESET = { h1: [1, 0], h2: [0.6, 0.8], h3: [-0.5, 0.5], s: [0.8, 0.6] };
/** Fixed weights of the parametrised scores: bilinear W, Bahdanau W₁ (acting on [h; s]) and w₂. */
export const SCORE_WEIGHTS = { W: [[1, 0.5], [0, 1]], W1: [[1, 0, 0, 1], [0, 1, 1, 0]], w2: [1, -1] };

export const SCORE_KINDS = ['dot', 'scaledDot', 'bilinear', 'mlp', 'cosine'] as const;
export const TRAIN_SCORES = ['dot', 'bilinear', 'mlp'] as const;
export const SENTENCES = ['thinking', 'animal'] as const;
export const HEAD_CHOICES = ['1', '2', '4', '8'] as const;
export const BEAM_WIDTHS = ['1', '2', '3', '4', '5'] as const;
/** Cost calculator preset from the decks: n = d = 1000, k = 3. */
export const COST_PRESET = { n: 1000, d: 1000, k: 3 };

const LIMIT = 100;
/** Free text up to `max` characters (validated by the widget, which explains what is wrong). */
const text = (def: string, max: number): Param<string> => ({ default: def, parse: (raw) => (raw.length <= max ? raw : undefined), format: (v) => v });
const vec2 = (def: number[]) => numList({ default: def, minLength: 2, maxLength: 2, min: -LIMIT, max: LIMIT });

/** Everything on the attention page that a copied link reproduces. */
export const attentionSchema = {
  bn: bool(true),
  h1: vec2(SCORE_PRESET.h1),
  h2: vec2(SCORE_PRESET.h2),
  h3: vec2(SCORE_PRESET.h3),
  s: vec2(SCORE_PRESET.s),
  sk: choice(SCORE_KINDS, 'dot'),
  sst: num({ default: 2, min: 0, max: 2, integer: true }),
  ts: choice(TRAIN_SCORES, 'dot'),
  tin: text('31415', 40),
  /** Beam search: input digits, beam width, decoding step. */
  bin: text('4096', 40),
  bw: choice(BEAM_WIDTHS, '3'),
  bst: num({ default: 9, min: 0, max: 9, integer: true }),
  /** Layer-norm calculator: the vector. */
  ln: numList({ default: [1, 2, 3, 4], minLength: 4, maxLength: 4, min: -1000, max: 1000 }),
  sa: choice(SENTENCES, 'thinking'),
  sac: bool(false),
  sast: num({ default: 5, min: 0, max: 5, integer: true }),
  dk: num({ default: 64, min: 1, max: 1024, integer: true }),
  mh: choice(HEAD_CHOICES, '4'),
  mhs: num({ default: 0, min: 0, max: 7, integer: true }),
  mhc: bool(false),
  pt: num({ default: 32, min: 2, max: 128, integer: true }),
  pd: num({ default: 32, min: 2, max: 128, integer: true }),
  cn: num({ default: COST_PRESET.n, min: 1, max: 1e7, integer: true }),
  cd: num({ default: COST_PRESET.d, min: 1, max: 1e5, integer: true }),
  ck: num({ default: COST_PRESET.k, min: 1, max: 99, integer: true }),
};

export type AttentionSchema = typeof attentionSchema;
