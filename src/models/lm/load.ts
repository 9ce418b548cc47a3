/**
 * The lesson-side model: the shipped checkpoint decoded into a ready GPT + tokenizer, or a copy of the
 * worker's weights from a snapshot (the model is tiny: a forward pass takes milliseconds).
 */
import { decodeCheckpoint, loadCheckpointInto, noGrad } from '../../engine';
import type { WeightSnapshot } from '../types';
import { loadWeightSnapshots } from '../weightSnapshot';
import { Tokenizer } from './bpe';
import type { LmCheckpointConfig } from './checkpointConfig';
import { Gpt, type GptConfig } from './gpt';

export interface LmModel {
  gpt: Gpt;
  tok: Tokenizer;
  /** 'shipped' or the step of the live run the weights come from. */
  source: 'shipped' | number;
}

export interface Shipped {
  config: LmCheckpointConfig;
  /** The decompressed checkpoint (sent to the worker to continue from it). */
  bytes: Uint8Array;
  model: LmModel;
}

/** Decodes the shipped checkpoint into a ready model. @throws CheckpointError on a damaged file. */
export function shippedFrom(bytes: Uint8Array): Shipped {
  const ck = decodeCheckpoint<LmCheckpointConfig>(bytes);
  const tok = new Tokenizer(ck.config.bpe);
  const gpt = new Gpt(ck.config.arch, ck.config.seed);
  loadCheckpointInto(ck, gpt.namedParameters());
  return { config: ck.config, bytes, model: { gpt, tok, source: 'shipped' } };
}

/** A main-thread copy of the worker's model from a snapshot's weights. */
export function modelFromWeights(arch: GptConfig, weights: readonly WeightSnapshot[], tok: Tokenizer, step: number): LmModel {
  const gpt = new Gpt(arch, 0);
  loadWeightSnapshots(gpt.namedParameters(), weights);
  return { gpt, tok, source: step };
}

/** Logits of every position [T·V] (no gradient). */
export function allLogits(model: LmModel, ids: readonly number[]): Float32Array | Float64Array {
  return noGrad(() => model.gpt.logits(ids, 1, ids.length).data);
}
