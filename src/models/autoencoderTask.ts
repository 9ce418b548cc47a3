/**
 * The "autoencoder" training task: 784 → H → 2 → H → 784 on MNIST (ReLU hidden layers, a linear 2-D
 * code, sigmoid output, binary cross-entropy against the clean digit). With `noise` > 0 it is a
 * denoising autoencoder: each training input gets Gaussian noise of that standard deviation first.
 *
 * The report carries the test reconstruction error (mean squared error per pixel) and the 2-D codes
 * of the first `mapSize` test digits, so the page can draw the latent map as it fills in.
 */
import { bceWithLogits } from '../engine/losses';
import { heNormal } from '../engine/init';
import type { OptimizerName } from '../engine/optim/factory';
import { linear, relu, sigmoid } from '../engine/ops';
import { createRng, type Rng } from '../engine/rng';
import { backward, noGrad } from '../engine/tape';
import { Tensor, zeros } from '../engine/tensor';
import { AE_PARAM_NAMES, corrupt, LATENT, PIXELS } from './autoencoderNet';
import { checkInt, pixelRows, range, resolveDigits, type DigitArrays, type DigitDataRef } from './digitData';
import type { GridSnapshot, ModelReport, Penalties, TrainableModel, WeightSnapshot } from './types';

export interface AutoencoderTask {
  kind: 'autoencoder';
  /** Units in each hidden layer, 8…512. */
  hidden: number;
  /** Standard deviation of the Gaussian noise added to training inputs, 0…1 (0: plain autoencoder). */
  noise: number;
  data: DigitDataRef;
  optimizer: { name: OptimizerName; hyper?: Record<string, number> };
  /** Examples per step, 1…256. */
  batchSize: number;
  seed: number | string;
  /** Test digits whose codes the report carries (default 1000). */
  mapSize?: number;
  /** Test digits the reconstruction error is measured on (default 1000). */
  testLimit?: number;
  /** Steps between test evaluations (default 25). */
  evalEvery?: number;
}

/** The snapshot report of the autoencoder task. */
export interface AutoencoderReport {
  testStep: number;
  /** Mean squared error per pixel on the test digits (grey levels 0…1). */
  testMse: number;
  /** Smoothed training loss (binary cross-entropy per pixel). */
  trainLoss: number;
  /** x, y code of test digit k at [2k], [2k + 1]. */
  latent: number[];
  mapSize: number;
}

type P = Record<(typeof AE_PARAM_NAMES)[number], Tensor>;

function forward(p: P, x: Tensor): { z: Tensor; logits: Tensor } {
  const z = linear(relu(linear(x, p.We1, p.be1)), p.We2, p.be2);
  const logits = linear(relu(linear(z, p.Wd1, p.bd1)), p.Wd2, p.bd2);
  return { z, logits };
}

function initParams(H: number, seed: number | string): P {
  const rng = createRng(`${String(seed)}:ae`);
  const b = (n: number, label: string) => { const t = zeros([n]); t.requiresGrad = true; t.label = label; return t; };
  return {
    We1: heNormal([H, PIXELS], rng, 'We1'), be1: b(H, 'be1'),
    We2: heNormal([LATENT, H], rng, 'We2'), be2: b(LATENT, 'be2'),
    Wd1: heNormal([H, LATENT], rng, 'Wd1'), bd1: b(H, 'bd1'),
    Wd2: heNormal([PIXELS, H], rng, 'Wd2'), bd2: b(PIXELS, 'bd2'),
  };
}

class AutoencoderModel implements TrainableModel {
  readonly params: Tensor[];
  readonly trainSize: number;
  penalties: Penalties = { l1: 0, l2: 0 };
  private readonly p: P;
  private readonly train: DigitArrays;
  private readonly test: DigitArrays;
  private readonly noise: number;
  private readonly rng: Rng;
  private readonly mapSize: number;
  private readonly testSize: number;
  private readonly evalEvery: number;
  private steps = 0;
  private ema = Number.NaN;
  private last = { step: -1, mse: Number.NaN, bce: Number.NaN, latent: [] as number[] };

