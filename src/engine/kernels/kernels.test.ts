import { afterEach, describe, expect, it } from 'vitest';
import { kernelBackend, setKernelBackend, simd, simdAvailable } from './backend';
import { type ConvGeometry, conv2dBackward, conv2dForward, convOutSize } from './conv';
import type { Product } from './wasm/simd';
import { type Floats, jsMatmulAB, jsMatmulABt, jsMatmulAtB, matmulAB, matmulABt, matmulAtB } from './matmul';

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296 - 0.5;
  };
}

function rand32(n: number, seed: number): Float32Array {
  const r = seeded(seed);
  return Float32Array.from({ length: n }, r);
}

/** Largest |a − b| relative to the scale of the reference. */
function maxRelErr(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let scale = 1e-6;
  let err = 0;
  for (let i = 0; i < b.length; i++) scale = Math.max(scale, Math.abs(b[i]));
  for (let i = 0; i < b.length; i++) err = Math.max(err, Math.abs(a[i] - b[i]));
  return err / scale;
}

type Kernel = (a: Floats, aOff: number, b: Floats, bOff: number, c: Floats, cOff: number, m: number, k: number, n: number, acc?: boolean) => void;
const PRODUCTS: [string, Product, Kernel, Kernel][] = [
  ['A·B', 'AB', matmulAB, jsMatmulAB],
  ['A·Bᵀ', 'ABt', matmulABt, jsMatmulABt],
  ['Aᵀ·B', 'AtB', matmulAtB, jsMatmulAtB],
];

/** The SIMD kernel itself, whatever the size (the dispatcher keeps tiny products in JS). */
const direct = (kind: Product): Kernel => (a, aOff, b, bOff, c, cOff, m, k, n, acc = false) =>
  simd()!.matmul(kind, a, aOff, b, bOff, c, cOff, m, k, n, acc);
const SIZES = [1, 3, 17, 255];

afterEach(() => {
  setKernelBackend('wasm-simd');
});

describe('kernel selection', () => {
  it('picks WebAssembly SIMD at start-up in Node (SIMD is on since Node 16)', () => {
    expect(simdAvailable()).toBe(true);
    expect(kernelBackend()).toBe('wasm-simd');
  });

  it('falls back to the JS kernels when told to, and back again', () => {
    expect(setKernelBackend('js')).toBe('js');
    expect(setKernelBackend('wasm-simd')).toBe('wasm-simd');
  });
});

describe.each(PRODUCTS)('%s: SIMD kernel against the JS reference', (_name, kind, dispatch, reference) => {
  const kernel = direct(kind);
  it.each(SIZES.flatMap((m) => SIZES.map((n) => [m, n] as const)))('m = %i, n = %i over k in 1, 3, 17, 255', (m, n) => {
    for (const k of SIZES) {
      // Odd offsets into larger buffers: one matrix of a batch addressed in place.
      const a = rand32(m * k + 5, m * 7 + k);
      const b = rand32(k * n + 3, n * 11 + k);
      const got = new Float32Array(m * n + 2);
      const want = new Float64Array(m * n + 2);
      kernel(a, 5, b, 3, got, 2, m, k, n);
      reference(a, 5, b, 3, want, 2, m, k, n);
      expect(maxRelErr(got, want)).toBeLessThan(1e-5);
      expect(got[0]).toBe(0);
      expect(got[1]).toBe(0);
    }
  });

  it('accumulates into C (+=) and writes a float64 destination', () => {
    const [m, k, n] = [33, 40, 19];
    const a = rand32(m * k, 1);
    const b = rand32(k * n, 2);
    const start = Float64Array.from(rand32(m * n, 3));
    const got = start.slice();
    const want = start.slice();
    kernel(a, 0, b, 0, got, 0, m, k, n, true);
    reference(a, 0, b, 0, want, 0, m, k, n, true);
    expect(maxRelErr(got, want)).toBeLessThan(1e-5);
  });

  it('k larger than one cache block (k = 600) and an empty k = 0 product', () => {
    const [m, k, n] = [9, 600, 13];
    const a = rand32(m * k, 4);
    const b = rand32(k * n, 5);
    const got = new Float32Array(m * n);
    const want = new Float64Array(m * n);
    kernel(a, 0, b, 0, got, 0, m, k, n);
    reference(a, 0, b, 0, want, 0, m, k, n);
    expect(maxRelErr(got, want)).toBeLessThan(1e-5);
    const c = new Float32Array(64 * 64).fill(7);
    kernel(new Float32Array(0), 0, new Float32Array(0), 0, c, 0, 64, 0, 64);
    expect(c.every((v) => v === 0)).toBe(true);
  });

  it('the JS fallback gives the reference bit for bit, and float64 operands never leave JS', () => {
    const [m, k, n] = [17, 255, 17];
    const a64 = Float64Array.from(rand32(m * k, 6));
    const b64 = Float64Array.from(rand32(k * n, 7));
    const want = new Float64Array(m * n);
    reference(a64, 0, b64, 0, want, 0, m, k, n);
    const simdPath = new Float64Array(m * n);
    dispatch(a64, 0, b64, 0, simdPath, 0, m, k, n);
    expect(Array.from(simdPath)).toEqual(Array.from(want));
    setKernelBackend('js');
    const a = rand32(m * k, 8);
    const b = rand32(k * n, 9);
    const got = new Float32Array(m * n);
    const ref = new Float32Array(m * n);
    dispatch(a, 0, b, 0, got, 0, m, k, n);
    reference(a, 0, b, 0, ref, 0, m, k, n);
    expect(Array.from(got)).toEqual(Array.from(ref));
  });
});

