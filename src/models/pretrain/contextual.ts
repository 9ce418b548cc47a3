/**
 * The ELMo comparison of /pretraining: one word in two sentences, its contextual vectors [h→ ; h←]
 * from the bi-LSTM language model, their cosine, and the nearest occurrences of the word in corpus
 * sentences. Raw LSTM states share a large common direction, so every vector is taken relative to
 * the mean vector of the corpus occurrences' words before cosines are computed.
 */
import { cosine } from '../embeddings';
import { tokenize } from '../text/tokenize';
import type { BiLstmLm } from './bilstm';
import { contextualVectors } from './inference';
import { UNK, type WordVocab } from './vocab';

export interface Occurrence { words: string[]; at: number }
export interface Neighbour { text: string; cos: number }

export interface ContextualComparison {
  cos: number;
  /** The first six numbers of each sentence's vector (after centring). */
  a: number[];
  b: number[];
  near1: Neighbour[];
  near2: Neighbour[];
  occurrences: number;
}

/** Up to `limit` sentences of at most `maxWords` words that contain `word`, with the word's index. */
export function occurrencesOf(sentences: readonly string[], word: string, limit: number, maxWords: number): Occurrence[] {
  const out: Occurrence[] = [];
  for (const s of sentences) {
    if (!s.toLowerCase().includes(word)) continue;
    const words = tokenize(s);
    const at = words.indexOf(word);
    if (at >= 0 && words.length <= maxWords) out.push({ words, at });
    if (out.length >= limit) break;
  }
  return out;
}

/** `word` must occur in both tokenised sentences; `corpus` supplies the occurrences to compare with. */
export function compareContexts(
  model: BiLstmLm, vocab: WordVocab, corpus: readonly string[], word: string, s1: string[], s2: string[],
  opts: { occurrences: number; maxWords: number },
): ContextualComparison {
  const ids = (ws: string[]) => ws.map((w) => vocab.index.get(w) ?? UNK);
  const occ = occurrencesOf(corpus, word, opts.occurrences, opts.maxWords);
  const raw = contextualVectors(model, [ids(s1), ids(s2), ...occ.map((o) => ids(o.words))], opts.maxWords);
  const all = raw.slice(2).flat();
  const mean = new Float32Array(raw[0][0].length);
  for (const v of all) for (let j = 0; j < v.length; j++) mean[j] += v[j] / all.length;
  const vecs = raw.map((s) => s.map((v) => v.map((x, j) => x - mean[j])));
  const a = vecs[0][s1.indexOf(word)];
  const b = vecs[1][s2.indexOf(word)];
  const near = (v: Float32Array): Neighbour[] => occ
    .map((o, k) => ({ text: o.words.map((w, j) => (j === o.at ? `[${w}]` : w)).join(' '), cos: cosine(v, vecs[k + 2][o.at]) }))
    .sort((x, y) => y.cos - x.cos).slice(0, 3);
  return { cos: cosine(a, b), a: Array.from(a.subarray(0, 6)), b: Array.from(b.subarray(0, 6)), near1: near(a), near2: near(b), occurrences: occ.length };
}
