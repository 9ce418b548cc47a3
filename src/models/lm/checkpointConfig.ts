/**
 * What the shipped checkpoint's config holds (besides the tensors), and the settings of the run that
 * made it (scripts/train/train-gpt.ts). The page reads the same settings for "train from scratch".
 */
import type { BpeModel } from './bpe';
import type { GptConfig } from './gpt';

export interface LmTrainingRecord {
  steps: number;
  batch: number;
  lr: number;
  warmup: number;
  /** Wall-clock seconds of the training loop. */
  seconds: number;
  /** Validation windows in the fixed sample (each `context` tokens). */
  valWindows: number;
  /** Mean cross-entropy (nats/token) on the fixed validation sample at the end. */
  valLoss: number;
  /** The same on every non-overlapping window of the held-out text. */
  valLossAll: number;
  /** Unigram baseline on the fixed sample and on all held-out windows. */
  unigram: number;
  unigramAll: number;
  /** [step, validation loss] during training. */
  curve: [number, number][];
  trainTokens: number;
  valTokens: number;
}

export interface LmCheckpointConfig {
  arch: GptConfig;
  bpe: BpeModel;
  seed: string;
  training: LmTrainingRecord;
}

export const LM_DEFAULTS = {
  vocab: 512,
  arch: { dModel: 64, heads: 4, layers: 2, context: 64 },
  seed: 'brown-gpt',
  batch: 8,
  lr: 0.003,
  warmup: 100,
  shippedSteps: 1500,
  evalEvery: 250,
  /** Fixed validation sample: this many evenly spaced windows of the held-out stream. */
  valWindows: 64,
  /** Windows for the script's final held-out figure (evenly spaced over the whole held-out stream). */
  valWindowsAll: 1024,
} as const;
