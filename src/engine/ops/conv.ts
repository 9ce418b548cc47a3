/** conv2d (NCHW) and conv1d (NCL): multi-channel, stride, zero padding, bias, optionally a fused ReLU. */
import { type ConvGeometry, conv2dBackward, conv2dForward, convOutSize } from '../kernels/conv';
import { reluBackward } from '../kernels/elementwise';
import { allocFor, Tensor } from '../tensor';
import { record } from '../tape';
import { badShape, shapeError } from './util';
import { float64Buffer, recycle } from '../buffers';

/** Stride and zero padding; a number applies to both spatial axes. Defaults 1 and 0. */
export interface ConvOptions {
  stride?: number | [number, number];
  padding?: number | [number, number];
  /**
   * 'relu': the output is max(0, convolution + bias), computed in the same pass (one tape node, no
   * intermediate tensor). Values and gradients equal relu(conv2d(…)) exactly.
   */
  activation?: 'relu';
}

const pair = (v: number | [number, number]): [number, number] => (typeof v === 'number' ? [v, v] : v);

function convCore(op: string, x: Tensor, w: Tensor, bias: Tensor | null, g: ConvGeometry, N: number, outShape: number[], relu = false): Tensor {
  const F = w.shape[0];
  const out = allocFor(N * F * g.OH * g.OW, x, w, bias);
  // The kernels allocate im2col scratch only on the JS path (the SIMD one keeps it in WebAssembly memory).
  conv2dForward(x.data, w.data, bias ? bias.data : null, out, N, F, g, null, relu);
  const inputs = bias ? [x, w, bias] : [x, w];
  return record(relu ? `${op}+relu` : op, inputs, new Tensor(out, outShape), (gOut) => {
    const dx = x.requiresGrad ? float64Buffer(x.size) : null;
    const dw = w.requiresGrad ? float64Buffer(w.size) : null;
    const db = bias && bias.requiresGrad ? float64Buffer(bias.size) : null;
    // Through the ReLU first: relu'(z) read from the output (out > 0 exactly where z > 0; NaN stays NaN).
    let gz = gOut;
    if (relu) {
      gz = float64Buffer(gOut.length);
      reluBackward(out, gOut, gz);
    }
    conv2dBackward(x.data, w.data, gz, dx, dw, db, N, F, g);
    if (gz !== gOut) recycle(gz);
    return bias ? [dx, dw, db] : [dx, dw];
  }, () => ({
    rules: [...(relu ? ['1 if out>0 else 0 (ReLU), then:'] : []), 'full correlation of ∂L/∂out with the flipped kernel', '∂L/∂out ⊛ input patches', 'Σ ∂L/∂out'],
    info: { strideH: g.strideH, strideW: g.strideW, padH: g.padH, padW: g.padW, OH: g.OH, OW: g.OW },
  }));
}

function checkBias(op: string, bias: Tensor | null | undefined, F: number): Tensor | null {
  if (!bias) return null;
  if (bias.size !== F) throw badShape(op, bias, `is not a bias of length ${F}`);
  return bias;
}

/**
 * 2-D convolution (cross-correlation, as in every DL library).
 * x: [N, C, H, W] or [C, H, W]; w: [F, C, KH, KW]; bias: [F] (optional).
 * Output: [N, F, OH, OW] (or [F, OH, OW]), OH = ⌊(H + 2p − KH)/s⌋ + 1.
 */
export function conv2d(x: Tensor, w: Tensor, bias?: Tensor | null, opts: ConvOptions = {}): Tensor {
  const batched = x.ndim === 4;
  if (!batched && x.ndim !== 3) throw badShape('conv2d', x, 'is not [N,C,H,W] or [C,H,W]');
  if (w.ndim !== 4) throw badShape('conv2d', w, 'is not a kernel [F,C,KH,KW]');
  const [N, C, H, W] = batched ? x.shape : [1, ...x.shape];
  const [F, WC, KH, KW] = w.shape;
  if (WC !== C) throw shapeError('conv2d', x, w, `input has ${C} channels, kernel expects ${WC}`);
  const [strideH, strideW] = pair(opts.stride ?? 1);
  const [padH, padW] = pair(opts.padding ?? 0);
  const OH = convOutSize(H, KH, strideH, padH);
  const OW = convOutSize(W, KW, strideW, padW);
  if (OH < 1 || OW < 1) throw shapeError('conv2d', x, w, 'kernel larger than padded input');
  const g: ConvGeometry = { C, H, W, KH, KW, strideH, strideW, padH, padW, OH, OW };
  const outShape = batched ? [N, F, OH, OW] : [F, OH, OW];
  return convCore('conv2d', x, w, checkBias('conv2d', bias, F), g, N, outShape, opts.activation === 'relu');
}

/**
 * 1-D convolution. x: [N, C, L] or [C, L]; w: [F, C, K]; bias [F] optional.
 * Output [N, F, OL] with OL = ⌊(L + 2p − K)/s⌋ + 1.
 */
export function conv1d(x: Tensor, w: Tensor, bias?: Tensor | null, opts: { stride?: number; padding?: number } = {}): Tensor {
  const batched = x.ndim === 3;
  if (!batched && x.ndim !== 2) throw badShape('conv1d', x, 'is not [N,C,L] or [C,L]');
  if (w.ndim !== 3) throw badShape('conv1d', w, 'is not a kernel [F,C,K]');
  const [N, C, L] = batched ? x.shape : [1, ...x.shape];
  const [F, WC, K] = w.shape;
  if (WC !== C) throw shapeError('conv1d', x, w, `input has ${C} channels, kernel expects ${WC}`);
  const stride = opts.stride ?? 1;
  const pad = opts.padding ?? 0;
  const OL = convOutSize(L, K, stride, pad);
  if (OL < 1) throw shapeError('conv1d', x, w, 'kernel larger than padded input');
  // A 1-D convolution is a 2-D one with height 1 and no vertical padding.
  const g: ConvGeometry = { C, H: 1, W: L, KH: 1, KW: K, strideH: 1, strideW: stride, padH: 0, padW: pad, OH: 1, OW: OL };
  return convCore('conv1d', x, w, checkBias('conv1d', bias, F), g, N, batched ? [N, F, OL] : [F, OL]);
}
