/**
 * One value of a convolution layer written out as the deck's layer formula
 * hⱼⁿ = max(0, Σₖ hₖⁿ⁻¹ * wₖⱼⁿ + bⱼⁿ): each input channel's share at one position,
 * their sum, the bias and the ReLU. Computed from the same parameters the engine's
 * conv2d uses, so the page can put the two side by side.
 */
import { noGrad } from '../engine/tape';
import { Tensor } from '../engine/tensor';
import { cnnForward, type CnnParams } from './cnnNet';

/** The layer formula at output channel `j`, position (`row`, `col`) of conv layer `layer`. */
export interface LayerSum {
  layer: 1 | 2;
  j: number;
  row: number;
  col: number;
  /** Side of the layer's output map. */
  side: number;
  /** Output channels of the layer. */
  channels: number;
  /** (hₖⁿ⁻¹ * wₖⱼⁿ)(row, col): one entry per input channel k. */
  terms: number[];
  /** Σₖ terms. */
  sum: number;
  bias: number;
  /** sum + bias, before the ReLU. */
  pre: number;
  /** max(0, pre). */
  out: number;
}

/** The input maps of a layer, [C][H·W], for one 28×28 image. */
function layerInput(p: CnnParams, pixels: ArrayLike<number>, layer: 1 | 2): { maps: Float64Array; C: number; H: number } {
  if (layer === 1) return { maps: Float64Array.from(pixels), C: 1, H: 28 };
  const pool1 = noGrad(() => cnnForward(p, new Tensor(Float64Array.from(pixels), [1, 1, 28, 28])).pool1);
  return { maps: Float64Array.from(pool1.data), C: pool1.shape[1], H: pool1.shape[2] };
}

/**
 * The layer formula with numbers. Channel and position are clamped into the layer's sizes
 * (a link from a larger network still shows something).
 * @throws RangeError when `pixels` is not 784 values.
 */
export function layerSum(p: CnnParams, pixels: ArrayLike<number>, layer: 1 | 2, j: number, row: number, col: number): LayerSum {
  if (pixels.length !== 784) throw new RangeError(`expected 784 pixels, got ${pixels.length}`);
  const K = layer === 1 ? p.K1 : p.K2;
  const b = layer === 1 ? p.b1 : p.b2;
  const [F, C, k] = [K.shape[0], K.shape[1], K.shape[2]];
  const input = layerInput(p, pixels, layer);
  const side = input.H - k + 1;
  const clamp = (v: number, n: number) => Math.max(0, Math.min(n - 1, Math.floor(v)));
  const [jj, r, c] = [clamp(j, F), clamp(row, side), clamp(col, side)];
  const terms = Array.from({ length: C }, (_, ch) => {
    let s = 0;
    for (let a = 0; a < k; a++) {
      for (let q = 0; q < k; q++) s += input.maps[ch * input.H * input.H + (r + a) * input.H + c + q] * K.data[((jj * C + ch) * k + a) * k + q];
    }
    return s;
  });
  const sum = terms.reduce((x, y) => x + y, 0);
  const bias = b.data[jj];
  const pre = sum + bias;
  return { layer, j: jj, row: r, col: c, side, channels: F, terms, sum, bias, pre, out: Math.max(0, pre) };
}
