/**
 * E-mail for the text-classification lesson: the SpamAssassin public corpus, subject + body,
 * tokenised (src/models/text/tokenize.ts) and shipped as public/data/spam-assassin.bin.gz; see
 * scripts/data/derive-spam.mjs. loadSpam downloads, decompresses and parses it.
 *
 * Binary format "GASA" version 1, all numbers little-endian:
 *
 *   offset   size                 field
 *   0        4                    magic: ASCII "GASA"
 *   4        uint32               version = 1
 *   8        uint32               count (mails)
 *   12       uint32               trainCount (the first trainCount mails are the training set, the rest the test set)
 *   16       uint32               vocabSize V (including id 0 "<pad>" and id 1 "<unk>")
 *   20       uint32               vocabBytes: length of the UTF-8 word list
 *   24       uint32               totalTokens: sum of all mail lengths
 *   28       uint32               maxLen: the per-mail truncation used (tokens)
 *   32       vocabBytes           the V words joined by "\n", ordered by training-set document frequency
 *            uint8[count]         source group 0…4 (GROUPS below); groups 3 and 4 are spam
 *            uint16[count]        length of each mail in tokens (≤ maxLen)
 *            uint16[totalTokens]  token ids, mail after mail (ids < V; 1 for a word outside the vocabulary)
 *
 * The file ends exactly there.
 */
import { DataError } from './errors.ts';
import { fetchArrayBuffer, type ProgressCallback } from './fetchProgress.ts';
import { gunzipIfNeeded } from './gunzip.ts';

export const SPAM_MAGIC = 'GASA';
export const SPAM_VERSION = 1;
export const SPAM_HEADER_BYTES = 32;
/** Source folders of the corpus, in group-number order. */
export const SPAM_GROUPS = ['easy-ham-1', 'easy-ham-2', 'hard-ham-1', 'spam-1', 'spam-2'] as const;
export const PAD_ID = 0;
export const UNK_ID = 1;

export interface MailSet {
  /** Token ids of mail i: ids.subarray(offsets[i], offsets[i + 1]). */
  ids: Uint16Array;
  offsets: Uint32Array;
  /** 1 = spam, 0 = ham. */
  labels: Uint8Array;
  groups: Uint8Array;
  count: number;
}

export interface SpamData {
  vocab: string[];
  train: MailSet;
  test: MailSet;
  maxLen: number;
}

export interface SpamEncodeInput {
  vocab: string[];
  groups: Uint8Array;
  /** One id list per mail. */
  mails: ArrayLike<number>[];
  trainCount: number;
  maxLen: number;
}

/** Writes the "GASA" format. Shared by the derivation script and the tests. */
export function encodeSpamBin({ vocab, groups, mails, trainCount, maxLen }: SpamEncodeInput): Uint8Array {
  const count = mails.length;
  if (groups.length !== count) throw new RangeError('one group per mail');
  if (vocab.length > 65_536 || vocab.some((w) => w.includes('\n'))) throw new RangeError('vocabulary must be ≤ 65,536 words without newlines');
  const words = new TextEncoder().encode(vocab.join('\n'));
  const total = mails.reduce((s, m) => s + m.length, 0);
  const out = new Uint8Array(SPAM_HEADER_BYTES + words.length + count * 3 + total * 2);
  const view = new DataView(out.buffer);
  out.set(new TextEncoder().encode(SPAM_MAGIC), 0);
  [SPAM_VERSION, count, trainCount, vocab.length, words.length, total, maxLen].forEach((v, i) => view.setUint32(4 + 4 * i, v, true));
  let p = SPAM_HEADER_BYTES;
  out.set(words, p); p += words.length;
  out.set(groups, p); p += count;
  for (const m of mails) { view.setUint16(p, m.length, true); p += 2; }
  for (const m of mails) {
    for (let k = 0; k < m.length; k++) {
      if (!(m[k] >= 0 && m[k] < vocab.length)) throw new RangeError(`token id ${m[k]} outside the vocabulary`);
      view.setUint16(p, m[k], true); p += 2;
    }
  }
  return out;
}

