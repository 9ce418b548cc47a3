/**
 * Word embeddings: the compact binary shipped in public/data (see scripts/data/derive-embeddings.mjs)
 * and the queries over it (a student's own text file is parsed in gloveText.ts). Framework-free; runs in browsers,
 * workers and Node (no DOM beyond fetch, Blob, ReadableStream and TextDecoder).
 *
 * Binary format "GAWV" version 1, all numbers little-endian:
 *
 *   offset        size               field
 *   0             4                  magic: ASCII "GAWV"
 *   4             uint32             version = 1
 *   8             uint32             rows   (number of words, ≥ 1)
 *   12            uint32             dims   (values per word, 1…4096)
 *   16            uint32             quantisation = 1 (int8 with one float32 scale per row)
 *   20            uint32             wordsBytes (byte length of the word list)
 *   24            float32[rows]      scale per row
 *   24 + 4·rows   int8[rows·dims]    q, row-major; the value is q · scale, with
 *                                    scale = max|v| / 127 and q = round(v / scale)
 *   … + rows·dims uint8[wordsBytes]  words, UTF-8, separated by "\n" (no trailing newline)
 *
 * The file ends exactly there. Row i of the matrix belongs to word i of the list; rows are in the
 * order of the source (most frequent word first). Since the quantisation is per row, the first n rows
 * form a valid file of their own (prefixEmbeddingBin): glove-6b-100d-3k.bin is the first 3,000 rows of
 * glove-6b-100d-50k.bin, byte for byte.
 */
import { DataError } from './errors.ts';
import { fetchArrayBuffer, type ProgressCallback } from './fetchProgress.ts';

export const EMBEDDING_MAGIC = 'GAWV';
export const EMBEDDING_VERSION = 1;
export const EMBEDDING_HEADER_BYTES = 24;
const QUANT_INT8_ROW_SCALE = 1;
const MAX_BIN_DIMS = 4096;
const MAX_BIN_ROWS = 10_000_000;

export interface Embeddings {
  /** Words in file order (most frequent first for the shipped data). */
  words: string[];
  /** Number of words (= words.length). */
  count: number;
  dims: number;
  /** count × dims, row-major, each row scaled to unit L2 norm (all-zero rows stay zero). */
  vectors: Float32Array;
  /** L2 norm of each row before normalisation (after dequantisation for the binary file). */
  norms: Float32Array;
  /** word → row. */
  index: Map<string, number>;
  /** True when parseGloveText stopped at maxWords before the end of the file. */
  truncated?: boolean;
  /** Lines of a text file whose word had already appeared (the first occurrence is kept). */
  skippedDuplicates?: number;
}

const magicBytes = () => new TextEncoder().encode(EMBEDDING_MAGIC);

/**
 * Encodes vectors (rows × dims, row-major, any scale) into the "GAWV" format. Shared by the
 * derivation script and the tests, so the writer and the reader cannot drift apart.
 */
