import { num, type Param } from '../../lib/urlParams';
import { MAX_PROMPT } from './lmData';

function text(def: string, max: number): Param<string> {
  return { default: def, parse: (raw) => (raw.trim() !== '' && raw.length <= max ? raw : undefined), format: (v) => v };
}

/** Everything on the language-model page that a copied link reproduces. */
export const lmSchema = {
  /** Tokens: the sentence to tokenise and the BPE merge step on the small sample. */
  sent: text('The jury said the election was conducted well.', 500),
  bs: num({ default: 0, min: 0, max: 59, integer: true }),
  /** Generation: prompt, temperature, top-k (0 = off), top-p, sampling seed. */
  prompt: text('The president said that', MAX_PROMPT),
  t: num({ default: 0.8, min: 0, max: 3 }),
  k: num({ default: 40, min: 0, max: 4096, integer: true }),
  p: num({ default: 0.95, min: 0.01, max: 1 }),
  seed: num({ default: 1, min: 0, max: 1e6, integer: true }),
  /** Training from scratch: layers, heads, d_model, context, windows per step, learning rate. */
  L: num({ default: 2, min: 1, max: 4, integer: true }),
  H: num({ default: 4, min: 1, max: 8, integer: true }),
  D: num({ default: 64, min: 16, max: 128, integer: true }),
  C: num({ default: 64, min: 16, max: 128, integer: true }),
  B: num({ default: 8, min: 1, max: 32, integer: true }),
  lr: num({ default: 0.003, min: 1e-5, max: 0.1 }),
  /** Inspection: layer, head; op stepper: step index. */
  il: num({ default: 0, min: 0, max: 3, integer: true }),
  ih: num({ default: 0, min: 0, max: 7, integer: true }),
  op: num({ default: 0, min: 0, max: 400, integer: true }),
};
