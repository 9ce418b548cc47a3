/**
 * Saliency of one image: δx = ∂(class score)/∂(input pixels) of the MNIST CNN, from one backward
 * pass of the engine's tape with the input as the only tensor that asks for a gradient.
 * The class score is the logit (before softmax) of the chosen class.
 */
import { backward, noGrad } from '../engine/tape';
import { Tensor } from '../engine/tensor';
import { cnnForward, type CnnParams } from './cnnNet';

export interface Saliency {
  /** The class whose score was differentiated. */
  cls: number;
  /** Its logit for this image. */
  score: number;
  /** All ten logits. */
  logits: number[];
  /** ∂score/∂pixel, 784 values, row-major. */
  grad: Float64Array;
  /** max |grad| (0 for a flat map). */
  maxAbs: number;
  /** The pixel where |grad| is largest. */
  maxAt: number;
}

/**
 * δx for class `cls` (default: the predicted class) on a 28×28 image (784 grey levels in [0, 1]).
 * @throws RangeError for a wrong pixel count or a class outside 0…9.
 */
export function cnnSaliency(p: CnnParams, pixels: ArrayLike<number>, cls?: number): Saliency {
  if (pixels.length !== 784) throw new RangeError(`expected 784 pixels, got ${pixels.length}`);
  const x = new Tensor(Float64Array.from(pixels), [1, 1, 28, 28], true, 'x');
  const logitsT = cnnForward(p, x).logits;
  const logits = Array.from(logitsT.data);
  const c = cls ?? logits.indexOf(Math.max(...logits));
  if (!(Number.isInteger(c) && c >= 0 && c < 10)) throw new RangeError(`class must be 0…9, got ${String(cls)}`);
  const seed = new Float64Array(10);
  seed[c] = 1;
  backward(logitsT, seed);
  const grad = Float64Array.from(x.grad ?? new Float64Array(784));
  let maxAt = 0;
  for (let i = 1; i < grad.length; i++) if (Math.abs(grad[i]) > Math.abs(grad[maxAt])) maxAt = i;
  return { cls: c, score: logits[c], logits, grad, maxAbs: Math.abs(grad[maxAt]), maxAt };
}

/** The class score after changing one pixel: a check of δx that needs no gradient. */
export function scoreOf(p: CnnParams, pixels: ArrayLike<number>, cls: number): number {
  return noGrad(() => cnnForward(p, new Tensor(Float64Array.from(pixels), [1, 1, 28, 28])).logits.data[cls]);
}

/**
 * Nudges the most salient grey pixel (strictly between 0 and 1; any pixel if there is none) by ε = ±0.0001
 * (the sign that keeps it in [0, 1]) and compares the score's real change with δx · ε. Grey pixels lie on
 * the stroke's edge: the flat black or white parts of a digit make identical patches, hence exact ties in
 * the max-pool windows, where the gradient is one of two one-sided slopes and a nudge may take the other.
 */
export function nudgeCheck(p: CnnParams, pixels: ArrayLike<number>, s: Saliency) {
  const grey = (i: number) => pixels[i] > 0 && pixels[i] < 1;
  const anyGrey = Array.from({ length: s.grad.length }, (_, i) => i).some(grey);
  let pixel = -1;
  for (let i = 0; i < s.grad.length; i++) {
    if (anyGrey && !grey(i)) continue;
    if (pixel < 0 || Math.abs(s.grad[i]) > Math.abs(s.grad[pixel])) pixel = i;
  }
  const eps = pixels[pixel] + 1e-4 > 1 ? -1e-4 : 1e-4;
  const moved = Float64Array.from(pixels);
  moved[pixel] += eps;
  return { pixel, row: Math.floor(pixel / 28), col: pixel % 28, eps, predicted: s.grad[pixel] * eps, actual: scoreOf(p, moved, s.cls) - s.score };
}