const bad = (msg: string, found?: number) => new DataError('badHeader', msg, { found });

function mailSet(groups: Uint8Array, lengths: Uint16Array, ids: Uint16Array, from: number, to: number, tokenStart: number): MailSet {
  const n = to - from;
  const offsets = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i] + lengths[from + i];
  const g = groups.slice(from, to);
  return { ids: ids.subarray(tokenStart, tokenStart + offsets[n]), offsets, groups: g, labels: g.map((x) => (x >= 3 ? 1 : 0)), count: n };
}

/** Validates and splits a "GASA" file. Throws DataError ('empty', 'truncated', 'badMagic', 'badVersion', 'badHeader', 'trailingBytes', 'badWords', 'badLabel'). */
export function parseSpamBin(buffer: ArrayBuffer | Uint8Array): SpamData {
  const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  if (bytes.byteLength === 0) throw new DataError('empty', 'The e-mail file is empty.');
  if (bytes.byteLength < SPAM_HEADER_BYTES) throw new DataError('truncated', 'The e-mail file is shorter than its header.', { expected: SPAM_HEADER_BYTES, found: bytes.byteLength });
  if (new TextDecoder().decode(bytes.subarray(0, 4)) !== SPAM_MAGIC) throw new DataError('badMagic', `Not a Gradient Atlas e-mail file (expected "${SPAM_MAGIC}").`, { expected: SPAM_MAGIC });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const [version, count, trainCount, V, vocabBytes, total, maxLen] = Array.from({ length: 7 }, (_, i) => view.getUint32(4 + 4 * i, true));
  if (version !== SPAM_VERSION) throw new DataError('badVersion', `Unsupported e-mail file version ${version}.`, { expected: SPAM_VERSION, found: version });
  if (count < 2 || trainCount < 1 || trainCount >= count) throw bad('The header gives an impossible split.', trainCount);
  if (V < 3 || V > 65_536) throw bad('The header gives an impossible vocabulary size.', V);
  const expected = SPAM_HEADER_BYTES + vocabBytes + count * 3 + total * 2;
  if (bytes.byteLength < expected) throw new DataError('truncated', 'The e-mail file is truncated.', { expected, found: bytes.byteLength });
  if (bytes.byteLength > expected) throw new DataError('trailingBytes', 'The e-mail file has unexpected bytes at the end.', { expected, found: bytes.byteLength });
  let p = SPAM_HEADER_BYTES;
  const vocab = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(p, p + vocabBytes)).split('\n');
  p += vocabBytes;
  if (vocab.length !== V) throw new DataError('badWords', `The word list holds ${vocab.length} words, the header says ${V}.`, { expected: V, found: vocab.length });
  const groups = bytes.slice(p, p + count); p += count;
  const lengths = new Uint16Array(count);
  let sum = 0;
  for (let i = 0; i < count; i++, p += 2) {
    if (groups[i] >= SPAM_GROUPS.length) throw new DataError('badLabel', `Mail ${i + 1} has the group ${groups[i]}.`, { line: i + 1, found: groups[i] });
    lengths[i] = view.getUint16(p, true);
    sum += lengths[i];
  }
  if (sum !== total) throw bad('The mail lengths do not add up to the token count.', sum);
  const ids = new Uint16Array(total);
  for (let k = 0; k < total; k++, p += 2) {
    ids[k] = view.getUint16(p, true);
    if (ids[k] >= V) throw bad(`Token ${k} has the id ${ids[k]}, outside the vocabulary.`, ids[k]);
  }
  let trainTokens = 0;
  for (let i = 0; i < trainCount; i++) trainTokens += lengths[i];
  return { vocab, maxLen, train: mailSet(groups, lengths, ids, 0, trainCount, 0), test: mailSet(groups, lengths, ids, trainCount, count, trainTokens) };
}

/** Streams the shipped file with progress (compressed bytes), decompresses and parses it. */
export async function loadSpam(url: string, onProgress?: ProgressCallback, init?: { signal?: AbortSignal }): Promise<SpamData> {
  return parseSpamBin(await gunzipIfNeeded(await fetchArrayBuffer(url, onProgress, init)));
}
