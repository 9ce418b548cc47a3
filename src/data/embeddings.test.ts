import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DataError } from './errors.ts';
import {
  analogy,
  encodeEmbeddingBin,
  EMBEDDING_HEADER_BYTES,
  loadEmbeddings,
  nearest,
  neighboursOf,
  parseEmbeddingBin,
  prefixEmbeddingBin,
} from './embeddings.ts';
import { parseGloveText } from './gloveText.ts';

const WORDS = ['king', 'queen', 'man', 'woman', 'café', 'x'];
const DIMS = 4;
// king − man + woman ≈ queen by construction
const VECS = new Float32Array([
  1, 1, 0, 0.2, // king
  1, 0, 1, 0.2, // queen
  0, 1, 0, 0.1, // man
  0, 0, 1, 0.1, // woman
  -0.5, 0.25, 0, -2, // café (multi-byte UTF-8)
  0, 0, 0, 0, // x: all-zero row
]);

function expectDataError(fn: () => unknown, code: string, fields: Record<string, unknown> = {}) {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(DataError);
  expect(caught).toMatchObject({ code, ...fields });
  expect((caught as Error).message.length).toBeGreaterThan(10);
}

async function expectRejects(p: Promise<unknown>, code: string, fields: Record<string, unknown> = {}) {
  const e = await p.then(() => null, (err: unknown) => err);
  expect(e).toBeInstanceOf(DataError);
  expect(e).toMatchObject({ code, ...fields });
}

