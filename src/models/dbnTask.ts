/**
 * The "dbn" training task: a deep belief net against the same network from random initialisation,
 * when only a few digits carry labels.
 *
 * Phase 1 (steps 0…P−1): RBM 1 (784 → H1) learns from all training digits, without labels, by CD-1.
 * Phase 2 (steps P…2P−1): RBM 2 (H1 → H2) learns from RBM 1's hidden probabilities.
 * Phase 3 (steps from 2P): three 784 → H1 → H2 → 10 classifiers are fine-tuned on the first
 * `labels` training digits with the task's optimizer and softmax cross-entropy:
 *   'pre'  — sigmoid units, the first two layers start from the two RBMs (the 2006 recipe);
 *   'rand' — the same sigmoid net from random (Xavier) initialisation;
 *   'relu' — the same shape with ReLU units from He initialisation (the modern default).
 * All three see the same mini-batches. Test accuracy of each is measured every `evalEvery` steps;
 * the report keeps the whole history, and the seconds each part spent training.
 */
import { softmaxCrossEntropy } from '../engine/losses';
import { heNormal, xavierUniform } from '../engine/init';
import { createOptimizer, type OptimizerName } from '../engine/optim/factory';
import type { Optimizer } from '../engine/optim/optimizer';
import { linear, relu, sigmoid } from '../engine/ops';
import { createRng, type Rng } from '../engine/rng';
import { backward, noGrad } from '../engine/tape';
import { Tensor, zeros } from '../engine/tensor';
import { checkInt, pixelRows, range, resolveDigits, type DigitArrays, type DigitDataRef } from './digitData';
import { cd1Batch, hiddenGiven, type RbmTensors } from './rbmTrain';
import { visibleBiasInit } from './rbmTask';
import type { GridSnapshot, ModelReport, Penalties, TrainableModel, WeightSnapshot } from './types';

const PIXELS = 784;
export const DBN_NETS = ['pre', 'rand', 'relu'] as const;
export type DbnNet = (typeof DBN_NETS)[number];

export interface DbnTask {
  kind: 'dbn';
  /** Hidden layer sizes [H1, H2], each 4…512. */
  layers: [number, number];
  /** Labelled training digits for fine-tuning, 10…8000. */
  labels: number;
  /** CD-1 steps per RBM, 0…10000. */
  pretrainSteps: number;
  /** CD-1 learning rate. */
  cdLr: number;
  data: DigitDataRef;
  /** Fine-tuning optimizer (the same for all three nets). */
  optimizer: { name: OptimizerName; hyper?: Record<string, number> };
  /** Digits per step (pre-training and fine-tuning). */
  batchSize: number;
  seed: number | string;
  testLimit?: number;
  evalEvery?: number;
}

export interface DbnReport {
  phase: 'rbm1' | 'rbm2' | 'finetune';
  pretrainSteps: number;
  /** Smoothed CD-1 reconstruction errors of the two RBMs. */
  rbm1Recon: number;
  rbm2Recon: number;
  /** Fine-tuning steps at which the test set was measured, and the three accuracies (0…1) there. */
  evalSteps: number[];
  accPre: number[];
  accRand: number[];
  accRelu: number[];
  /** Seconds spent training: [RBM 1, RBM 2, pre fine-tune, rand, relu]. */
  seconds: number[];
  labels: number;
  testSize: number;
}

interface Net { act: 'sigmoid' | 'relu'; params: Tensor[]; opt: Optimizer | null }

function newNet(sizes: number[], act: Net['act'], rng: Rng, tag: string): Net {
  const params: Tensor[] = [];
  for (let l = 0; l + 1 < sizes.length; l++) {
    const init = act === 'relu' && l + 2 < sizes.length ? heNormal : xavierUniform;
    params.push(init([sizes[l + 1], sizes[l]], rng, `${tag}W${l + 1}`));
    const b = zeros([sizes[l + 1]]);
    b.requiresGrad = true;
    b.label = `${tag}b${l + 1}`;
    params.push(b);
  }
  return { act, params, opt: null };
}