  constructor(task: AutoencoderTask) {
    const H = checkInt('hidden', task.hidden, 8, 512);
    checkInt('batchSize', task.batchSize, 1, 256);
    if (!(typeof task.noise === 'number' && task.noise >= 0 && task.noise <= 1)) throw new RangeError('noise must be in 0…1');
    const data = resolveDigits(task.data);
    this.train = data.train;
    this.test = data.test;
    this.trainSize = data.train.labels.length;
    this.noise = task.noise;
    this.rng = createRng(`${String(task.seed)}:noise`);
    this.mapSize = Math.min(data.test.labels.length, Math.max(1, Math.floor(task.mapSize ?? 1000)));
    this.testSize = Math.min(data.test.labels.length, Math.max(1, Math.floor(task.testLimit ?? 1000)));
    this.evalEvery = Math.max(1, Math.floor(task.evalEvery ?? 25));
    this.p = initParams(H, task.seed);
    this.params = AE_PARAM_NAMES.map((k) => this.p[k]);
  }

  trainStep(indices: ArrayLike<number>): number {
    for (const t of this.params) t.grad?.fill(0);
    const clean = pixelRows(this.train, indices);
    let input = clean;
    if (this.noise > 0) {
      input = new Float64Array(clean.length);
      for (let r = 0; r < indices.length; r++) corrupt(clean.subarray(r * PIXELS, (r + 1) * PIXELS), this.noise, this.rng.int(2 ** 31), input, r * PIXELS);
    }
    const B = indices.length;
    const loss = bceWithLogits(forward(this.p, new Tensor(input, [B, PIXELS])).logits, clean);
    backward(loss);
    const v = loss.data[0];
    this.steps += 1;
    this.ema = Number.isNaN(this.ema) ? v : 0.95 * this.ema + 0.05 * v;
    return v;
  }

  private refresh() {
    if (this.last.step >= 0 && this.steps - this.last.step < this.evalEvery) return this.last;
    const n = Math.max(this.testSize, this.mapSize);
    const latent: number[] = [];
    let se = 0;
    let ce = 0;
    let counted = 0;
    noGrad(() => {
      for (let start = 0; start < n; start += 250) {
        const idx = range(Math.min(250, n - start), start);
        const x = pixelRows(this.test, idx);
        const { z, logits } = forward(this.p, new Tensor(x, [idx.length, PIXELS]));
        const out = sigmoid(logits).data;
        if (start < this.testSize) { ce += bceWithLogits(logits, x).data[0] * idx.length; counted += idx.length; }
        for (let r = 0; r < idx.length; r++) {
          const k = start + r;
          if (k < this.mapSize) latent.push(z.data[2 * r], z.data[2 * r + 1]);
          if (k < this.testSize) for (let i = 0; i < PIXELS; i++) se += (out[r * PIXELS + i] - x[r * PIXELS + i]) ** 2;
        }
      }
    });
    this.last = { step: this.steps, mse: se / (this.testSize * PIXELS), bce: ce / counted, latent };
    return this.last;
  }

  evaluate(set: 'train' | 'test'): number | null {
    // Before the first step there is no training loss yet: the test set's cross-entropy stands in.
    if (set === 'train') return Number.isNaN(this.ema) ? this.refresh().bce : this.ema;
    return this.refresh().mse;
  }

  weights(): WeightSnapshot[] {
    return this.params.map((t) => ({ name: t.label, shape: t.shape.slice(), data: Float64Array.from(t.data) }));
  }

  grid(): GridSnapshot | null {
    return null;
  }

  report(): ModelReport {
    const m = this.refresh();
    const r: AutoencoderReport = { testStep: m.step, testMse: m.mse, trainLoss: this.ema, latent: m.latent, mapSize: this.mapSize };
    return { ...r, trainLoss: Number.isNaN(this.ema) ? m.bce : this.ema };
  }
}

/** Build the trainable autoencoder for a task. @throws RangeError/Error for an invalid task or missing data. */
export function buildAutoencoder(task: AutoencoderTask): TrainableModel {
  return new AutoencoderModel(task);
}