describe('embedding binary', () => {
  const bin = encodeEmbeddingBin(WORDS, VECS, DIMS);

  it('round-trips words and unit vectors within int8 precision', () => {
    expect(bin.byteLength).toBe(EMBEDDING_HEADER_BYTES + 4 * WORDS.length + WORDS.length * DIMS + new TextEncoder().encode(WORDS.join('\n')).byteLength);
    const emb = parseEmbeddingBin(bin.slice().buffer);
    expect(emb.words).toEqual(WORDS);
    expect(emb.count).toBe(6);
    expect(emb.dims).toBe(DIMS);
    expect(emb.index.get('café')).toBe(4);
    for (let r = 0; r < 5; r++) {
      const row = Array.from(VECS.subarray(r * DIMS, (r + 1) * DIMS));
      const norm = Math.hypot(...row);
      expect(emb.norms[r]).toBeCloseTo(norm, 1);
      for (let d = 0; d < DIMS; d++) expect(Math.abs(emb.vectors[r * DIMS + d] - row[d] / norm)).toBeLessThan(0.02);
    }
    expect(Array.from(emb.vectors.subarray(5 * DIMS))).toEqual([0, 0, 0, 0]);
    expect(emb.norms[5]).toBe(0);
  });

  it('quantises to round(v / (max|v| / 127)) with exact extremes', () => {
    const one = encodeEmbeddingBin(['a'], [0.5, -1, 0.25], 3);
    expect(new DataView(one.buffer).getFloat32(EMBEDDING_HEADER_BYTES, true)).toBeCloseTo(1 / 127, 7);
    expect(Array.from(new Int8Array(one.buffer, EMBEDDING_HEADER_BYTES + 4, 3))).toEqual([64, -127, 32]);
  });

  it('is deterministic and accepts a Uint8Array view with an offset', () => {
    expect(encodeEmbeddingBin(WORDS, VECS, DIMS)).toEqual(bin);
    const padded = new Uint8Array(bin.byteLength + 8);
    padded.set(bin, 8);
    expect(parseEmbeddingBin(padded.subarray(8)).words).toEqual(WORDS);
  });

  it('answers neighbour and analogy queries', () => {
    const emb = parseEmbeddingBin(bin);
    expect(analogy(emb, 'man', 'king', 'woman', 1)?.[0].word).toBe('queen');
    expect(analogy(emb, 'man', 'king', 'nobody', 1)).toBeNull();
    expect(neighboursOf(emb, 'king', 2)?.map((n) => n.word)).not.toContain('king');
    expect(neighboursOf(emb, 'nobody', 2)).toBeNull();
    const top = nearest(emb, [1, 1, 0, 0.2], 3);
    expect(top[0].word).toBe('king');
    expect(top[0].score).toBeCloseTo(1, 1);
    expect(top[0].score).toBeGreaterThanOrEqual(top[1].score);
    expect(top[1].score).toBeGreaterThanOrEqual(top[2].score);
  });

  it('rejects bad input to the encoder', () => {
    expect(() => encodeEmbeddingBin(['a', 'a'], [1, 2], 1)).toThrow(/duplicate/);
    expect(() => encodeEmbeddingBin(['a\nb'], [1], 1)).toThrow(/newline/);
    expect(() => encodeEmbeddingBin(['a'], [1, 2], 1)).toThrow(/expected/);
    expect(() => encodeEmbeddingBin(['a'], [NaN], 1)).toThrow(/non-finite/);
  });

  it('rejects malformed files with a code', () => {
    expectDataError(() => parseEmbeddingBin(new ArrayBuffer(0)), 'empty');
    expectDataError(() => parseEmbeddingBin(bin.slice(0, 10)), 'truncated', { expected: 24, found: 10 });
    expectDataError(() => parseEmbeddingBin(bin.slice(0, bin.byteLength - 1)), 'truncated', { expected: bin.byteLength });
    expectDataError(() => parseEmbeddingBin(bin.slice(0, 40)), 'truncated');
    const long = new Uint8Array(bin.byteLength + 3);
    long.set(bin);
    expectDataError(() => parseEmbeddingBin(long), 'trailingBytes');

    const patch = (offset: number, write: (v: DataView) => void) => {
      const copy = bin.slice();
      write(new DataView(copy.buffer, offset));
      return copy;
    };
    expectDataError(() => parseEmbeddingBin(patch(0, (v) => v.setUint8(0, 0x58))), 'badMagic');
    expectDataError(() => parseEmbeddingBin(patch(4, (v) => v.setUint32(0, 2, true))), 'badVersion', { found: 2 });
    expectDataError(() => parseEmbeddingBin(patch(8, (v) => v.setUint32(0, 0, true))), 'badHeader');
    expectDataError(() => parseEmbeddingBin(patch(12, (v) => v.setUint32(0, 0, true))), 'badHeader');
    expectDataError(() => parseEmbeddingBin(patch(12, (v) => v.setUint32(0, 100_000, true))), 'badHeader');
    expectDataError(() => parseEmbeddingBin(patch(16, (v) => v.setUint32(0, 7, true))), 'badHeader');
    // header claims one row fewer: sizes no longer add up
    expectDataError(() => parseEmbeddingBin(patch(8, (v) => v.setUint32(0, 5, true))), 'trailingBytes');
    expectDataError(() => parseEmbeddingBin(patch(EMBEDDING_HEADER_BYTES, (v) => v.setFloat32(0, NaN, true))), 'badHeader', { line: 1 });
    // a newline inside the word list → too many words
    const wordsAt = bin.byteLength - new TextEncoder().encode(WORDS.join('\n')).byteLength;
    expectDataError(() => parseEmbeddingBin(patch(wordsAt, (v) => v.setUint8(1, 0x0a))), 'badWords');
    expectDataError(() => parseEmbeddingBin(patch(wordsAt, (v) => v.setUint8(1, 0xff))), 'badWords');
    expectDataError(() => parseEmbeddingBin(encodeWithRawWords('a\na')), 'badWords', { line: 2 });
    expectDataError(() => parseEmbeddingBin(encodeWithRawWords('a\n')), 'badWords', { line: 2 });
  });

  it('loads over fetch with progress', async () => {
    const url = `data:application/octet-stream;base64,${Buffer.from(bin).toString('base64')}`;
    const seen: [number, number | null][] = [];
    const emb = await loadEmbeddings(url, (loaded, total) => seen.push([loaded, total]));
    expect(emb.words).toEqual(WORDS);
    expect(seen.at(-1)?.[0]).toBe(bin.byteLength);
    await expectRejects(loadEmbeddings(`data:application/octet-stream;base64,${Buffer.alloc(40).toString('base64')}`), 'badMagic');
  });
});

