/** Fields and checks shared by the two live pre-training tasks ("bertPretrain", "bilstmLm"). */
import type { PretrainData } from './pretrainData';

export interface CommonPretrainFields {
  data: PretrainData;
  /** Decompressed checkpoint bytes (GACK) to continue from; the seeded random initialisation when absent. */
  init?: Uint8Array;
  optimizer: { name: 'adam'; hyper?: Record<string, number> };
  /** Examples per step (pairs for BERT, sentences for the bi-LSTM). */
  batchSize: number;
  seed: number | string;
  /** Steps between held-out evaluations (default 25). */
  evalEvery?: number;
  /** Held-out batches scored at each evaluation (default 10 for BERT, 8 for the bi-LSTM). */
  evalBatches?: number;
  /** Never change the weights: the run only scores the model it was given. */
  scoreOnly?: boolean;
}

/** Checks the shared fields. @throws RangeError/TypeError with a message naming the field. */
export function checkCommon(task: CommonPretrainFields, maxBatch: number, defaultBatches = 10): { evalEvery: number; evalBatches: number } {
  if (!(Number.isInteger(task.batchSize) && task.batchSize >= 1 && task.batchSize <= maxBatch)) throw new RangeError(`batchSize must be an integer 1…${maxBatch}, got ${String(task.batchSize)}`);
  if (task.optimizer?.name !== 'adam') throw new RangeError(`optimizer.name must be "adam", got ${JSON.stringify(task.optimizer?.name)}`);
  if (typeof task.seed !== 'number' && typeof task.seed !== 'string') throw new TypeError('seed must be a number or a string');
  if (task.init !== undefined && !(task.init instanceof Uint8Array)) throw new TypeError('init must be the checkpoint bytes (Uint8Array)');
  const evalEvery = task.evalEvery ?? 25;
  const evalBatches = task.evalBatches ?? defaultBatches;
  if (!(Number.isInteger(evalEvery) && evalEvery >= 1)) throw new RangeError(`evalEvery must be a positive integer, got ${String(evalEvery)}`);
  if (!(Number.isInteger(evalBatches) && evalBatches >= 1 && evalBatches <= 40)) throw new RangeError(`evalBatches must be an integer 1…40, got ${String(evalBatches)}`);
  return { evalEvery, evalBatches };
}
