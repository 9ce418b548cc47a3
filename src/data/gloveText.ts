/**
 * A student's own word vectors: GloVe or word2vec *text* files parsed in the browser (streamed, with progress
 * and size limits), into the same structure as the shipped binary. Framework-free.
 */
import type { Embeddings } from './embeddings.ts';
import { DataError } from './errors.ts';
import type { ProgressCallback } from './fetchProgress.ts';

export interface GloveTextOptions {
  /** Stop after this many words (files are usually sorted by frequency). Default 100,000. */
  maxWords?: number;
  /** Fail with code 'tooLarge' if more than this many bytes must be read. Default 512 MiB. */
  maxBytes?: number;
  /** Fail with code 'tooManyDims' above this many values per word. Default 1,024. */
  maxDims?: number;
}

export const GLOVE_TEXT_DEFAULTS = { maxWords: 100_000, maxBytes: 512 * 1024 * 1024, maxDims: 1024 } as const;

/**
 * Parses GloVe text ("word v1 v2 … vD" per line) or word2vec text (the same, after a first line
 * "count dims"). Lines may end in "\r\n"; blank lines are ignored; a word seen twice keeps its first
 * vector. Returns the same structure as parseEmbeddingBin (full float32 precision, unit rows).
 *
 * Errors (DataError.code): 'empty', 'inconsistentDims' {line, expected, found}, 'notNumeric'
 * {line, column, found}, 'missingValues' {line}, 'badCountHeader' {line, expected, found},
 * 'tooLarge' {limit}, 'tooManyDims' {line, found, limit}.
 */
export async function parseGloveText(
  input: string | Blob | ReadableStream<Uint8Array>,
  options: GloveTextOptions = {},
  onProgress?: ProgressCallback,
): Promise<Embeddings> {
  const maxWords = options.maxWords ?? GLOVE_TEXT_DEFAULTS.maxWords;
  const maxBytes = options.maxBytes ?? GLOVE_TEXT_DEFAULTS.maxBytes;
  const maxDims = options.maxDims ?? GLOVE_TEXT_DEFAULTS.maxDims;
  const blob = typeof input === 'string' ? new Blob([input]) : input instanceof Blob ? input : null;
  const stream: ReadableStream<Uint8Array> = blob ? (blob.stream() as ReadableStream<Uint8Array>) : (input as ReadableStream<Uint8Array>);
  const total = blob ? blob.size : null;

  const words: string[] = [];
  const index = new Map<string, number>();
  let data = new Float32Array(0);
  let dims = 0;
  let headerCount: number | null = null;
  let headerLine = 0;
  let lineNo = 0;
  let sawContent = false;
  let skippedDuplicates = 0;
  let done = false;

  const handleLine = (raw: string) => {
    lineNo++;
    const line = raw.trim();
    if (line.length === 0) return;
    const tokens = line.split(/[ \t]+/);
    if (!sawContent) {
      sawContent = true;
      if (tokens.length === 2 && /^\d+$/.test(tokens[0]) && /^\d+$/.test(tokens[1])) {
        headerCount = Number(tokens[0]);
        headerLine = lineNo;
        const hd = Number(tokens[1]);
        if (hd < 1) throw new DataError('badCountHeader', `Line ${lineNo}: the header declares ${hd} dimensions.`, { line: lineNo, found: hd });
        if (hd > maxDims) throw new DataError('tooManyDims', `Line ${lineNo}: ${hd} dimensions is more than the limit of ${maxDims}.`, { line: lineNo, found: hd, limit: maxDims });
        dims = hd;
        return;
      }
    }
    const n = tokens.length - 1;
    if (n === 0) throw new DataError('missingValues', `Line ${lineNo}: the word ${JSON.stringify(tokens[0])} has no values.`, { line: lineNo, found: tokens[0] });
    if (dims === 0) {
      if (n > maxDims) throw new DataError('tooManyDims', `Line ${lineNo}: ${n} values per word is more than the limit of ${maxDims}.`, { line: lineNo, found: n, limit: maxDims });
      dims = n;
    } else if (n !== dims) {
      const code = headerCount !== null && words.length === 0 ? 'badCountHeader' : 'inconsistentDims';
      throw new DataError(code, `Line ${lineNo}: expected ${dims} values after the word, found ${n}.`, { line: lineNo, expected: dims, found: n });
    }
    const word = tokens[0];
    if (index.has(word)) {
      skippedDuplicates++;
      return;
    }
    const row = words.length;
    if ((row + 1) * dims > data.length) {
      const grown = new Float32Array(Math.max(1024 * dims, data.length * 2));
      grown.set(data);
      data = grown;
    }
    const base = row * dims;
    for (let j = 1; j <= n; j++) {
      const t = tokens[j];
      const v = Number(t);
      if (!Number.isFinite(v)) {
        throw new DataError('notNumeric', `Line ${lineNo}, value ${j}: ${JSON.stringify(t.slice(0, 40))} is not a number.`, { line: lineNo, column: j, found: t.slice(0, 40) });
      }
      data[base + j - 1] = v;
    }
    words.push(word);
    index.set(word, row);
    if (words.length >= maxWords) done = true;
  };

  const reader = stream.getReader();
  const decoder = new TextDecoder('utf-8');
  let pending = '';
  let loaded = 0;
  let eofReached = false;
  onProgress?.(0, total);
  try {
    while (!done) {
      const { done: eof, value } = await reader.read();
      if (eof) {
        eofReached = true;
        pending += decoder.decode();
        if (pending.length > 0) handleLine(pending);
        pending = '';
        break;
      }
      loaded += value.byteLength;
      pending += decoder.decode(value, { stream: true });
      let start = 0;
      for (let nl = pending.indexOf('\n'); nl !== -1 && !done; nl = pending.indexOf('\n', start)) {
        handleLine(pending.slice(start, nl));
        start = nl + 1;
      }
      pending = pending.slice(start);
      if (!done && loaded > maxBytes) {
        throw new DataError('tooLarge', `The file is larger than the limit of ${maxBytes} bytes (reached before ${maxWords} words were read).`, { limit: maxBytes });
      }
      onProgress?.(loaded, total);
    }
  } finally {
    // stopped early (maxWords or an error): tell the source we will not read the rest
    if (!eofReached) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }

  const count = words.length;
  if (count === 0) throw new DataError('empty', 'The file contains no word vectors.');
  if (headerCount !== null && !done && count + skippedDuplicates !== headerCount) {
    throw new DataError('badCountHeader', `The header on line ${headerLine} promises ${headerCount} words, but the file has ${count + skippedDuplicates}.`,
      { line: headerLine, expected: headerCount, found: count + skippedDuplicates });
  }
  const vectors = data.length === count * dims ? data : data.slice(0, count * dims);
  const norms = new Float32Array(count);
  for (let r = 0; r < count; r++) {
    const base = r * dims;
    let ss = 0;
    for (let d = 0; d < dims; d++) ss += vectors[base + d] * vectors[base + d];
    const norm = Math.sqrt(ss);
    norms[r] = norm;
    if (norm === 0) continue;
    for (let d = 0; d < dims; d++) vectors[base + d] /= norm;
  }
  return { words, count, dims, vectors, norms, index, truncated: done, skippedDuplicates };
}