export function encodeEmbeddingBin(words: readonly string[], vectors: ArrayLike<number>, dims: number): Uint8Array {
  const rows = words.length;
  if (!Number.isInteger(dims) || dims < 1 || dims > MAX_BIN_DIMS) throw new RangeError(`dims must be an integer in 1…${MAX_BIN_DIMS}, got ${dims}`);
  if (rows < 1) throw new RangeError('at least one word is required');
  if (vectors.length !== rows * dims) throw new RangeError(`expected ${rows}×${dims} = ${rows * dims} values, got ${vectors.length}`);
  const seen = new Set<string>();
  for (const w of words) {
    if (w.length === 0 || w.includes('\n')) throw new RangeError(`words must be non-empty and must not contain a newline: ${JSON.stringify(w)}`);
    if (seen.has(w)) throw new RangeError(`duplicate word ${JSON.stringify(w)}`);
    seen.add(w);
  }
  const wordBytes = new TextEncoder().encode(words.join('\n'));
  const total = EMBEDDING_HEADER_BYTES + 4 * rows + rows * dims + wordBytes.byteLength;
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  out.set(magicBytes(), 0);
  view.setUint32(4, EMBEDDING_VERSION, true);
  view.setUint32(8, rows, true);
  view.setUint32(12, dims, true);
  view.setUint32(16, QUANT_INT8_ROW_SCALE, true);
  view.setUint32(20, wordBytes.byteLength, true);
  const qOffset = EMBEDDING_HEADER_BYTES + 4 * rows;
  const q = new Int8Array(out.buffer, qOffset, rows * dims);
  for (let r = 0; r < rows; r++) {
    let maxAbs = 0;
    for (let d = 0; d < dims; d++) {
      const v = vectors[r * dims + d];
      if (!Number.isFinite(v)) throw new RangeError(`non-finite value in row ${r} (${JSON.stringify(words[r])})`);
      maxAbs = Math.max(maxAbs, Math.abs(v));
    }
    const scale = Math.fround(maxAbs / 127);
    view.setFloat32(EMBEDDING_HEADER_BYTES + 4 * r, scale, true);
    if (scale === 0) continue; // all-zero row (or below float32 range) stays zero
    for (let d = 0; d < dims; d++) {
      const x = Math.round(vectors[r * dims + d] / scale);
      q[r * dims + d] = x > 127 ? 127 : x < -127 ? -127 : x;
    }
  }
  out.set(wordBytes, qOffset + rows * dims);
  return out;
}

interface BinLayout { bytes: Uint8Array; view: DataView; rows: number; dims: number; wordsBytes: number; qOffset: number; wOffset: number; end: number }

