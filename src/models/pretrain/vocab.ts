/**
 * The word vocabulary of the pre-training lesson: lower-cased words of the Brown corpus's training
 * documents (the shared tokenizer of src/models/text, so e-mail words map by string), most frequent
 * first, after five special tokens. Engine-free.
 */
import { tokenize } from '../text/tokenize';

export const SPECIAL_TOKENS = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'] as const;
export const PAD = 0;
export const UNK = 1;
export const CLS = 2;
export const SEP = 3;
export const MASK = 4;

export interface WordVocab {
  /** Id → word (specials first). */
  words: string[];
  /** Word → id. */
  index: Map<string, number>;
  /** Training-corpus count per id (0 for the specials). */
  counts: number[];
}

/** Wraps a word list (specials first, as stored in a checkpoint) with its index. */
export function vocabFrom(words: string[], counts?: number[]): WordVocab {
  for (let i = 0; i < SPECIAL_TOKENS.length; i++) {
    if (words[i] !== SPECIAL_TOKENS[i]) throw new RangeError(`vocabulary must start with ${SPECIAL_TOKENS.join(' ')}`);
  }
  return { words, index: new Map(words.map((w, i) => [w, i])), counts: counts ?? words.map(() => 0) };
}

/** The `size` most frequent words of `sentences` (ties by first appearance), after the specials. */
export function buildVocab(sentences: readonly string[], size: number): WordVocab {
  const freq = new Map<string, number>();
  for (const s of sentences) for (const w of tokenize(s)) freq.set(w, (freq.get(w) ?? 0) + 1);
  const top = [...freq.entries()].sort((a, b) => b[1] - a[1]).slice(0, size);
  return vocabFrom([...SPECIAL_TOKENS, ...top.map(([w]) => w)], [...SPECIAL_TOKENS.map(() => 0), ...top.map(([, c]) => c)]);
}

/** Ids of the words of `text` ([UNK] for a word outside the vocabulary). */
export function encodeWords(vocab: WordVocab, text: string): number[] {
  return tokenize(text).map((w) => vocab.index.get(w) ?? UNK);
}

/** Ids of already tokenised words. */
export function idsOf(vocab: WordVocab, words: readonly string[]): number[] {
  return words.map((w) => vocab.index.get(w) ?? UNK);
}
