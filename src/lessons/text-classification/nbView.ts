/** Pure adapters from the Naive Bayes model to what the stepper shows. */
import type { SpamBundle } from './useSpamData';
import { encodeText } from '../../models/text/vocab';
import { scoreIds, type NbScore } from '../../models/text/naiveBayes';
import { textProblem, type TextProblem } from '../../models/text/validate';
import type { TokenSpan } from '../../models/text/tokenize';

export interface NbView {
  tokens: (TokenSpan & { id: number })[];
  score: NbScore;
  /** Largest |contribution|, for the colour scale. */
  maxAbs: number;
}

export function nbView(b: SpamBundle, text: string): NbView {
  const tokens = encodeText(b.vocab, text);
  const score = scoreIds(b.nb, tokens.map((t) => t.id));
  const maxAbs = Math.max(1e-9, ...score.contributions.map((c) => Math.abs(c ?? 0)));
  return { tokens, score, maxAbs };
}

/** The text of test mail `i`, rebuilt from its tokens (words outside the vocabulary shown as “<unk>”). */
export function testMailText(b: SpamBundle, i: number): string {
  const s = b.data.test;
  const k = Math.max(0, Math.min(s.count - 1, i));
  return Array.from(s.ids.subarray(s.offsets[k], s.offsets[k + 1]), (id) => b.data.vocab[id]).join(' ');
}

/** Index of the longest test mail (for the underflow demonstration). */
export function longestTestMail(b: SpamBundle): number {
  const o = b.data.test.offsets;
  let best = 0;
  for (let i = 1; i < b.data.test.count; i++) if (o[i + 1] - o[i] > o[best + 1] - o[best]) best = i;
  return best;
}

/** A problem with the student's draft, including "no word is known" (which leaves only the prior). */
export function draftProblem(b: SpamBundle | null, text: string): TextProblem | 'unknownOnly' | null {
  const p = textProblem(text);
  if (p || !b) return p;
  return encodeText(b.vocab, text).every((t) => t.id < 2) ? 'unknownOnly' : null;
}