/** Checks the header and the total length of a "GAWV" file; throws DataError (see errors.ts) on malformed input. */
function readBinLayout(buffer: ArrayBuffer | Uint8Array): BinLayout {
  const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  if (bytes.byteLength === 0) throw new DataError('empty', 'The embedding file is empty.');
  if (bytes.byteLength < EMBEDDING_HEADER_BYTES) {
    throw new DataError('truncated', `The embedding file is only ${bytes.byteLength} bytes; the header alone needs ${EMBEDDING_HEADER_BYTES}.`,
      { expected: EMBEDDING_HEADER_BYTES, found: bytes.byteLength });
  }
  const magic = magicBytes();
  for (let i = 0; i < 4; i++) {
    if (bytes[i] !== magic[i]) {
      throw new DataError('badMagic', `Not a Gradient Atlas embedding file (expected the signature "${EMBEDDING_MAGIC}").`, { expected: EMBEDDING_MAGIC });
    }
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(4, true);
  if (version !== EMBEDDING_VERSION) {
    throw new DataError('badVersion', `Unsupported embedding file version ${version} (this app reads version ${EMBEDDING_VERSION}).`,
      { expected: EMBEDDING_VERSION, found: version });
  }
  const rows = view.getUint32(8, true);
  const dims = view.getUint32(12, true);
  const quant = view.getUint32(16, true);
  const wordsBytes = view.getUint32(20, true);
  if (rows < 1 || rows > MAX_BIN_ROWS) throw new DataError('badHeader', `Implausible word count ${rows} in the header.`, { found: rows, limit: MAX_BIN_ROWS });
  if (dims < 1 || dims > MAX_BIN_DIMS) throw new DataError('badHeader', `Implausible dimension ${dims} in the header.`, { found: dims, limit: MAX_BIN_DIMS });
  if (quant !== QUANT_INT8_ROW_SCALE) throw new DataError('badHeader', `Unknown quantisation scheme ${quant} in the header.`, { expected: QUANT_INT8_ROW_SCALE, found: quant });
  const qOffset = EMBEDDING_HEADER_BYTES + 4 * rows;
  const wOffset = qOffset + rows * dims;
  const expectedBytes = wOffset + wordsBytes;
  if (bytes.byteLength < expectedBytes) {
    throw new DataError('truncated', `The embedding file is truncated: ${bytes.byteLength} bytes, but its header describes ${expectedBytes}.`,
      { expected: expectedBytes, found: bytes.byteLength });
  }
  if (bytes.byteLength > expectedBytes) {
    throw new DataError('trailingBytes', `The embedding file has ${bytes.byteLength - expectedBytes} unexpected bytes after the word list.`,
      { expected: expectedBytes, found: bytes.byteLength });
  }
  return { bytes, view, rows, dims, wordsBytes, qOffset, wOffset, end: expectedBytes };
}

/** Validates and decodes a "GAWV" file. Throws DataError (see errors.ts) on malformed input. */
export function parseEmbeddingBin(buffer: ArrayBuffer | Uint8Array): Embeddings {
  const { bytes, view, rows, dims, qOffset, wOffset, end: expectedBytes } = readBinLayout(buffer);

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(wOffset, expectedBytes));
  } catch (e) {
    throw new DataError('badWords', 'The word list is not valid UTF-8.', {}, { cause: e });
  }
  const words = text.split('\n');
  if (words.length !== rows) {
    throw new DataError('badWords', `The word list has ${words.length} entries but the header says ${rows}.`, { expected: rows, found: words.length });
  }
  const index = new Map<string, number>();
  for (let i = 0; i < rows; i++) {
    const w = words[i];
    if (w.length === 0) throw new DataError('badWords', `Word ${i + 1} of the word list is empty.`, { line: i + 1 });
    if (index.has(w)) throw new DataError('badWords', `The word ${JSON.stringify(w)} appears twice in the word list.`, { line: i + 1, found: w });
    index.set(w, i);
  }

  const q = new Int8Array(bytes.buffer, bytes.byteOffset + qOffset, rows * dims);
  const vectors = new Float32Array(rows * dims);
  const norms = new Float32Array(rows);
  for (let r = 0; r < rows; r++) {
    const scale = view.getFloat32(EMBEDDING_HEADER_BYTES + 4 * r, true);
    if (!Number.isFinite(scale) || scale < 0) {
      throw new DataError('badHeader', `Row ${r + 1} has an invalid scale ${scale}.`, { line: r + 1, found: String(scale) });
    }
    const base = r * dims;
    let ss = 0;
    for (let d = 0; d < dims; d++) ss += q[base + d] * q[base + d];
    const qNorm = Math.sqrt(ss);
    norms[r] = scale * qNorm;
    if (qNorm === 0 || scale === 0) continue;
    const inv = 1 / qNorm; // the scale cancels out in the unit vector
    for (let d = 0; d < dims; d++) vectors[base + d] = q[base + d] * inv;
  }
  return { words, count: rows, dims, vectors, norms, index };
}

/**
 * The first `rows` words of a "GAWV" file as a "GAWV" file of their own, losslessly: the header with the
 * new row count and word-list length, the first `rows` scales, the first `rows`·dims int8 values and the
 * first `rows` words, byte for byte. For the shipped file (most frequent words first) this is the
 * `rows` most frequent words. Throws DataError on a malformed file and RangeError unless
 * 1 ≤ rows ≤ the file's row count.
 */
export function prefixEmbeddingBin(buffer: ArrayBuffer | Uint8Array, rows: number): Uint8Array {
  const src = readBinLayout(buffer);
  if (!Number.isInteger(rows) || rows < 1 || rows > src.rows) {
    throw new RangeError(`rows must be an integer in 1…${src.rows}, got ${rows}`);
  }
  // The word list ends before the rows-th "\n" (or at the end of the file when all rows are kept).
  let wordsEnd = src.end;
  if (rows < src.rows) {
    let seen = 0;
    wordsEnd = -1;
    for (let i = src.wOffset; i < src.end; i++) {
      if (src.bytes[i] === 0x0a && ++seen === rows) { wordsEnd = i; break; }
    }
    if (wordsEnd < 0) throw new DataError('badWords', `The word list has fewer than ${rows + 1} entries.`, { expected: src.rows, found: seen + 1 });
  }
  const wordsBytes = wordsEnd - src.wOffset;
  const qOffset = EMBEDDING_HEADER_BYTES + 4 * rows;
  const wOffset = qOffset + rows * src.dims;
  const out = new Uint8Array(wOffset + wordsBytes);
  const view = new DataView(out.buffer);
  out.set(src.bytes.subarray(0, EMBEDDING_HEADER_BYTES), 0);
  view.setUint32(8, rows, true);
  view.setUint32(20, wordsBytes, true);
  out.set(src.bytes.subarray(EMBEDDING_HEADER_BYTES, EMBEDDING_HEADER_BYTES + 4 * rows), EMBEDDING_HEADER_BYTES);
  out.set(src.bytes.subarray(src.qOffset, src.qOffset + rows * src.dims), qOffset);
  out.set(src.bytes.subarray(src.wOffset, wordsEnd), wOffset);
  return out;
}

