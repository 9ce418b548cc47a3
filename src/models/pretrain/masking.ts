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

/** One random draw of the masking rule, in the order the generator made it. */
export interface MaskDraw {
  /** Column of the word the draw is about. */
  col: number;
  /** 'choose': u < rate picks the word; 'forced': no word was picked, this one is drawn; 'kind': the 80/10/10 draw. */
  phase: 'choose' | 'forced' | 'kind';
  /** The uniform draw (NaN for 'forced', which draws an index). */
  u: number;
  chosen?: boolean;
  kind?: MaskKind;
  /** The random word put in (kind 'random'). */
  randomId?: number;
}

/**
 * Chooses 15 % of the word positions of row `ids` (at least one) and corrupts them 80/10/10 in place.
 * With `trace`, every draw is recorded there, in order (the stepper of the page replays them).
 */
export function maskRow(ids: number[] | Int32Array, rng: Rng, vocabSize: number, rate = 0.15, trace?: MaskDraw[]): { cols: number[]; targets: number[]; kinds: MaskKind[] } {
  const words: number[] = [];
  for (let j = 0; j < ids.length; j++) if (ids[j] >= SPECIAL_TOKENS.length) words.push(j);
  let cols = words.filter((col) => {
    const u = rng.next();
    trace?.push({ col, phase: 'choose', u, chosen: u < rate });
    return u < rate;
  });
  if (cols.length === 0 && words.length > 0) {
    cols = [words[rng.int(words.length)]];
    trace?.push({ col: cols[0], phase: 'forced', u: Number.NaN, chosen: true });
  }
  const targets = cols.map((j) => ids[j]);
  const kinds = cols.map((j): MaskKind => {
    const u = rng.next();
    let kind: MaskKind = 'keep';
    if (u < 0.8) { ids[j] = MASK; kind = 'mask'; } else if (u < 0.9) { ids[j] = SPECIAL_TOKENS.length + rng.int(vocabSize - SPECIAL_TOKENS.length); kind = 'random'; }
    trace?.push({ col: j, phase: 'kind', u, kind, ...(kind === 'random' ? { randomId: ids[j] } : {}) });
    return kind;
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

/** One row of a traced batch: the packed ids before masking and the draws made on them. */
export interface RowTrace { original: number[]; draws: MaskDraw[] }

/** A masked batch of B pairs of T tokens (with `trace`, each row's draws are recorded there). */
export function sampleBatch(docs: readonly IdDocument[], rng: Rng, B: number, T: number, vocabSize: number, trace?: RowTrace[]): MaskedBatch {
  const ids = new Int32Array(B * T);
  const segments = new Int32Array(B * T);
  const isNext = new Int32Array(B);
  const positions: number[] = [];
  const targets: number[] = [];
  const kinds: MaskKind[] = [];
  for (let r = 0; r < B; r++) {
    const pair = samplePair(docs, rng);
    const packed = packPair(pair.a, pair.b, T);
    const row: RowTrace | undefined = trace ? { original: packed.ids.slice(), draws: [] } : undefined;
    const m = maskRow(packed.ids, rng, vocabSize, 0.15, row?.draws);
    if (row) trace!.push(row);
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

/** The first B rows of {@link maskedExample}'s batch with every random draw of the rule. */
export function maskingTrace(docs: readonly IdDocument[], B: number, T: number, vocabSize: number, seed = 'masking-rule'): { batch: MaskedBatch; rows: RowTrace[] } {
  const rows: RowTrace[] = [];
  const batch = sampleBatch(docs, createRng(seed), B, T, vocabSize, rows);
  return { batch, rows };
}

/** One pair drawn with a named seed. */
export function seededPair(docs: readonly IdDocument[], seed: string): { a: number[]; b: number[]; isNext: number } {
  return samplePair(docs, createRng(seed));
}
