/**
 * The one tokenizer of the text-classification lesson, shared by the data derivation
 * (scripts/data/derive-spam.mjs) and the app, so a word typed by a student gets the same token
 * as in the shipped mails. Engine-free and DOM-free.
 *
 * Rules: lower-case (locale-independent); a token is a run of letters and digits, optionally with
 * inner apostrophes ("don't"), or one of the symbols `$ ! € £` (strong spam cues); runs longer than
 * {@link MAX_TOKEN_CHARS} are dropped (base64 debris, hashes), as is everything else.
 */
export const MAX_TOKEN_CHARS = 24;

const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*|[$!€£]/gu;

/** The tokens of `text`, in order. */
export function tokenize(text: string): string[] {
  return tokenSpans(text).map((s) => s.token);
}

/** A token with its character span in the original text (for highlighting words in place). */
export interface TokenSpan { token: string; start: number; end: number }

/** Like {@link tokenize}, with the span of each token in `text` (matched before lower-casing, so offsets are exact). */
export function tokenSpans(text: string): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0].toLowerCase().replace(/’/g, "'");
    if (t.length <= MAX_TOKEN_CHARS) out.push({ token: t, start: m.index, end: m.index + m[0].length });
  }
  return out;
}
