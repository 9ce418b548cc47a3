/** Prompt checks and display helpers of the lesson (no engine: the models package does the maths). */
import type { Tokenizer } from '../../models/lm/bpe';

export type { LmModel, Shipped } from '../../models/lm/load';

/** The shipped model's file (gzip-compressed GACK checkpoint), under the site's base path. */
export const GPT_URL = `${import.meta.env?.BASE_URL ?? '/'}data/gpt-brown.ckpt.gz`;

export type PromptCheck =
  | { ok: true; ids: number[]; truncated: boolean }
  | { ok: false; reason: 'empty' | 'long' | 'chars'; chars?: string[] };

/** Longest prompt the widgets accept, in characters. */
export const MAX_PROMPT = 2000;

/** Validates and tokenises a prompt; keeps the last `context` tokens. */
export function checkPrompt(tok: Tokenizer, text: string, context: number): PromptCheck {
  if (text.trim() === '') return { ok: false, reason: 'empty' };
  if (text.length > MAX_PROMPT) return { ok: false, reason: 'long' };
  try {
    const ids = tok.encode(text);
    return { ok: true, ids: ids.slice(-context), truncated: ids.length > context };
  } catch {
    const known = new Set(tok.model.alphabet);
    return { ok: false, reason: 'chars', chars: [...new Set([...text.toLowerCase()].filter((c) => !known.has(c)))] };
  }
}

/** Token strings for display: the leading space as "␣", ⟨s⟩ as is. */
export function showToken(tok: Tokenizer, id: number): string {
  return (tok.vocab[id] ?? '?').replace(/ /g, '␣').replace('\n', '⏎');
}

/** Sentences joined by line breaks as UTF-8 bytes (sent to the worker once per run; a byte copy, not a string clone). */
export function utf8(sentences: readonly string[]): Uint8Array {
  return new TextEncoder().encode(sentences.join('\n'));
}
