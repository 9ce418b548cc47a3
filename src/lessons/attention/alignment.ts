import { MAX_LEN, reverseDigits, tokenize, trueAlignment } from '../../models/attentionTask';

/** Longest input the student may type (the model trained on 3–6 digits). */
export const MAX_INPUT = 10;
export { MAX_LEN };

/** Why a typed input cannot be translated, or the digits. */
export type InputCheck = { ok: true; digits: number[] } | { ok: false; reason: 'empty' | 'long' | 'char'; ch?: string; n?: number };

export function checkInput(text: string): InputCheck {
  const t = text.trim();
  if (t === '') return { ok: false, reason: 'empty' };
  const chars = [...t];
  if (chars.length > MAX_INPUT) return { ok: false, reason: 'long', n: chars.length };
  const digits = tokenize(t);
  if (!digits) return { ok: false, reason: 'char', ch: chars.find((c) => !/^[0-9]$/.test(c)) };
  return { ok: true, digits };
}

/** Rows whose largest weight sits on the true (reversal) alignment. */
export function rowsOnAlignment(attention: readonly (readonly number[])[]): number {
  const n = attention[0]?.length ?? 0;
  return attention.filter((row, i) => row.indexOf(Math.max(...row)) === trueAlignment(n, i)).length;
}

/** Outlined cells of the true alignment for an n-digit input. */
export const alignmentCells = (n: number) => Array.from({ length: n }, (_, i) => ({ row: i, col: trueAlignment(n, i) }));

export const target = (digits: readonly number[]) => reverseDigits(digits).join('');
