/**
 * Byte-pair encoding (Sennrich et al. 2016, as used by GPT-2) over characters of lower-cased text.
 *
 * Text is lower-cased, then cut into pieces: a word, a number or one punctuation mark, each
 * carrying the space before it (" the", " 1961", ","), as GPT-2 does. Merges never cross a piece.
 * Learning starts from single characters and repeatedly merges the most frequent adjacent pair
 * (ties: the pair whose merged string sorts first, so the result is deterministic).
 * Token 0 is the sentence boundary ⟨s⟩ (start and end of a sentence), never produced by merges.
 */

/** The sentence-boundary token's id and text. */
export const BOS = 0;
export const BOS_TEXT = '<s>';

/** A learned tokenizer: the base alphabet and the merges in order (rank = index). */
export interface BpeModel {
  /** Single characters, sorted; ids 1…alphabet.length. */
  alphabet: string[];
  /** Merged pairs [left, right] as token strings, in the order they were learned. */
  merges: [string, string][];
}

/** One merge while learning, for the stepper. */
export interface MergeStep {
  /** The pair merged and how often it occurred (weighted by piece counts). */
  pair: [string, string];
  count: number;
  /** The most frequent pairs just before the merge (up to `topPairs`), most frequent first. */
  top: { pair: [string, string]; count: number }[];
  /** Vocabulary size after this merge (including ⟨s⟩). */
  vocabSize: number;
}

const PIECE = / ?[a-z]+| ?[0-9]+| ?[^a-z0-9 ]| +/g;

/** Lower-cases text (the model sees lower-case only). */
export function normalize(text: string): string {
  return text.toLowerCase();
}

/** Pre-tokenisation: pieces of normalised text (concatenated they give the text back). */
export function pieces(text: string): string[] {
  return normalize(text).match(PIECE) ?? [];
}

/** Piece → count over sentences (the input of {@link learnBpe}). */
export function countPieces(sentences: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const p of pieces(s)) counts.set(p, (counts.get(p) ?? 0) + 1);
  return counts;
}

interface Pair { pair: [string, string]; count: number }

function better(a: Pair, b: Pair): boolean {
  if (a.count !== b.count) return a.count > b.count;
  const sa = a.pair[0] + a.pair[1];
  const sb = b.pair[0] + b.pair[1];
  return sa !== sb ? sa < sb : a.pair[0] < b.pair[0];
}

/** Symbol ids of every distinct piece, with incremental pair counts (only words holding the merged pair are touched). */
class PairTable {
  readonly counts = new Map<number, number>();
  private readonly where = new Map<number, Set<number>>();

  constructor(readonly words: Int32Array[], readonly weights: number[]) {
    for (let i = 0; i < words.length; i++) this.addWord(i, 1);
  }

  private addWord(i: number, sign: 1 | -1): void {
    const w = this.words[i];
    for (let k = 0; k + 1 < w.length; k++) {
      const key = w[k] * 65536 + w[k + 1];
      this.counts.set(key, (this.counts.get(key) ?? 0) + sign * this.weights[i]);
      if (sign > 0) {
        let set = this.where.get(key);
        if (!set) this.where.set(key, (set = new Set()));
        set.add(i);
      }
    }
  }

  merge(key: number, newId: number): void {
    const a = Math.floor(key / 65536);
    const b = key % 65536;
    for (const i of this.where.get(key) ?? []) {
      const w = this.words[i];
      let hit = false;
      for (let k = 0; k + 1 < w.length; k++) if (w[k] === a && w[k + 1] === b) { hit = true; break; }
      if (!hit) continue;
      this.addWord(i, -1);
      const out: number[] = [];
      for (let k = 0; k < w.length; k++) {
        if (k + 1 < w.length && w[k] === a && w[k + 1] === b) { out.push(newId); k++; } else out.push(w[k]);
      }
      this.words[i] = Int32Array.from(out);
      this.addWord(i, 1);
    }
    this.where.delete(key);
    this.counts.delete(key);
  }
}

/**
 * Learns `numMerges` merges from piece counts (stops early when no pair occurs twice).
 * `onStep` sees every merge with the top pairs before it (the stepper uses this on a small sample;
 * the shipped tokenizer is learned by the same function on the whole training text).
 */
