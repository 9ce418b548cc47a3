/**
 * A small convolutional network for 28×28 grey digits:
 * conv(k1, c1) → ReLU → max-pool 2 → conv(k2, c2) → ReLU → max-pool 2 → dense → softmax.
 * Built from plain parameters, so the page can run one forward pass from a weight snapshot
 * (the student's drawing) with the same code the worker trains with.
 */
import { heNormal } from '../engine/init';
import { conv2d } from '../engine/ops/conv';
import { linear } from '../engine/ops/matmul';
import { maxPool2d } from '../engine/ops/pool';
import { reshape } from '../engine/ops/shape';
import { softmax } from '../engine/ops/softmax';
import { createRng } from '../engine/rng';
import { noGrad } from '../engine/tape';
import { Tensor } from '../engine/tensor';
import { convOutSize } from '../engine/kernels/conv';

/** Layer sizes a student may edit (validated by {@link validateCnnArch}). */
export interface CnnArch {
  /** Filters of the first convolution, 1…16. */
  c1: number;
  /** Kernel side of the first convolution, 3 or 5. */
  k1: number;
  /** Filters of the second convolution, 1…32. */
  c2: number;
  /** Kernel side of the second convolution, 3 or 5. */
  k2: number;
}

export const DEFAULT_ARCH: CnnArch = { c1: 8, k1: 5, c2: 16, k2: 3 };
export const ARCH_LIMITS = { c1: [1, 16], c2: [1, 32], k: [3, 5] } as const;

/** Side lengths after each layer (valid convolutions, 2×2 pools), for a 28×28 input. */
export function cnnShapes(a: CnnArch, side = 28) {
  const conv1 = convOutSize(side, a.k1, 1, 0);
  const pool1 = Math.floor(conv1 / 2);
  const conv2 = convOutSize(pool1, a.k2, 1, 0);
  const pool2 = Math.floor(conv2 / 2);
  return { conv1, pool1, conv2, pool2, flat: a.c2 * pool2 * pool2 };
}

/** Throws a RangeError naming the first field outside its limits. */
export function validateCnnArch(a: CnnArch): void {
  const whole = (v: number, lo: number, hi: number, name: string) => {
    if (!Number.isInteger(v) || v < lo || v > hi) throw new RangeError(`${name} must be a whole number in ${lo}…${hi}, got ${String(v)}`);
  };
  whole(a.c1, ARCH_LIMITS.c1[0], ARCH_LIMITS.c1[1], 'c1');
  whole(a.c2, ARCH_LIMITS.c2[0], ARCH_LIMITS.c2[1], 'c2');
  if (a.k1 !== 3 && a.k1 !== 5) throw new RangeError('k1 must be 3 or 5');
  if (a.k2 !== 3 && a.k2 !== 5) throw new RangeError('k2 must be 3 or 5');
}

/** The parameter tensors, in the order the optimizer and snapshots use. */
export interface CnnParams { K1: Tensor; b1: Tensor; K2: Tensor; b2: Tensor; W: Tensor; b: Tensor }
export const PARAM_ORDER = ['K1', 'b1', 'K2', 'b2', 'W', 'b'] as const;

/** Seeded He-normal initial parameters. */
export function initCnnParams(a: CnnArch, seed: number | string): CnnParams {
  validateCnnArch(a);
  const rng = createRng(`${String(seed)}:cnn-init`);
  const s = cnnShapes(a);
  const bias = (n: number, label: string) => new Tensor(new Float64Array(n), [n], true, label);
  return {
    K1: heNormal([a.c1, 1, a.k1, a.k1], rng, 'K1'), b1: bias(a.c1, 'b1'),
    K2: heNormal([a.c2, a.c1, a.k2, a.k2], rng, 'K2'), b2: bias(a.c2, 'b2'),
    W: heNormal([10, s.flat], rng, 'W'), b: bias(10, 'b'),
  };
}

/** Every intermediate of a forward pass; `logits` [N, 10]. */
export interface CnnActivations { conv1: Tensor; pool1: Tensor; conv2: Tensor; pool2: Tensor; logits: Tensor }

/** Forward pass on x [N, 1, 28, 28] (on the tape unless called under noGrad). */
export function cnnForward(p: CnnParams, x: Tensor): CnnActivations {
  const conv1 = conv2d(x, p.K1, p.b1, { activation: 'relu' });
  const pool1 = maxPool2d(conv1, 2, 2);
  const conv2 = conv2d(pool1, p.K2, p.b2, { activation: 'relu' });
  const pool2 = maxPool2d(conv2, 2, 2);
  const logits = linear(reshape(pool2, [x.shape[0], -1]), p.W, p.b);
  return { conv1, pool1, conv2, pool2, logits };
}

/** Plain feature maps of one image: maps[channel] is a side×side row-major array. */
export interface FeatureMaps { side: number; maps: Float64Array[] }

function splitMaps(t: Tensor): FeatureMaps {
  const [C, H] = [t.shape[1], t.shape[2]];
  const maps = Array.from({ length: C }, (_, c) => Float64Array.from(t.data.subarray(c * H * H, (c + 1) * H * H)));
  return { side: H, maps };
}

/** What the page shows for one image: class probabilities and the maps after every layer. */
export interface CnnInference {
  probs: number[];
  predicted: number;
  layers: { conv1: FeatureMaps; pool1: FeatureMaps; conv2: FeatureMaps; pool2: FeatureMaps };
}

/** Rebuilds parameters from snapshot arrays (name → data), checking the shapes against `arch`. */
export function paramsFromArrays(a: CnnArch, arrays: Record<string, Float64Array>): CnnParams {
  const shapes = initShapes(a);
  const out = {} as Record<(typeof PARAM_ORDER)[number], Tensor>;
  for (const name of PARAM_ORDER) {
    const data = arrays[name];
    const shape = shapes[name];
    const size = shape.reduce((x, y) => x * y, 1);
    if (!data || data.length !== size) throw new RangeError(`parameter ${name} should hold ${size} values`);
    out[name] = new Tensor(data, shape, false, name);
  }
  return out;
}

function initShapes(a: CnnArch): Record<(typeof PARAM_ORDER)[number], number[]> {
  const s = cnnShapes(a);
  return { K1: [a.c1, 1, a.k1, a.k1], b1: [a.c1], K2: [a.c2, a.c1, a.k2, a.k2], b2: [a.c2], W: [10, s.flat], b: [10] };
}

/** One image (784 grey levels in [0, 1]) through the network: probabilities and feature maps. */
export function cnnInfer(p: CnnParams, pixels: ArrayLike<number>): CnnInference {
  if (pixels.length !== 784) throw new RangeError(`expected 784 pixels, got ${pixels.length}`);
  return noGrad(() => {
    const x = new Tensor(Float64Array.from(pixels), [1, 1, 28, 28]);
    const acts = cnnForward(p, x);
    const probs = Array.from(softmax(acts.logits, -1).data);
    let predicted = 0;
    for (let k = 1; k < 10; k++) if (probs[k] > probs[predicted]) predicted = k;
    return {
      probs, predicted,
      layers: { conv1: splitMaps(acts.conv1), pool1: splitMaps(acts.pool1), conv2: splitMaps(acts.conv2), pool2: splitMaps(acts.pool2) },
    };
  });
}
