/**
 * Convolution kernels (NCHW) via im2col + matmul: each output position's
 * receptive field becomes a column, so the convolution is one matrix product
 * per image — much faster in JS than six nested loops with bounds checks.
 * With float32 operands (and the SIMD kernels loaded, see ./backend.ts) the
 * whole batch runs in WebAssembly; `cols` is then unused.
 */
import { simd, simdFor } from './backend';
import { type Floats, jsMatmulAB, jsMatmulABt, jsMatmulAtB } from './matmul';

/** Geometry of a 2-D convolution for one image. All sizes in elements. */
export interface ConvGeometry {
  C: number; H: number; W: number;
  KH: number; KW: number;
  strideH: number; strideW: number;
  padH: number; padW: number;
  OH: number; OW: number;
}

/** Output length along one axis: ⌊(n + 2·pad − k) / stride⌋ + 1. */
export function convOutSize(n: number, k: number, stride: number, pad: number): number {
  return Math.floor((n + 2 * pad - k) / stride) + 1;
}

/** Unfolds one image (at `xOff`) into `cols` [C·KH·KW, OH·OW]; padding reads as 0. */
export function im2col(x: Floats, xOff: number, g: ConvGeometry, cols: Floats): void {
  const { C, H, W, KH, KW, strideH, strideW, padH, padW, OH, OW } = g;
  const P = OH * OW;
  for (let c = 0; c < C; c++) {
    for (let kh = 0; kh < KH; kh++) {
      for (let kw = 0; kw < KW; kw++) {
        const rowOff = ((c * KH + kh) * KW + kw) * P;
        for (let oh = 0; oh < OH; oh++) {
          const ih = oh * strideH - padH + kh;
          const dst = rowOff + oh * OW;
          if (ih < 0 || ih >= H) {
            cols.fill(0, dst, dst + OW);
            continue;
          }
          const src = xOff + (c * H + ih) * W;
          for (let ow = 0; ow < OW; ow++) {
            const iw = ow * strideW - padW + kw;
            cols[dst + ow] = iw >= 0 && iw < W ? x[src + iw] : 0;
          }
        }
      }
    }
  }
}

/** Folds `cols` back, adding into the image gradient `dx` at `dxOff` (inverse of im2col). */
export function col2imAdd(cols: Floats, g: ConvGeometry, dx: Floats, dxOff: number): void {
  const { C, H, W, KH, KW, strideH, strideW, padH, padW, OH, OW } = g;
  const P = OH * OW;
  for (let c = 0; c < C; c++) {
    for (let kh = 0; kh < KH; kh++) {
      for (let kw = 0; kw < KW; kw++) {
        const rowOff = ((c * KH + kh) * KW + kw) * P;
        for (let oh = 0; oh < OH; oh++) {
          const ih = oh * strideH - padH + kh;
          if (ih < 0 || ih >= H) continue;
          const dst = dxOff + (c * H + ih) * W;
          for (let ow = 0; ow < OW; ow++) {
            const iw = ow * strideW - padW + kw;
            if (iw >= 0 && iw < W) dx[dst + iw] += cols[rowOff + oh * OW + ow];
          }
        }
      }
    }
  }
}

/** Scratch for the JS kernels' im2col, of the operands' precision. */
const scratch = (x: Floats, w: Floats, g: ConvGeometry): Floats => {
  const n = g.C * g.KH * g.KW * g.OH * g.OW;
  return x instanceof Float32Array || w instanceof Float32Array ? new Float32Array(n) : new Float64Array(n);
};

/**
 * out[N,F,OH,OW] = w[F, C·KH·KW] ⊛ x[N,C,H,W] + bias[F], then max(0, ·) if `relu`; `cols` is scratch
 * of size C·KH·KW·OH·OW for the JS kernels (null: allocated here when needed).
 */
export function conv2dForward(
  x: Floats, w: Floats, bias: Floats | null, out: Floats,
  N: number, F: number, g: ConvGeometry, cols: Floats | null = null, relu = false,
): void {
  const K = g.C * g.KH * g.KW;
  const P = g.OH * g.OW;
  if (simdFor(x, w, N * F * K * P)) {
    simd()!.conv2dForward(x, w, bias, out, N, F, g, relu);
    return;
  }
  const imgSize = g.C * g.H * g.W;
  cols ??= scratch(x, w, g);
  for (let n = 0; n < N; n++) {
    im2col(x, n * imgSize, g, cols);
    jsMatmulAB(w, 0, cols, 0, out, n * F * P, F, K, P);
    if (bias) {
      for (let f = 0; f < F; f++) {
        const o = (n * F + f) * P;
        for (let p = 0; p < P; p++) out[o + p] += bias[f];
      }
    }
  }
  // The same rule as the ReLU op: negatives become 0; NaN and −0 pass through.
  if (relu) for (let i = 0; i < out.length; i++) if (out[i] < 0) out[i] = 0;
}

/** Gradients of conv2dForward; pass null for any gradient that is not needed (and for `cols`, as above). */
export function conv2dBackward(
  x: Floats, w: Floats, gOut: Floats,
  dx: Floats | null, dw: Floats | null, db: Floats | null,
  N: number, F: number, g: ConvGeometry, cols: Floats | null = null,
): void {
  const K = g.C * g.KH * g.KW;
  const P = g.OH * g.OW;
  const imgSize = g.C * g.H * g.W;
  const wasm = simdFor(x, w, N * F * K * P) && (dx || dw);
  if (wasm) simd()!.conv2dBackward(x, w, gOut, dx, dw, N, F, g);
  else if (dx || dw) cols ??= scratch(x, w, g);
  for (let n = 0; n < N; n++) {
    const gOff = n * F * P;
    if (dw && !wasm) {
      im2col(x, n * imgSize, g, cols!);
      jsMatmulABt(gOut, gOff, cols!, 0, dw, 0, F, P, K, true);
    }
    if (dx && !wasm) {
      jsMatmulAtB(w, 0, gOut, gOff, cols!, 0, K, F, P);
      col2imAdd(cols!, g, dx, n * imgSize);
    }
    if (db) {
      for (let f = 0; f < F; f++) {
        let s = 0;
        for (let p = 0; p < P; p++) s += gOut[gOff + f * P + p];
        db[f] += s;
      }
    }
  }
}