function logits(net: Net, x: Tensor): Tensor {
  let h = x;
  const L = net.params.length / 2;
  for (let l = 0; l < L; l++) {
    h = linear(h, net.params[2 * l], net.params[2 * l + 1]);
    if (l + 1 < L) h = net.act === 'relu' ? relu(h) : sigmoid(h);
  }
  return h;
}

const now = () => globalThis.performance.now();

class DbnModel implements TrainableModel {
  readonly params: Tensor[] = [];
  readonly trainSize: number;
  penalties: Penalties = { l1: 0, l2: 0 };
  private readonly task: DbnTask;
  private readonly train: DigitArrays;
  private readonly test: DigitArrays;
  private readonly rbm1: RbmTensors;
  private readonly rbm2: RbmTensors;
  private readonly nets: Record<DbnNet, Net>;
  private readonly rng: Rng;
  private readonly testSize: number;
  private readonly evalEvery: number;
  private steps = 0;
  private ema = { rbm1: Number.NaN, rbm2: Number.NaN, fine: Number.NaN };
  private readonly seconds = [0, 0, 0, 0, 0];
  private readonly history = { evalSteps: [] as number[], pre: [] as number[], rand: [] as number[], relu: [] as number[] };

  constructor(task: DbnTask) {
    const [H1, H2] = task.layers ?? [];
    checkInt('H1', H1, 4, 512);
    checkInt('H2', H2, 4, 512);
    checkInt('batchSize', task.batchSize, 1, 256);
    checkInt('pretrainSteps', task.pretrainSteps, 0, 10_000);
    if (!(task.cdLr > 0 && task.cdLr <= 10)) throw new RangeError('cdLr must be in (0, 10]');
    const data = resolveDigits(task.data);
    checkInt('labels', task.labels, 10, data.train.labels.length);
    this.task = task;
    this.train = data.train;
    this.test = data.test;
    this.trainSize = data.train.labels.length;
    this.testSize = Math.min(data.test.labels.length, Math.max(1, Math.floor(task.testLimit ?? 1000)));
    this.evalEvery = Math.max(1, Math.floor(task.evalEvery ?? 25));
    const seed = String(task.seed);
    const sizes = [PIXELS, H1, H2, 10];
    // 'pre' and 'rand' start from the same random draw; pre-training then overwrites pre's first two layers.
    this.nets = { pre: newNet(sizes, 'sigmoid', createRng(`${seed}:sig`), 'pre'), rand: newNet(sizes, 'sigmoid', createRng(`${seed}:sig`), 'rand'), relu: newNet(sizes, 'relu', createRng(`${seed}:relu`), 'relu') };
    const p = this.nets.pre.params;
    this.rbm1 = { W: p[0], a: new Tensor(visibleBiasInit(this.train), [PIXELS]), b: p[1] };
    this.rbm2 = { W: p[2], a: zeros([H1]), b: p[3] };
    const small = createRng(`${seed}:rbm-init`);
    for (const W of [p[0].data, p[2].data]) for (let i = 0; i < W.length; i++) W[i] = small.normal(0, 0.01);
    this.rng = createRng(`${seed}:dbn-sample`);
  }

  private get phase(): DbnReport['phase'] {
    const P = this.task.pretrainSteps;
    return this.steps < P ? 'rbm1' : this.steps < 2 * P ? 'rbm2' : 'finetune';
  }

