/** Vocabulary look-up shared by the lesson's models: words ↔ ids as shipped in public/data/spam-assassin.bin.gz. */
import { tokenSpans, type TokenSpan } from './tokenize';

/** Id of the padding token (never a word). */
export const PAD_ID = 0;
/** Id of every word outside the vocabulary. */
export const UNK_ID = 1;

export interface Vocab { words: readonly string[]; index: ReadonlyMap<string, number> }

export function makeVocab(words: readonly string[]): Vocab {
  return { words, index: new Map(words.map((w, i) => [w, i])) };
}

/** Id of a token (UNK_ID when unknown). */
export const idOf = (v: Vocab, token: string): number => v.index.get(token) ?? UNK_ID;

/** Tokens of `text` with their spans and ids. */
export function encodeText(v: Vocab, text: string): (TokenSpan & { id: number })[] {
  return tokenSpans(text).map((s) => ({ ...s, id: idOf(v, s.token) }));
}