/** Streams the shipped binary with progress and parses it. */
export async function loadEmbeddings(url: string, onProgress?: ProgressCallback, init?: { signal?: AbortSignal }): Promise<Embeddings> {
  return parseEmbeddingBin(await fetchArrayBuffer(url, onProgress, init));
}

// ---------------------------------------------------------------------------------------------
// Queries
// ---------------------------------------------------------------------------------------------

export interface Neighbour {
  index: number;
  word: string;
  /** Cosine similarity with the query. */
  score: number;
}

/** The k rows most cosine-similar to `query` (any length-dims vector), skipping `exclude`. */
export function nearest(emb: Embeddings, query: ArrayLike<number>, k: number, exclude: ReadonlySet<number> = new Set()): Neighbour[] {
  const { dims, count, vectors } = emb;
  let qn = 0;
  for (let d = 0; d < dims; d++) qn += query[d] * query[d];
  qn = Math.sqrt(qn) || 1;
  const q = new Float32Array(dims);
  for (let d = 0; d < dims; d++) q[d] = query[d] / qn;
  const topI: number[] = [];
  const topS: number[] = [];
  for (let r = 0; r < count; r++) {
    if (exclude.has(r)) continue;
    const base = r * dims;
    let s = 0;
    for (let d = 0; d < dims; d++) s += vectors[base + d] * q[d];
    if (topS.length === k && s <= topS[k - 1]) continue;
    let pos = topS.length < k ? topS.length : k - 1;
    while (pos > 0 && topS[pos - 1] < s) pos--;
    topS.splice(pos, 0, s);
    topI.splice(pos, 0, r);
    if (topS.length > k) {
      topS.pop();
      topI.pop();
    }
  }
  return topI.map((i, j) => ({ index: i, word: emb.words[i], score: topS[j] }));
}

/** Unit vector of row `i` (a view, not a copy). */
export const rowOf = (emb: Embeddings, i: number): Float32Array => emb.vectors.subarray(i * emb.dims, (i + 1) * emb.dims);

/** Neighbours of a word, the word itself excluded; null when the word is unknown. */
export function neighboursOf(emb: Embeddings, word: string, k: number): Neighbour[] | null {
  const i = emb.index.get(word);
  return i === undefined ? null : nearest(emb, rowOf(emb, i), k, new Set([i]));
}

/**
 * "a is to b as c is to ?": nearest rows to unit(b) − unit(a) + unit(c) (3CosAdd), the three
 * query words excluded. Null when a word is unknown. Example: analogy(e, 'man', 'king', 'woman').
 */
export function analogy(emb: Embeddings, a: string, b: string, c: string, k: number): Neighbour[] | null {
  const ia = emb.index.get(a), ib = emb.index.get(b), ic = emb.index.get(c);
  if (ia === undefined || ib === undefined || ic === undefined) return null;
  const va = rowOf(emb, ia), vb = rowOf(emb, ib), vc = rowOf(emb, ic);
  const target = new Float32Array(emb.dims);
  for (let d = 0; d < emb.dims; d++) target[d] = vb[d] - va[d] + vc[d];
  return nearest(emb, target, k, new Set([ia, ib, ic]));
}
