/**
 * Pre-training data for BERT: sentence pairs packed as [CLS] A [SEP] B [SEP] (half of them real
 * neighbours, half a random sentence from another document) and the masked-LM corruption: 15 % of
 * the word positions are chosen; of those, 80 % become [MASK], 10 % a random word, 10 % stay.
 */
import { createRng, type Rng } from '../../engine';
import type { BertBatch } from './bert';
import { CLS, MASK, PAD, SEP, SPECIAL_TOKENS } from './vocab';

/** Why a position is a masked-LM target. */
export type MaskKind = 'mask' | 'random' | 'keep';

export interface MaskedBatch extends BertBatch {
  /** Flat positions (row·T + column) that are predicted. */
  positions: number[];
  /** The original ids at those positions. */
  targets: number[];
  kinds: MaskKind[];
  /** Per row: 1 when B really follows A. */
  isNext: Int32Array;
}

/** A document as word ids per sentence. */
export type IdDocument = number[][];

export interface PackedPair {
  ids: number[];
  segments: number[];
}

/** [CLS] a [SEP] b [SEP] padded with [PAD] to T; a keeps ≤ ⌊(T−3)/2⌋ words, b the rest of the room. */
export function packPair(a: readonly number[], b: readonly number[] | null, T: number): PackedPair {
  const room = T - (b ? 3 : 2);
  const aLen = Math.min(a.length, b ? Math.max(Math.floor(room / 2), room - b.length) : room);
  const bLen = b ? Math.min(b.length, room - aLen) : 0;
  const ids = [CLS, ...a.slice(0, aLen), SEP];
  const segments = ids.map(() => 0);
  if (b) {
    ids.push(...b.slice(0, bLen), SEP);
    while (segments.length < ids.length) segments.push(1);
  }
  while (ids.length < T) { ids.push(PAD); segments.push(0); }
  return { ids, segments };
}

/** Chooses 15 % of the word positions of row `ids` (at least one) and corrupts them 80/10/10 in place. */
export function maskRow(ids: number[] | Int32Array, rng: Rng, vocabSize: number, rate = 0.15): { cols: number[]; targets: number[]; kinds: MaskKind[] } {
  const words: number[] = [];
  for (let j = 0; j < ids.length; j++) if (ids[j] >= SPECIAL_TOKENS.length) words.push(j);
  let cols = words.filter(() => rng.next() < rate);
  if (cols.length === 0 && words.length > 0) cols = [words[rng.int(words.length)]];
  const targets = cols.map((j) => ids[j]);
  const kinds = cols.map((j): MaskKind => {
    const u = rng.next();
    if (u < 0.8) { ids[j] = MASK; return 'mask'; }
    if (u < 0.9) { ids[j] = SPECIAL_TOKENS.length + rng.int(vocabSize - SPECIAL_TOKENS.length); return 'random'; }
    return 'keep';
  });
  return { cols, targets, kinds };
}

/** One pair: a sentence with a successor in its document, and either that successor or a random sentence of another document. */
export function samplePair(docs: readonly IdDocument[], rng: Rng): { a: number[]; b: number[]; isNext: number } {
  for (;;) {
    const d = rng.int(docs.length);
    const doc = docs[d];
    if (doc.length < 2) continue;
    const i = rng.int(doc.length - 1);
    if (rng.next() < 0.5) return { a: doc[i], b: doc[i + 1], isNext: 1 };
    let e = rng.int(docs.length - 1);
    if (e >= d) e += 1;
    const other = docs[e];
    if (other.length === 0) continue;
    return { a: doc[i], b: other[rng.int(other.length)], isNext: 0 };
  }
}

/** A masked batch of B pairs of T tokens. */
export function sampleBatch(docs: readonly IdDocument[], rng: Rng, B: number, T: number, vocabSize: number): MaskedBatch {
  const ids = new Int32Array(B * T);
  const segments = new Int32Array(B * T);
  const isNext = new Int32Array(B);
  const positions: number[] = [];
  const targets: number[] = [];
  const kinds: MaskKind[] = [];
  for (let r = 0; r < B; r++) {
    const pair = samplePair(docs, rng);
    const packed = packPair(pair.a, pair.b, T);
    const m = maskRow(packed.ids, rng, vocabSize);
    ids.set(packed.ids, r * T);
    segments.set(packed.segments, r * T);
    isNext[r] = pair.isNext;
    m.cols.forEach((c, k) => { positions.push(r * T + c); targets.push(m.targets[k]); kinds.push(m.kinds[k]); });
  }
  return { ids, segments, B, T, positions, targets, kinds, isNext };
}

/** A masked batch drawn with a named seed (for pictures and exercises that must agree). */
export function maskedExample(docs: readonly IdDocument[], B: number, T: number, vocabSize: number, seed = 'masking-rule'): MaskedBatch {
  return sampleBatch(docs, createRng(seed), B, T, vocabSize);
}

/** One pair drawn with a named seed. */
export function seededPair(docs: readonly IdDocument[], seed: string): { a: number[]; b: number[]; isNext: number } {
  return samplePair(docs, createRng(seed));
}
