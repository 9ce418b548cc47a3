// Reads the shipped Brown corpus file (public/data/brown.txt.gz) in Node for the training scripts.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parseBrown, type BrownCorpus } from '../../src/data/brown.ts';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function readBrown(): BrownCorpus {
  return parseBrown(gunzipSync(readFileSync(join(ROOT, 'public', 'data', 'brown.txt.gz'))).toString('utf8'));
}
