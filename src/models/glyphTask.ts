/**
 * The "glyphCnn" training task: the tiny CNN of glyphCnn.ts on seeded shifted, noisy glyphs.
 * Train and test sets come from different seeds; both are evaluated in every snapshot (they are small).
 */
import { softmaxCrossEntropy } from '../engine/losses';
import type { OptimizerName } from '../engine/optim/factory';
import { releaseGraph } from '../engine/release';
import { backward, noGrad } from '../engine/tape';
import { Tensor } from '../engine/tensor';
import { GLYPH_PARAM_ORDER, GLYPH_PIXELS, GLYPH_SIDE, glyphAccuracy, glyphDataset, glyphForward, initGlyphParams, type GlyphParams, type GlyphSet } from './glyphCnn';
import type { ModelReport, Penalties, TrainableModel, WeightSnapshot } from './types';

export interface GlyphTask {
  kind: 'glyphCnn';
  /** 3×3 filters of the convolution, 1…8. */
  filters: number;
  seed: number | string;
  optimizer: { name: OptimizerName; hyper?: Record<string, number> };
  batchSize: number;
  /** Probability of flipping each pixel of a training or test glyph (0…0.2; default 0.02). */
  flip?: number;
}

/**
 * Train set: 8 noisy copies per glyph and shift (288); test set: 3 per glyph and shift from another seed (108);
 * clean set: the 36 shifted glyphs without flipped pixels.
 */
export const GLYPH_TRAIN_COPIES = 8;
export const GLYPH_TEST_COPIES = 3;

function batch(set: GlyphSet, indices: ArrayLike<number>) {
  const x = new Float64Array(indices.length * GLYPH_PIXELS);
  const y = new Int32Array(indices.length);
  for (let r = 0; r < indices.length; r++) {
    x.set(set.images.subarray(indices[r] * GLYPH_PIXELS, (indices[r] + 1) * GLYPH_PIXELS), r * GLYPH_PIXELS);
    y[r] = set.labels[indices[r]];
  }
  return { x: new Tensor(x, [indices.length, 1, GLYPH_SIDE, GLYPH_SIDE]), y };
}

function meanLoss(p: GlyphParams, set: GlyphSet): number {
  return noGrad(() => softmaxCrossEntropy(glyphForward(p, new Tensor(set.images, [set.count, 1, GLYPH_SIDE, GLYPH_SIDE])).logits, set.labels).data[0]);
}

class GlyphModel implements TrainableModel {
  readonly params: Tensor[];
  readonly trainSize: number;
  penalties: Penalties = { l1: 0, l2: 0 };
  private readonly p: GlyphParams;
  private readonly train: GlyphSet;
  private readonly test: GlyphSet;
  private readonly clean: GlyphSet = glyphDataset('clean', 1, 0);

  constructor(task: GlyphTask) {
    if (!(Number.isInteger(task.filters) && task.filters >= 1 && task.filters <= 8)) throw new RangeError('filters must be a whole number in 1…8');
    const flip = task.flip ?? 0.02;
    if (!(flip >= 0 && flip <= 0.2)) throw new RangeError('flip must be in 0…0.2');
    this.train = glyphDataset(`${String(task.seed)}:train`, GLYPH_TRAIN_COPIES, flip);
    this.test = glyphDataset(`${String(task.seed)}:test`, GLYPH_TEST_COPIES, flip);
    this.trainSize = this.train.count;
    this.p = initGlyphParams(task.filters, task.seed);
    this.params = GLYPH_PARAM_ORDER.map((k) => this.p[k]);
  }

  trainStep(indices: ArrayLike<number>): number {
    for (const t of this.params) t.grad?.fill(0);
    const { x, y } = batch(this.train, indices);
    const loss = softmaxCrossEntropy(glyphForward(this.p, x).logits, y);
    backward(loss);
    const v = loss.data[0];
    releaseGraph(loss);
    return v;
  }

  evaluate(set: 'train' | 'test'): number {
    return meanLoss(this.p, set === 'train' ? this.train : this.test);
  }

  weights(): WeightSnapshot[] {
    return this.params.map((t) => ({ name: t.label, shape: t.shape.slice(), data: Float64Array.from(t.data) }));
  }

  report(): ModelReport {
    return {
      trainAccuracy: glyphAccuracy(this.p, this.train), testAccuracy: glyphAccuracy(this.p, this.test),
      cleanAccuracy: glyphAccuracy(this.p, this.clean),
      trainSize: this.train.count, testSize: this.test.count, cleanSize: this.clean.count,
    };
  }

  grid(): null {
    return null;
  }
}

/** Build the trainable glyph CNN. @throws RangeError for an invalid task. */
export function buildGlyphCnn(task: GlyphTask): TrainableModel {
  return new GlyphModel(task);
}