export function learnBpe(counts: Map<string, number>, numMerges: number, opts: { topPairs?: number; onStep?: (s: MergeStep) => void } = {}): BpeModel {
  const alphabet = [...new Set([...counts.keys()].flatMap((p) => [...p]))].sort();
  const strs = [...alphabet];
  const idOf = new Map(alphabet.map((c, i) => [c, i]));
  const entries = [...counts];
  const table = new PairTable(entries.map(([p]) => Int32Array.from([...p], (c) => idOf.get(c)!)), entries.map(([, n]) => n));
  const merges: [string, string][] = [];
  const topN = opts.topPairs ?? 0;
  const asPair = (key: number, count: number): Pair => ({ pair: [strs[Math.floor(key / 65536)], strs[key % 65536]], count });
  for (let m = 0; m < numMerges; m++) {
    let best: Pair | null = null;
    let bestKey = -1;
    for (const [key, c] of table.counts) {
      if (c <= 0 || (best && c < best.count)) continue;
      const e = asPair(key, c);
      if (!best || better(e, best)) { best = e; bestKey = key; }
    }
    if (!best || best.count < 2) break;
    if (opts.onStep) {
      const all = topN > 0 ? [...table.counts].filter(([, c]) => c > 0).map(([k, c]) => asPair(k, c)) : [];
      const top = all.sort((x, y) => (better(x, y) ? -1 : better(y, x) ? 1 : 0)).slice(0, topN);
      opts.onStep({ pair: best.pair, count: best.count, top, vocabSize: 1 + alphabet.length + merges.length + 1 });
    }
    merges.push(best.pair);
    const merged = best.pair[0] + best.pair[1];
    let newId = strs.indexOf(merged);
    if (newId < 0) newId = strs.push(merged) - 1;
    table.merge(bestKey, newId);
  }
  return { alphabet, merges };
}

/** Characters of `text` (after lower-casing) that the tokenizer cannot represent, each listed once. */
export function unknownChars(model: BpeModel, text: string): string[] {
  const known = new Set(model.alphabet);
  return [...new Set([...normalize(text)].filter((c) => !known.has(c)))];
}

/** A ready tokenizer: vocabulary strings by id and fast encode/decode. */
export class Tokenizer {
  /** Token strings by id; id 0 is ⟨s⟩. */
  readonly vocab: string[];
  private readonly ids = new Map<string, number>();
  private readonly ranks = new Map<string, number>();
  private readonly cache = new Map<string, number[]>();

  constructor(readonly model: BpeModel) {
    this.vocab = [BOS_TEXT, ...model.alphabet, ...model.merges.map(([l, r]) => l + r)];
    this.vocab.forEach((t, i) => { if (!this.ids.has(t)) this.ids.set(t, i); });
    model.merges.forEach(([l, r], i) => this.ranks.set(l + '\u0000' + r, i));
  }

  get size(): number {
    return this.vocab.length;
  }

  /** Token ids of one piece, merging the lowest-ranked pair first. */
  encodePiece(piece: string): number[] {
    const hit = this.cache.get(piece);
    if (hit) return hit;
    let s = [...piece];
    for (;;) {
      let bestRank = Infinity;
      let at = -1;
      for (let i = 0; i + 1 < s.length; i++) {
        const r = this.ranks.get(s[i] + '\u0000' + s[i + 1]);
        if (r !== undefined && r < bestRank) { bestRank = r; at = i; }
      }
      if (at < 0) break;
      s = [...s.slice(0, at), s[at] + s[at + 1], ...s.slice(at + 2)];
    }
    const out = s.map((t) => {
      const id = this.ids.get(t);
      if (id === undefined) throw new RangeError(`character ${JSON.stringify(t)} is not in the vocabulary`);
      return id;
    });
    if (this.cache.size < 200_000) this.cache.set(piece, out);
    return out;
  }

  /** Ids of a text (no ⟨s⟩ added). @throws RangeError on a character outside the alphabet. */
  encode(text: string): number[] {
    const bad = unknownChars(this.model, text);
    if (bad.length > 0) throw new RangeError(`not in the vocabulary: ${bad.join(' ')}`);
    return pieces(text).flatMap((p) => this.encodePiece(p));
  }

  /** ⟨s⟩ s₁ ⟨s⟩ s₂ … ⟨s⟩ as one id stream (sentences with unknown characters lose those characters). */
  encodeCorpus(sentences: Iterable<string>): Int32Array {
    const known = new Set(this.model.alphabet);
    const out: number[] = [BOS];
    for (const s of sentences) {
      const clean = [...normalize(s)].filter((c) => known.has(c)).join('');
      for (const p of pieces(clean)) for (const id of this.encodePiece(p)) out.push(id);
      out.push(BOS);
    }
    return Int32Array.from(out);
  }

  /** Text of ids; ⟨s⟩ becomes a line break. */
  decode(ids: ArrayLike<number>): string {
    let s = '';
    for (let i = 0; i < ids.length; i++) s += ids[i] === BOS ? '\n' : (this.vocab[ids[i]] ?? '');
    return s;
  }
}