function geometry(C: number, H: number, W: number, K: number, stride: number, pad: number): ConvGeometry {
  return { C, H, W, KH: K, KW: K, strideH: stride, strideW: stride, padH: pad, padW: pad, OH: convOutSize(H, K, stride, pad), OW: convOutSize(W, K, stride, pad) };
}

function runConv(g: ConvGeometry, N: number, F: number): { fwd: Float32Array[]; bwd: Float64Array[] } {
  const K = g.C * g.KH * g.KW;
  const P = g.OH * g.OW;
  const x = rand32(N * g.C * g.H * g.W, 11);
  const w = rand32(F * K, 12);
  const bias = rand32(F, 13);
  const gOut = Float64Array.from(rand32(N * F * P, 14));
  const out = new Float32Array(N * F * P);
  const cols = new Float32Array(K * P);
  const dx = new Float64Array(x.length);
  const dw = new Float64Array(w.length);
  const db = new Float64Array(F);
  const kernels = simd();
  if (kernels) {
    // The SIMD kernels directly (the dispatcher would keep the tiniest cases in JS); bias grad is JS.
    kernels.conv2dForward(x, w, bias, out, N, F, g);
    kernels.conv2dBackward(x, w, gOut, dx, dw, N, F, g);
    conv2dBackward(x, w, gOut, null, null, db, N, F, g, cols);
  } else {
    conv2dForward(x, w, bias, out, N, F, g, cols);
    conv2dBackward(x, w, gOut, dx, dw, db, N, F, g, cols);
  }
  return { fwd: [out], bwd: [dx, dw, db] };
}

describe('convolution: SIMD kernels against the JS reference', () => {
  const cases: [string, ConvGeometry, number, number][] = [
    ['1×1 image, 1×1 kernel', geometry(1, 1, 1, 1, 1, 0), 1, 1],
    ['odd 17×17, 3×3, padding 1', geometry(3, 17, 17, 3, 1, 1), 2, 5],
    ['stride 2 with padding 2, 5×5 kernel', geometry(2, 13, 11, 5, 2, 2), 3, 9],
    ['MNIST-sized 28×28, 5×5, 8 filters', geometry(1, 28, 28, 5, 1, 0), 4, 8],
    ['kernel as large as the padded input', geometry(4, 3, 3, 5, 1, 1), 2, 17],
    ['17×255 image, 3 channels, 17 filters (right-edge panel of 7 columns)', geometry(3, 17, 255, 3, 1, 1), 1, 17],
    ['3×1 image, 1×1 kernel, 255 filters', geometry(1, 3, 1, 1, 1, 0), 3, 255],
    ['255×3 image, stride 3', geometry(1, 255, 3, 3, 3, 1), 1, 3],
  ];
  it.each(cases)('%s', (_name, g, N, F) => {
    const fast = runConv(g, N, F);
    setKernelBackend('js');
    const js = runConv(g, N, F);
    expect(maxRelErr(fast.fwd[0], js.fwd[0])).toBeLessThan(1e-5);
    for (let i = 0; i < 3; i++) expect(maxRelErr(fast.bwd[i], js.bwd[i])).toBeLessThan(1e-5);
  });

  it('the dispatcher sends a float32 batch to SIMD and gives the same numbers', () => {
    const g = geometry(3, 17, 17, 3, 1, 1);
    const x = rand32(2 * 3 * 17 * 17, 21);
    const w = rand32(5 * 27, 22);
    const viaDispatch = new Float32Array(2 * 5 * 289);
    conv2dForward(x, w, null, viaDispatch, 2, 5, g, new Float32Array(27 * 289));
    setKernelBackend('js');
    const js = new Float32Array(viaDispatch.length);
    conv2dForward(x, w, null, js, 2, 5, g, new Float32Array(27 * 289));
    expect(maxRelErr(viaDispatch, js)).toBeLessThan(1e-5);
  });
});