describe('prefixEmbeddingBin', () => {
  const bin = encodeEmbeddingBin(WORDS, VECS, DIMS);
  const full = parseEmbeddingBin(bin);

  it('keeps the first rows exactly: words, vectors and norms equal the full parse', () => {
    for (let rows = 1; rows <= WORDS.length; rows++) {
      const prefix = prefixEmbeddingBin(bin, rows);
      const emb = parseEmbeddingBin(prefix);
      expect(emb.count).toBe(rows);
      expect(emb.dims).toBe(DIMS);
      expect(emb.words).toEqual(WORDS.slice(0, rows));
      expect(emb.vectors).toEqual(full.vectors.subarray(0, rows * DIMS));
      expect(emb.norms).toEqual(full.norms.subarray(0, rows));
      const wordsBytes = new TextEncoder().encode(WORDS.slice(0, rows).join('\n')).byteLength;
      expect(new DataView(prefix.buffer).getUint32(20, true)).toBe(wordsBytes);
      expect(prefix.byteLength).toBe(EMBEDDING_HEADER_BYTES + 4 * rows + rows * DIMS + wordsBytes);
    }
    expect(prefixEmbeddingBin(bin, WORDS.length)).toEqual(bin);
  });

  it('is the same bytes as encoding the first rows (quantisation is per row)', () => {
    expect(prefixEmbeddingBin(bin, 5)).toEqual(encodeEmbeddingBin(WORDS.slice(0, 5), VECS.subarray(0, 5 * DIMS), DIMS));
  });

  it('accepts an ArrayBuffer and a Uint8Array view with an offset', () => {
    const padded = new Uint8Array(bin.byteLength + 8);
    padded.set(bin, 8);
    expect(prefixEmbeddingBin(padded.subarray(8), 3)).toEqual(prefixEmbeddingBin(bin.slice().buffer, 3));
  });

  it('rejects a row count outside 1…count, and malformed files', () => {
    expect(() => prefixEmbeddingBin(bin, 0)).toThrow(RangeError);
    expect(() => prefixEmbeddingBin(bin, -1)).toThrow(RangeError);
    expect(() => prefixEmbeddingBin(bin, WORDS.length + 1)).toThrow(RangeError);
    expect(() => prefixEmbeddingBin(bin, 2.5)).toThrow(RangeError);
    expect(() => prefixEmbeddingBin(bin, NaN)).toThrow(RangeError);
    expectDataError(() => prefixEmbeddingBin(bin.slice(0, bin.byteLength - 1), 2), 'truncated');
    expectDataError(() => prefixEmbeddingBin(new Uint8Array(0), 1), 'empty');
    // fewer newlines than the header promises
    expectDataError(() => prefixEmbeddingBin(encodeWithRawWords('ab!'), 1), 'badWords');
  });
});

describe('the shipped 3k file', () => {
  const big = readFileSync('public/data/glove-6b-100d-50k.bin');
  const small = readFileSync('public/data/glove-6b-100d-3k.bin');
  it('is byte for byte the first 3,000 rows of the 50k file', () => {
    expect(new Uint8Array(small)).toEqual(prefixEmbeddingBin(big, 3000));
  });
  it('parses to exactly the first 3,000 rows of the 50k file', () => {
    const a = parseEmbeddingBin(small), b = parseEmbeddingBin(big);
    expect(a.count).toBe(3000);
    expect(b.count).toBe(50_000);
    expect(a.words).toEqual(b.words.slice(0, 3000));
    expect(a.vectors).toEqual(b.vectors.subarray(0, 3000 * b.dims));
    expect(a.norms).toEqual(b.norms.subarray(0, 3000));
  });
});

/** Two rows of one dimension whose word list is replaced by `raw`. */
function encodeWithRawWords(raw: string): Uint8Array {
  const base = encodeEmbeddingBin(['p', 'q'], [1, 1], 1);
  const words = new TextEncoder().encode(raw);
  const out = new Uint8Array(base.byteLength - 3 + words.byteLength);
  out.set(base.subarray(0, base.byteLength - 3));
  out.set(words, base.byteLength - 3);
  new DataView(out.buffer).setUint32(20, words.byteLength, true);
  return out;
}

