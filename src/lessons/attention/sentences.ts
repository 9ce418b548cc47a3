import { positional, randomMatrix, type Rows } from '../../models/attention';
import type { SENTENCES } from './params';

export type Sentence = (typeof SENTENCES)[number];

/** The decks' two example sentences, tokenised into words. */
export const TOKENS: Record<Sentence, string[]> = {
  thinking: ['Thinking', 'Machines'],
  animal: ['The', 'animal', 'didn’t', 'cross', 'the', 'street', 'because', 'it', 'was', 'too', 'tired'],
};

/** Model size of the self-attention walk-through (d_model = 4, d_k = 3, as in the decks' figure). */
export const D_MODEL = 4;
export const D_K = 3;

/** Seeded embeddings plus positional encodings for a sentence, and seeded W_Q, W_K, W_V. */
export function sentenceInputs(sentence: Sentence, dModel = D_MODEL): { X: Rows; Wq: Rows; Wk: Rows; Wv: Rows } {
  const n = TOKENS[sentence].length;
  const E = randomMatrix(n, dModel, `emb:${sentence}:${dModel}`);
  const { pe } = positional(n, dModel);
  const X = E.map((row, i) => row.map((v, j) => Math.round((v + pe[i][j]) * 100) / 100));
  const w = (name: string) => randomMatrix(dModel, D_K, `${name}:${dModel}`, 0.7).map((r) => r.map((v) => Math.round(v * 100) / 100));
  return { X, Wq: w('wq'), Wk: w('wk'), Wv: w('wv') };
}
