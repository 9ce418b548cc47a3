/** Checks a student's text before it is classified. */
import { tokenize } from './tokenize';

/** Longest text classified (characters); longer input is refused, the last good text kept. */
export const MAX_TEXT_CHARS = 20_000;

export type TextProblem = 'empty' | 'tooLong' | 'binary' | 'noWords';

/** Share of characters that are control codes (other than tab / newline / return) or U+FFFD replacement marks. */
export function binaryShare(text: string): number {
  if (!text) return 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127 || c === 0xfffd) bad++;
  }
  return bad / text.length;
}

/** The problem with `text`, or null when it can be classified. */
export function textProblem(text: string): TextProblem | null {
  if (text.trim() === '') return 'empty';
  if (text.length > MAX_TEXT_CHARS) return 'tooLong';
  if (binaryShare(text) > 0.02) return 'binary';
  if (tokenize(text).length === 0) return 'noWords';
  return null;
}
