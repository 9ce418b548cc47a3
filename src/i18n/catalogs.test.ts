import { describe, expect, it } from 'vitest';
import { registry } from './messages';

// Load every catalog in the app: they register themselves on import.
import.meta.glob(['../**/messages.ts', '../**/*Messages.ts', '../lessons/*/meta.ts'], { eager: true });

/** Names and technical terms that Vietnamese courses keep as they are. */
const KEPT_AS_IS = new Set(['Gradient Atlas', 'hard tanh', 'leaky ReLU', 'skip-gram',
  // The decks' example sentences: their words are the tokens the widget attends over, so they stay English.
  'Thinking Machines', 'The animal didn’t cross the street because it was too tired']);
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
/** Latin words of four or more letters: a Vietnamese string equal to the English one and full of them is untranslated. */
const englishWords = (s: string) => s.replace(/\$[^$]*\$/g, '').match(/\b[A-Za-z]{4,}\b/g) ?? [];

describe('message catalogs', () => {
  it('found the catalogs', () => {
    expect(registry.length).toBeGreaterThan(3);
  });

  it('every Vietnamese string is present and non-empty', () => {
    const missing = registry.flatMap((c) => Object.keys(c.en).filter((k) => !c.vi[k]?.trim()).map((k) => `${k}: ${c.en[k]}`));
    expect(missing).toEqual([]);
  });

  it('every translation keeps the same {placeholders}', () => {
    const bad = registry.flatMap((c) => Object.keys(c.en)
      .filter((k) => placeholders(c.en[k]).join() !== placeholders(c.vi[k] ?? '').join())
      .map((k) => `${k}: "${c.en[k]}" vs "${c.vi[k]}"`));
    expect(bad).toEqual([]);
  });

  it('no Vietnamese string is an untranslated copy of an English sentence', () => {
    const copies = registry.flatMap((c) => Object.keys(c.en)
      .filter((k) => c.vi[k] === c.en[k] && !KEPT_AS_IS.has(c.en[k]) && englishWords(c.en[k]).length >= 2)
      .map((k) => `${k}: ${c.en[k]}`));
    expect(copies).toEqual([]);
  });
});
