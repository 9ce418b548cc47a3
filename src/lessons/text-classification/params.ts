import { choice, num, type Param } from '../../lib/urlParams';
import { ENCODERS } from '../../models/textClassNet';
import { PRESETS } from './presets';

/** Longest custom text kept in the URL (characters). */
export const URL_TEXT_MAX = 2000;

/** Free text in the URL, at most URL_TEXT_MAX characters. */
function text(def: string): Param<string> {
  return { default: def, parse: (raw) => (raw.length <= URL_TEXT_MAX ? raw : undefined), format: (v) => v };
}

/** Everything on the text-classification page that a copied link reproduces. */
export const textSchema = {
  // Naive Bayes stepper
  np: choice(PRESETS, 'phishing'),
  nm: num({ default: 0, min: 0, max: 1208, integer: true }),
  nt: text(''),
  ns: num({ default: 0, min: 0, max: 100_000, integer: true }),
  // neural classifiers
  enc: choice(ENCODERS, 'mean'),
  lr: num({ default: 0.01, min: 0.00001, max: 1 }),
  th: num({ default: 0.5, min: 0.01, max: 0.99 }),
  // your own text, tf-idf
  yt: text('You have won a FREE prize! Click here to claim your $1000 cash now!!!'),
  ta: text('Click the link below to claim your free prize'),
  tb: text('Please find the meeting notes from Monday attached'),
};

export type TextSchema = typeof textSchema;
