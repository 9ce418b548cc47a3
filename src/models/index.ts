/**
 * Models: pure builders over the engine that turn a serialisable task into
 * something the training runner can step.
 */
import { buildMlp, type MlpTask } from './mlp';
import type { TrainableModel } from './types';

export { Mlp, buildMlp, decisionGrid } from './mlp';
export type { Dataset, GridSpec, MlpActivation, MlpLoss, MlpTask } from './mlp';
export { validateMlpTask } from './validate';
export type { GridSnapshot, Penalties, TrainableModel, WeightSnapshot } from './types';

/** Any task a model can be built from (discriminated on `kind`). */
export type ModelTask = MlpTask;

/** Build the trainable model for a task. @throws Error for an unknown kind or an invalid task. */
export function buildModel(task: ModelTask): TrainableModel {
  const kind = (task as { kind?: unknown } | null)?.kind;
  switch (kind) {
    case 'mlp':
      return buildMlp(task);
    default:
      throw new Error(`unknown task kind ${JSON.stringify(kind)} (expected "mlp")`);
  }
}