describe('parseGloveText', () => {
  const glove = 'king 1 1 0 0.2\nqueen 1 0 1 0.2\r\nman 0 1 0 0.1\n\nwoman 0 0 1 1e-1\n';

  it('reads GloVe text', async () => {
    const emb = await parseGloveText(glove);
    expect(emb.words).toEqual(['king', 'queen', 'man', 'woman']);
    expect(emb.dims).toBe(4);
    expect(emb.truncated).toBe(false);
    expect(emb.norms[0]).toBeCloseTo(Math.hypot(1, 1, 0, 0.2), 6);
    expect(emb.vectors[0]).toBeCloseTo(1 / Math.hypot(1, 1, 0, 0.2), 6);
    expect(analogy(emb, 'man', 'king', 'woman', 1)?.[0].word).toBe('queen');
  });

  it('reads word2vec text with a header, from a Blob and from a stream, with progress', async () => {
    const w2v = `4 4\n${glove}`;
    expect((await parseGloveText(new Blob([w2v]))).words).toHaveLength(4);
    const bytes = new TextEncoder().encode(w2v);
    // split a multi-byte character and a line across chunks
    const text = 'café 1 2\nthé 3 4\n';
    const tb = new TextEncoder().encode(text);
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(tb.subarray(0, 4));
        c.enqueue(tb.subarray(4, 11));
        c.enqueue(tb.subarray(11));
        c.close();
      },
    });
    const seen: number[] = [];
    const emb = await parseGloveText(stream, {}, (loaded) => seen.push(loaded));
    expect(emb.words).toEqual(['café', 'thé']);
    expect(seen.at(-1)).toBe(tb.byteLength);
    const progress: [number, number | null][] = [];
    await parseGloveText(new Blob([bytes]), {}, (l, t) => progress.push([l, t]));
    expect(progress.at(-1)).toEqual([bytes.byteLength, bytes.byteLength]);
  });

  it('keeps the first of duplicate words and stops at maxWords', async () => {
    const dup = await parseGloveText('a 1 0\nb 0 1\na 5 5\n');
    expect(dup.words).toEqual(['a', 'b']);
    expect(dup.skippedDuplicates).toBe(1);
    expect(dup.vectors[0]).toBe(1);
    const capped = await parseGloveText(glove, { maxWords: 2 });
    expect(capped.words).toEqual(['king', 'queen']);
    expect(capped.truncated).toBe(true);
    // the byte limit only matters if it is reached before maxWords
    expect((await parseGloveText(glove, { maxWords: 1, maxBytes: 10_000 })).words).toEqual(['king']);
  });

  it('reports errors with codes and line numbers', async () => {
    await expectRejects(parseGloveText(''), 'empty');
    await expectRejects(parseGloveText('\n\n  \n'), 'empty');
    await expectRejects(parseGloveText('3 2\n'), 'empty');
    await expectRejects(parseGloveText('a 1 2\nb 1 2 3\n'), 'inconsistentDims', { line: 2, expected: 2, found: 3 });
    await expectRejects(parseGloveText('a 1 2\nb 1\n'), 'inconsistentDims', { line: 2, found: 1 });
    await expectRejects(parseGloveText('a 1 2\nb 1 two\n'), 'notNumeric', { line: 2, column: 2, found: 'two' });
    await expectRejects(parseGloveText('a 1 NaN\n'), 'notNumeric', { line: 1 });
    await expectRejects(parseGloveText('a 1 Infinity\n'), 'notNumeric', { line: 1 });
    await expectRejects(parseGloveText('a 1 2\nlonely\n'), 'missingValues', { line: 2, found: 'lonely' });
    await expectRejects(parseGloveText('2 3\na 1 2\n'), 'badCountHeader', { line: 2, expected: 3, found: 2 });
    await expectRejects(parseGloveText('3 2\na 1 2\nb 3 4\n'), 'badCountHeader', { expected: 3, found: 2 });
    await expectRejects(parseGloveText('a 1 2 3\n', { maxDims: 2 }), 'tooManyDims', { line: 1, found: 3, limit: 2 });
    await expectRejects(parseGloveText('5 3000\n'), 'tooManyDims');
    await expectRejects(parseGloveText(`${'a 1 2\n'.repeat(10)}`.replace(/a/g, (_, i) => `w${i}`), { maxBytes: 20 }), 'tooLarge', { limit: 20 });
    // a truncated download: the last line is cut in the middle
    await expectRejects(parseGloveText('a 1 2 3\nb 4 5'), 'inconsistentDims', { line: 2 });
  });
});
