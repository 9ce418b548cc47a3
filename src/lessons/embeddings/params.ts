import { bool, choice, num, type Param } from '../../lib/urlParams';

/** Free text from the URL, at most `max` characters (longer values fall back to the default). */
const text = (def: string, max = 200): Param<string> => ({
  default: def,
  parse: (raw) => (raw.length <= max ? raw : undefined),
  format: (v) => v,
});

/** The analogy rows of deck 001 (their answers come from Google-News word2vec) and the classic king example. */
export const ANALOGY_PRESETS = [
  { id: 'capital', a: 'france', b: 'paris', c: 'italy', deck: 'rome' },
  { id: 'comparative', a: 'big', b: 'bigger', c: 'cold', deck: 'colder' },
  { id: 'food', a: 'japan', b: 'sushi', c: 'germany', deck: 'bratwurst' },
  { id: 'element', a: 'copper', b: 'cu', c: 'gold', deck: 'au' },
  { id: 'company', a: 'microsoft', b: 'windows', c: 'google', deck: 'android' },
  { id: 'royal', a: 'man', b: 'king', c: 'woman', deck: 'queen' },
] as const;

/** Word sets for the map: pairs drawn as arrows. */
export const MAP_PRESETS = {
  gender: 'man woman, king queen, boy girl, brother sister, father mother, uncle aunt, prince princess',
  capitals: 'france paris, italy rome, germany berlin, japan tokyo, spain madrid, russia moscow, egypt cairo',
  comparatives: 'big bigger, small smaller, cold colder, good better, fast faster, strong stronger, long longer',
  tenses: 'walk walked, go went, run ran, swim swam, take took, see saw, eat ate',
} as const;
export const MAP_CHOICES = ['gender', 'capitals', 'comparatives', 'tenses', 'analogy', 'custom'] as const;
export type MapChoice = (typeof MAP_CHOICES)[number];

/** Deck 002's animal table: dimensions animal, domesticated, pet, fluffy. */
export const ANIMALS = ['dog', 'cat', 'lion', 'tiger', 'elephant', 'cheetah', 'monkey', 'rabbit', 'mouse', 'rat'] as const;
export const ANIMAL_TABLE: readonly (readonly number[])[] = [
  [-0.4, 0.37, 0.02, -0.34], [-0.15, -0.02, -0.23, -0.23], [0.19, -0.4, 0.35, -0.48], [-0.08, 0.31, 0.56, 0.07],
  [-0.04, -0.09, 0.11, -0.06], [0.27, -0.28, -0.2, -0.43], [-0.02, -0.67, -0.21, -0.48], [-0.04, -0.3, -0.18, -0.47],
  [0.09, -0.46, -0.35, -0.24], [0.21, -0.48, -0.56, -0.37],
];
export type Animal = (typeof ANIMALS)[number];

export const SOURCES = ['glove', 'own'] as const;
export const W2V_MODES = ['skipgram', 'cbow'] as const;
export const W2V_RELATIONS_CHOICES = ['gender', 'capital', 'age'] as const;

/** Everything on the embeddings page that a copied link reproduces. */
export const embeddingsSchema = {
  src: choice(SOURCES, 'glove'),
  a: text('man'),
  b: text('king'),
  c: text('woman'),
  inc: bool(false),
  nw: text('frog'),
  cw: text('toad'),
  mp: choice(MAP_CHOICES, 'gender'),
  mw: text('cat dog, kitten puppy, cow calf', 400),
  ha: choice(ANIMALS, 'dog'),
  hb: choice(ANIMALS, 'cat'),
  wm: choice(W2V_MODES, 'skipgram'),
  wd: num({ default: 8, min: 2, max: 32, integer: true }),
  ww: num({ default: 2, min: 1, max: 5, integer: true }),
  wn: num({ default: 5, min: 1, max: 20, integer: true }),
  wl: num({ default: 1, min: 0.001, max: 10 }),
  ws: num({ default: 1, min: 0, max: 1_000_000, integer: true }),
  wr: choice(W2V_RELATIONS_CHOICES, 'gender'),
};
