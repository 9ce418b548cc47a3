import { choice, num, numList, type Param } from '../../lib/urlParams';

/** A short sentence in the URL (1…200 characters, no control characters). */
export function sentence(def: string): Param<string> {
  return {
    default: def,
    parse: (raw) => (raw.trim().length > 0 && raw.length <= 200 && ![...raw].some((c) => c.charCodeAt(0) < 32) ? raw : undefined),
    format: (v) => v,
  };
}

export const BUDGETS = ['50', '200', '1000'] as const;
export const TABLE_IDS = ['elmo', 'glue', 'bleu', 'ner', 'similarity', 'classification'] as const;
export type TableId = (typeof TABLE_IDS)[number];

export const RETRAIN_MODELS = ['bert', 'bilstm'] as const;
export type RetrainModel = (typeof RETRAIN_MODELS)[number];

export const pretrainSchema = {
  // BERT input, and the position stepped through
  ia: sentence('the man went to the store'),
  ib: sentence('he bought a gallon of milk'),
  ip: num({ default: 1, min: 0, max: 31, integer: true }),
  // masking-rule stepper
  mst: num({ default: 0, min: 0, max: 999, integer: true }),
  // live retraining: which model, pairs or sentences per step, learning rate
  rm: choice(RETRAIN_MODELS, 'bert'),
  rb: num({ default: 16, min: 1, max: 64, integer: true }),
  rl: num({ default: 0.001, min: 0.00001, max: 0.05 }),
  // masked LM
  ms: sentence('the president of the united states said that he would not run again'),
  mk: numList({ default: [1, 5], minLength: 1, maxLength: 6, min: 0, max: 29, integer: true }),
  // next sentence
  np: num({ default: 0, min: 0, max: 999, integer: true }),
  // contextual vectors
  cw: sentence('bank'),
  c1: sentence('he sat on the bank of the river and watched the water'),
  c2: sentence('she went to the bank to borrow money for a new house'),
  // fine-tuning
  fb: choice(BUDGETS, '50'),
  // tables
  tb: choice(TABLE_IDS, 'elmo'),
};

export const CONTEXT_PRESETS = {
  bank: ['he sat on the bank of the river and watched the water', 'she went to the bank to borrow money for a new house'],
  play: ['the children play in the yard after school', 'we saw a new play at the theatre last night'],
  light: ['turn on the light in the kitchen', 'the box was light enough for a child to carry'],
} as const;
