/**
 * Pooling over NCHW (or CHW) tensors without padding: maxPool2d remembers the
 * winning input index of every output for its backward; avgPool2d spreads the
 * gradient evenly over each window.
 */
import { maxPoolForward } from '../kernels/elementwise';
import { allocFor, Tensor } from '../tensor';
import { needsGrad, record } from '../tape';
import { badShape } from './util';
import { float64Buffer } from '../buffers';

interface PoolGeometry {
  planes: number;
  H: number;
  W: number;
  OH: number;
  OW: number;
  outShape: number[];
}

function geometry(op: string, x: Tensor, size: number, stride: number): PoolGeometry {
  if (x.ndim < 2) throw badShape(op, x, 'needs at least 2 dimensions');
  const H = x.shape[x.ndim - 2];
  const W = x.shape[x.ndim - 1];
  const OH = Math.floor((H - size) / stride) + 1;
  const OW = Math.floor((W - size) / stride) + 1;
  if (OH < 1 || OW < 1) throw badShape(op, x, `is smaller than the ${size}×${size} window`);
  const outShape = x.shape.slice(0, -2).concat(OH, OW);
  return { planes: x.size / (H * W), H, W, OH, OW, outShape };
}

/**
 * Max pooling with a `size`×`size` window and `stride` (default = size).
 * Inputs with odd sizes drop the incomplete last row/column (floor).
 */
export function maxPool2d(x: Tensor, size = 2, stride = size): Tensor {
  const { planes, H, W, OH, OW, outShape } = geometry('maxPool2d', x, size, stride);
  const src = x.data;
  const out = allocFor(planes * OH * OW, x);
  // The winners are kept only when the op is recorded (its backward and the stepper need them).
  const arg = needsGrad(x) ? new Int32Array(out.length) : null;
  maxPoolForward(src, planes, H, W, size, stride, OH, OW, out, arg);
  if (!arg) return new Tensor(out, outShape);
  return record('maxPool2d', [x], new Tensor(out, outShape), (g) => {
    const gx = float64Buffer(x.size);
    for (let i = 0; i < arg.length; i++) gx[arg[i]] += g[i];
    return [gx];
  }, () => ({ rules: ['1 at the window winner, 0 elsewhere'], info: { winners: Array.from(arg) } }));
}

/** Average pooling with a `size`×`size` window and `stride` (default = size). */
export function avgPool2d(x: Tensor, size = 2, stride = size): Tensor {
  const { planes, H, W, OH, OW, outShape } = geometry('avgPool2d', x, size, stride);
  const src = x.data;
  const inv = 1 / (size * size);
  const out = allocFor(planes * OH * OW, x);
  let o = 0;
  for (let p = 0; p < planes; p++) {
    for (let oh = 0; oh < OH; oh++) {
      for (let ow = 0; ow < OW; ow++, o++) {
        let s = 0;
        for (let kh = 0; kh < size; kh++) {
          const row = p * H * W + (oh * stride + kh) * W + ow * stride;
          for (let kw = 0; kw < size; kw++) s += src[row + kw];
        }
        out[o] = s * inv;
      }
    }
  }
  return record('avgPool2d', [x], new Tensor(out, outShape), (g) => {
    const gx = new Float64Array(x.size);
    let q = 0;
    for (let p = 0; p < planes; p++) {
      for (let oh = 0; oh < OH; oh++) {
        for (let ow = 0; ow < OW; ow++, q++) {
          const share = g[q] * inv;
          for (let kh = 0; kh < size; kh++) {
            const row = p * H * W + (oh * stride + kh) * W + ow * stride;
            for (let kw = 0; kw < size; kw++) gx[row + kw] += share;
          }
        }
      }
    }
    return [gx];
  }, () => ({ rules: [`1/${size * size} to every window element`] }));
}
