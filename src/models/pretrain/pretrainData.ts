/**
 * The corpus sent to the training worker for live pre-training, as flat typed arrays (one copy, not
 * fifty thousand little arrays): word ids, where each sentence ends, where each document ends. The
 * worker keeps what it was sent under a key, so a restart or a second task names the key only.
 */
import type { IdDocument } from './masking';

export interface FlatDocs {
  /** All word ids, sentence after sentence. */
  ids: Int32Array;
  /** End offset (exclusive) in `ids` of each sentence. */
  sentenceEnds: Int32Array;
  /** End (exclusive, counted in sentences) of each document. */
  docEnds: Int32Array;
}

/** Training and held-out documents; both are needed once per key. */
export interface PretrainData { key: string; train?: FlatDocs; val?: FlatDocs }

export function flattenDocs(docs: readonly IdDocument[]): FlatDocs {
  const sentences = docs.flat();
  const ids = new Int32Array(sentences.reduce((n, s) => n + s.length, 0));
  const sentenceEnds = new Int32Array(sentences.length);
  let at = 0;
  sentences.forEach((s, i) => { ids.set(s, at); at += s.length; sentenceEnds[i] = at; });
  const docEnds = new Int32Array(docs.length);
  let n = 0;
  docs.forEach((d, i) => { n += d.length; docEnds[i] = n; });
  return { ids, sentenceEnds, docEnds };
}

export function unflattenDocs(f: FlatDocs): IdDocument[] {
  const out: IdDocument[] = [];
  let s = 0;
  for (const end of f.docEnds) {
    const doc: number[][] = [];
    for (; s < end; s++) doc.push(Array.from(f.ids.subarray(s === 0 ? 0 : f.sentenceEnds[s - 1], f.sentenceEnds[s])));
    out.push(doc);
  }
  return out;
}

function checkFlat(f: FlatDocs | undefined, what: string): void {
  if (!f) return;
  const ok = f.ids instanceof Int32Array && f.sentenceEnds instanceof Int32Array && f.docEnds instanceof Int32Array;
  if (!ok) throw new TypeError(`data.${what} must hold Int32Arrays ids, sentenceEnds, docEnds`);
  const last = f.sentenceEnds.length ? f.sentenceEnds[f.sentenceEnds.length - 1] : 0;
  const lastDoc = f.docEnds.length ? f.docEnds[f.docEnds.length - 1] : 0;
  if (last !== f.ids.length || lastDoc !== f.sentenceEnds.length) throw new RangeError(`data.${what}: sentence or document ends do not match the ids`);
}

const cache = new Map<string, { train: IdDocument[]; val: IdDocument[] }>();

/** The documents under `ref.key` (stored when `ref` carries them). @throws when neither sent now nor before. */
export function resolvePretrainData(ref: PretrainData | undefined): { train: IdDocument[]; val: IdDocument[] } {
  if (!ref || typeof ref.key !== 'string' || ref.key === '') throw new TypeError('data.key must be a non-empty string');
  checkFlat(ref.train, 'train');
  checkFlat(ref.val, 'val');
  if (ref.train && ref.val) cache.set(ref.key, { train: unflattenDocs(ref.train), val: unflattenDocs(ref.val) });
  const found = cache.get(ref.key);
  if (!found) throw new Error(`no corpus under key "${ref.key}": send train and val with the first task`);
  if (!found.train.some((d) => d.length >= 2) || !found.val.some((d) => d.length >= 2)) throw new RangeError('the corpus needs documents of at least two sentences (train and val)');
  return found;
}
