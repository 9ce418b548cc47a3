/**
 * Messages between the page and the training worker. Everything here is plain
 * structured-clone data; typed arrays in snapshots are fresh buffers that the
 * worker transfers (zero-copy) to the page.
 */
import type { GridSnapshot, ModelReport, WeightSnapshot } from '../models/types';
import type { MlpTask } from '../models/mlp';
import type { AttentionTask } from '../models/attentionTask';
import type { PlaygroundTask } from '../models/playgroundTask';
import type { Word2vecTask } from '../models/word2vecTask';
import type { MemoryTask } from '../models/rnnTask';
import type { CharTask } from '../models/rnnChar';
import type { CnnTask } from '../models/cnnTask';
import type { TextClassTask } from '../models/textClassTask';
import type { DigitCompareTask } from '../models/digitCompareTask';
import type { AutoencoderTask } from '../models/autoencoderTask';
import type { RbmTask } from '../models/rbmTask';
import type { DbnTask } from '../models/dbnTask';
import type { GlyphTask } from '../models/glyphTask';
import type { FinetuneTask } from '../models/pretrain/finetuneTask';
import type { GptTask } from '../models/lm/gptTask';
import type { PretrainTask } from '../models/pretrain/pretrainTask';

export type { GridSnapshot, ModelReport, WeightSnapshot } from '../models/types';
export type { MlpTask, MlpActivation, MlpLoss, GridSpec } from '../models/mlp';

/** A training task: a discriminated union on `kind` (more kinds join as lessons need them). */
export type TrainingTask = MlpTask | Word2vecTask | PlaygroundTask | MemoryTask | CharTask | CnnTask | AttentionTask
  | TextClassTask | DigitCompareTask | AutoencoderTask | RbmTask | DbnTask | GlyphTask | FinetuneTask | GptTask | PretrainTask;

/**
 * Hyperparameters that may change while training. Optimizer keys (`lr`,
 * `momentum`, `beta1`, …) go to the optimizer; `l1`, `l2` (penalty weights)
 * and `batchSize` (examples per step) go to the model / batching.
 * Unknown keys are ignored.
 */
export type HyperUpdate = Record<string, number>;

/** Runner settings (all optional). */
export interface RunnerOptions {
  /** Maximum snapshots per second while running; default 30. */
  snapshotHz?: number;
  /** Milliseconds of training per slice before yielding to the event loop; default 8. */
  sliceMs?: number;
  /** Stop automatically after this many steps (pausing); default: no limit. */
  maxSteps?: number;
}

/** Commands from the page to the worker. */
export type TrainingCommand =
  /** Build a new run from `task` (if given) and train continuously; without `task`, resume. */
  | { type: 'start'; task?: TrainingTask; options?: RunnerOptions }
  /** Stop after the current slice; a final snapshot and a `paused` status follow. */
  | { type: 'pause' }
  /** Pause, then train exactly `n` steps and snapshot. */
  | { type: 'step'; n: number }
  /** Restore the seeded initial weights and step 0 (keeps the current hyperparameters). */
  | { type: 'reset' }
  /** Change hyperparameters, applied from the next step. */
  | { type: 'setHyper'; hyper: HyperUpdate }
  /** Stop and free the run. */
  | { type: 'dispose' };

/** The state of a run at one moment. */
export interface TrainingSnapshot {
  /** Optimizer steps taken since start / reset. */
  step: number;
  /** Completed passes over the training data (fractional: steps × batch / examples). */
  epoch: number;
  /** Mean training loss over the full training set (data term + penalty). */
  loss: number;
  /** Mean loss on the test set, or null when the task has none. */
  testLoss: number | null;
  /** Current hyperparameters (optimizer ones plus l1, l2, batchSize). */
  hyper: Record<string, number>;
  /** All parameters. */
  weights: WeightSnapshot[];
  /** Decision-boundary grid, when the task asked for one. */
  grid: GridSnapshot | null;
  /** Task-specific read-outs (accuracy, sampled text…), when the model provides them. */
  report?: ModelReport;
}

/** Run states reported in `status` events. */
export type RunState = 'idle' | 'running' | 'paused';

/** Events from the worker to the page. */
export type TrainingEvent =
  | { type: 'snapshot'; snapshot: TrainingSnapshot }
  | { type: 'status'; state: RunState; step: number }
  /** The loss became NaN or ±∞ at `step` (before that step's update): the run pauses; no non-finite snapshot is sent. */
  | { type: 'diverged'; step: number }
  /** Something threw (invalid task, bug): the message is for the page to show or log. */
  | { type: 'error'; message: string };

/**
 * The buffers of an event that can be transferred instead of copied (each
 * listed once, since a repeated buffer makes postMessage throw). Models must
 * hand out fresh copies in snapshots: a transferred buffer is gone from the worker.
 */
export function transferablesOf(event: TrainingEvent): ArrayBuffer[] {
  if (event.type !== 'snapshot') return [];
  const out = new Set<ArrayBuffer>(event.snapshot.weights.map((w) => w.data.buffer as ArrayBuffer));
  if (event.snapshot.grid) out.add(event.snapshot.grid.values.buffer as ArrayBuffer);
  return [...out];
}

/** Turn anything thrown into a message string. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  return typeof err === 'string' ? err : 'unknown error';
}
