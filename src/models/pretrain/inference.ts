/**
 * What the page asks of the shipped models, as plain numbers: the masked-LM distribution at chosen
 * positions, the next-sentence probability, the three embeddings of BERT's input, and ELMo-style
 * contextual vectors with cosine similarities. Pure functions over the engine, under noGrad.
 */
import { decodeCheckpoint, encodeCheckpoint, loadCheckpointInto, noGrad, softmax } from '../../engine';
import { MiniBert, type BertConfig } from './bert';
import { BiLstmLm, type BiLstmConfig } from './bilstm';
import { packPair } from './masking';
import { MASK, vocabFrom, type WordVocab } from './vocab';
import type { WeightSnapshot } from '../types';
import { loadWeightSnapshots } from '../weightSnapshot';

export interface BertCheckpointInfo {
  model: BertConfig;
  vocab: string[];
  counts: number[];
  training: { steps: number; seconds: number; batch: number; curve: number[][] };
  heldOut: { mlmAccuracy: number; unigramAccuracy: number; nspAccuracy: number; masked: number };
}

export interface BiLstmCheckpointInfo {
  model: BiLstmConfig;
  vocab: string[];
  training: { steps: number; seconds: number; batch: number; maxWords: number };
  heldOut: { fwdPerplexity: number; bwdPerplexity: number };
}

/** Builds the miniature BERT from decompressed checkpoint bytes. */
export function loadBert(bytes: Uint8Array): { model: MiniBert; vocab: WordVocab; info: BertCheckpointInfo } {
  const ck = decodeCheckpoint<BertCheckpointInfo>(bytes);
  const model = new MiniBert(ck.config.model, 'bert-mini');
  loadCheckpointInto(ck, model.namedParameters());
  return { model, vocab: vocabFrom(ck.config.vocab, ck.config.counts), info: ck.config };
}

export function loadBiLstm(bytes: Uint8Array): { model: BiLstmLm; vocab: WordVocab; info: BiLstmCheckpointInfo } {
  const ck = decodeCheckpoint<BiLstmCheckpointInfo>(bytes);
  const model = new BiLstmLm(ck.config.model, 'bilstm-mini');
  loadCheckpointInto(ck, model.namedParameters());
  return { model, vocab: vocabFrom(ck.config.vocab), info: ck.config };
}

export interface Guess { id: number; word: string; p: number }

/** Top-k predictions at each masked word index of a single sentence (ids of its words). */
export function predictMasked(model: MiniBert, vocab: WordVocab, ids: readonly number[], masked: readonly number[], k = 5): Guess[][] {
  const T = Math.min(model.config.maxLen, ids.length + 2);
  const input = ids.slice(0, T - 2).map((id, j) => (masked.includes(j) ? MASK : id));
  const packed = packPair(input, null, T);
  return noGrad(() => {
    const { hidden } = model.trace({ ids: Int32Array.from(packed.ids), segments: Int32Array.from(packed.segments), B: 1, T });
    const probs = softmax(model.mlmLogits(hidden, masked.map((j) => j + 1))).data;
    const V = model.config.vocabSize;
    return masked.map((_, m) => {
      const row = Array.from({ length: V - 5 }, (_, v) => ({ id: v + 5, p: probs[m * V + v + 5] }));
      row.sort((a, b) => b.p - a.p);
      return row.slice(0, k).map((g) => ({ ...g, word: vocab.words[g.id] }));
    });
  });
}

/** P(B follows A) by the NSP head. */
export function nextSentenceProbability(model: MiniBert, a: readonly number[], b: readonly number[]): number {
  const T = model.config.maxLen;
  const packed = packPair(a, b, T);
  return noGrad(() => {
    const { hidden } = model.trace({ ids: Int32Array.from(packed.ids), segments: Int32Array.from(packed.segments), B: 1, T });
    const z = model.nspLogits(hidden).data;
    return 1 / (1 + Math.exp(z[0] - z[1]));
  });
}

export interface InputRow { token: string; id: number; segment: number; position: number; tok: number[]; seg: number[]; pos: number[]; sum: number[] }

/** The packed input of a pair with the first `dims` values of each embedding and of their sum. */
export function inputRepresentation(model: MiniBert, vocab: WordVocab, a: readonly number[], b: readonly number[], dims = 4): InputRow[] {
  const len = Math.min(model.config.maxLen, a.length + b.length + 3);
  const packed = packPair(a, b, len);
  const D = model.config.dModel;
  const row = (t: Float32Array | Float64Array, i: number) => Array.from(t.subarray(i * D, i * D + dims));
  return packed.ids.map((id, p) => {
    const s = packed.segments[p];
    const tok = row(model.tok.data, id), seg = row(model.seg.data, s), pos = row(model.pos.data, p);
    return { token: vocab.words[id], id, segment: s, position: p, tok, seg, pos, sum: tok.map((x, j) => x + seg[j] + pos[j]) };
  });
}

/** ELMo-style vector of each word of each sentence: [h→ ; h←]. */
export function contextualVectors(model: BiLstmLm, sentences: readonly number[][], maxWords = 30): Float32Array[][] {
  return noGrad(() => model.contextual(sentences, maxWords)).map((s) => s.fwd.map((f, k) => {
    const v = new Float32Array(f.length * 2);
    v.set(f); v.set(s.bwd[k], f.length);
    return v;
  }));
}

/** A miniature BERT holding the weights of a training snapshot (the worker's live run). */
export function bertFromWeights(config: BertConfig, weights: readonly WeightSnapshot[]): MiniBert {
  const model = new MiniBert(config, 'bert-mini');
  loadWeightSnapshots(model.namedParameters(), weights);
  return model;
}

export function bilstmFromWeights(config: BiLstmConfig, weights: readonly WeightSnapshot[]): BiLstmLm {
  const model = new BiLstmLm(config, 'bilstm-mini');
  loadWeightSnapshots(model.namedParameters(), weights);
  return model;
}

/** A model's weights as checkpoint bytes (to hand to the training worker). */
export function modelBytes(model: MiniBert | BiLstmLm): Uint8Array {
  return encodeCheckpoint({}, model.namedParameters());
}
