/**
 * Models: pure builders over the engine that turn a serialisable task into
 * something the training runner can step.
 */
import { buildAttentionModel } from './attentionModel';
import type { AttentionTask } from './attentionTask';
import { buildMlp, type MlpTask } from './mlp';
import type { TrainableModel } from './types';
import { buildPlayground, type PlaygroundTask } from './playgroundTask';
import { buildWord2vec, type Word2vecTask } from './word2vecTask';
import { buildMemoryRace, type MemoryTask } from './rnnTask';
import { buildCharModel, type CharTask } from './rnnChar';
import { buildCnn, type CnnTask } from './cnnTask';
import { buildTextClass, type TextClassTask } from './textClassTask';
import { buildDigitCompare, type DigitCompareTask } from './digitCompareTask';
import { buildAutoencoder, type AutoencoderTask } from './autoencoderTask';
import { buildRbm, type RbmTask } from './rbmTask';
import { buildDbn, type DbnTask } from './dbnTask';
import { buildGlyphCnn, type GlyphTask } from './glyphTask';
import { buildFinetune, type FinetuneTask } from './pretrain/finetuneTask';
import { buildGpt, type GptTask } from './lm/gptTask';
import { buildPretrain, type PretrainTask } from './pretrain/pretrainTask';

export { Mlp, buildMlp, decisionGrid } from './mlp';
export type { Dataset, GridSpec, MlpActivation, MlpLoss, MlpTask } from './mlp';
export { validateMlpTask } from './validate';
export type { GridSnapshot, Penalties, TrainableModel, WeightSnapshot } from './types';

/** Any task a model can be built from (discriminated on `kind`). */
export type ModelTask = MlpTask | Word2vecTask | PlaygroundTask | MemoryTask | CharTask | CnnTask | AttentionTask
  | TextClassTask | DigitCompareTask | AutoencoderTask | RbmTask | DbnTask | GlyphTask | FinetuneTask | GptTask | PretrainTask;

/** Build the trainable model for a task. @throws Error for an unknown kind or an invalid task. */
export function buildModel(task: ModelTask): TrainableModel {
  const kind = (task as { kind?: unknown } | null)?.kind;
  switch (kind) {
    case 'mlp':
      return buildMlp(task as MlpTask);
    case 'word2vec':
      return buildWord2vec(task as Word2vecTask);
    case 'playground':
      return buildPlayground(task as PlaygroundTask);
    case 'rnnMemory':
      return buildMemoryRace(task as MemoryTask);
    case 'rnnChar':
      return buildCharModel(task as CharTask);
    case 'cnn':
      return buildCnn(task as CnnTask);
    case 'attention':
      return buildAttentionModel(task as AttentionTask);
    case 'textClass':
      return buildTextClass(task as TextClassTask);
    case 'digitCompare':
      return buildDigitCompare(task as DigitCompareTask);
    case 'autoencoder':
      return buildAutoencoder(task as AutoencoderTask);
    case 'rbm':
      return buildRbm(task as RbmTask);
    case 'dbn':
      return buildDbn(task as DbnTask);
    case 'glyphCnn':
      return buildGlyphCnn(task as GlyphTask);
    case 'bertFinetune':
      return buildFinetune(task as FinetuneTask);
    case 'gpt':
      return buildGpt(task as GptTask);
    case 'bertPretrain': case 'bilstmLm':
      return buildPretrain(task as PretrainTask);
    default:
      throw new Error(`unknown task kind ${JSON.stringify(kind)} (expected "mlp")`);
  }
}