  trainStep(indices: ArrayLike<number>): number {
    const phase = this.phase;
    const t0 = now();
    let v: number;
    if (phase === 'finetune') v = this.fineTuneStep();
    else {
      const x = pixelRows(this.train, indices, true);
      const B = indices.length;
      v = phase === 'rbm1' ? cd1Batch(this.rbm1, x, B, this.task.cdLr, this.rng) : cd1Batch(this.rbm2, hiddenGiven(this.rbm1, x, B), B, this.task.cdLr, this.rng);
      this.ema[phase] = Number.isNaN(this.ema[phase]) ? v : 0.95 * this.ema[phase] + 0.05 * v;
      this.seconds[phase === 'rbm1' ? 0 : 1] += (now() - t0) / 1000;
    }
    this.steps += 1;
    return v;
  }

  /** One optimizer step for each net on the same batch of labelled digits; returns the pre-trained net's loss. */
  private fineTuneStep(): number {
    if (this.history.evalSteps.length === 0) this.measure();
    const B = Math.min(this.task.batchSize, this.task.labels);
    const idx = Array.from({ length: B }, () => this.rng.int(this.task.labels));
    const x = new Tensor(pixelRows(this.train, idx), [B, PIXELS]);
    const y = idx.map((i) => this.train.labels[i]);
    let first = Number.NaN;
    DBN_NETS.forEach((name, k) => {
      const t0 = now();
      const net = this.nets[name];
      net.opt ??= createOptimizer(this.task.optimizer.name, net.params, this.task.optimizer.hyper ?? {});
      for (const t of net.params) t.grad?.fill(0);
      const loss = softmaxCrossEntropy(logits(net, x), y);
      backward(loss);
      net.opt.step();
      if (k === 0) first = loss.data[0];
      this.seconds[2 + k] += (now() - t0) / 1000;
    });
    this.ema.fine = Number.isNaN(this.ema.fine) ? first : 0.95 * this.ema.fine + 0.05 * first;
    const done = this.steps + 1 - 2 * this.task.pretrainSteps;
    if (done % this.evalEvery === 0) this.measure(done);
    return first;
  }

  /** Test accuracy of the three nets, recorded at fine-tuning step `at`. */
  private measure(at = 0): void {
    const acc = { pre: 0, rand: 0, relu: 0 };
    noGrad(() => {
      for (let start = 0; start < this.testSize; start += 250) {
        const idx = range(Math.min(250, this.testSize - start), start);
        const x = new Tensor(pixelRows(this.test, idx), [idx.length, PIXELS]);
        for (const name of DBN_NETS) {
          const z = logits(this.nets[name], x).data;
          for (let r = 0; r < idx.length; r++) {
            let best = 0;
            for (let c = 1; c < 10; c++) if (z[r * 10 + c] > z[r * 10 + best]) best = c;
            if (best === this.test.labels[idx[r]]) acc[name] += 1;
          }
        }
      }
    });
    this.history.evalSteps.push(at);
    for (const name of DBN_NETS) this.history[name].push(acc[name] / this.testSize);
  }

  evaluate(set: 'train' | 'test'): number | null {
    if (set === 'test') return null;
    const e = this.phase === 'finetune' ? this.ema.fine : this.ema[this.phase];
    return Number.isNaN(e) ? 0 : e;
  }

  weights(): WeightSnapshot[] {
    const W = this.rbm1.W;
    return [{ name: 'W1', shape: W.shape.slice(), data: Float64Array.from(W.data) }];
  }

  grid(): GridSnapshot | null {
    return null;
  }

  report(): ModelReport {
    const h = this.history;
    const r: DbnReport = {
      phase: this.phase, pretrainSteps: this.task.pretrainSteps,
      rbm1Recon: this.ema.rbm1, rbm2Recon: this.ema.rbm2,
      evalSteps: [...h.evalSteps], accPre: [...h.pre], accRand: [...h.rand], accRelu: [...h.relu],
      seconds: [...this.seconds], labels: this.task.labels, testSize: this.testSize,
    };
    return { ...r };
  }
}

/** Build the DBN comparison for a task. @throws RangeError/Error for an invalid task or missing data. */
export function buildDbn(task: DbnTask): TrainableModel {
  return new DbnModel(task);
}
