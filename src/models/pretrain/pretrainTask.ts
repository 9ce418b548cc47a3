/** The two live pre-training tasks of /pretraining, as one entry for the task union and the model registry. */
import type { TrainableModel } from '../types';
import { buildBertPretrain, type BertPretrainTask } from './bertPretrainTask';
import { buildBilstmLm, type BilstmLmTask } from './bilstmTask';

export type { BertPretrainTask, BertPretrainReport } from './bertPretrainTask';
export type { BilstmLmTask, BilstmLmReport } from './bilstmTask';

export type PretrainTask = BertPretrainTask | BilstmLmTask;

export function buildPretrain(task: PretrainTask): TrainableModel {
  return task.kind === 'bertPretrain' ? buildBertPretrain(task) : buildBilstmLm(task);
}
