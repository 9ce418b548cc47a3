/**
 * The WebAssembly SIMD kernels (wasm/kernels.ts, built by scripts/build-wasm.mjs) behind the same
 * calling convention as the JS kernels: flat typed arrays plus offsets. Operands are copied into the
 * module's linear memory as float32, the kernel runs there, and the result is copied back (widened
 * if the destination is a Float64Array). The module is ~3 KB, so it is compiled synchronously in
 * every realm (page, workers, Node) at start-up; where WebAssembly SIMD is missing, {@link loadSimd}
 * returns null and the engine keeps its JS kernels.
 */
import type { ConvGeometry } from '../conv';
import { KERNELS_WASM_BASE64 } from './bytes.generated';

type Floats = Float64Array | Float32Array;
type Fn = (...args: number[]) => number;

interface Exports {
  memory: WebAssembly.Memory;
  heapBase: Fn;
  packB: Fn;
  gemm: Fn;
  im2col: Fn;
  col2imAdd: Fn;
  addBiasRows: Fn;
  gemmU: Fn;
  relu: Fn;
  maxPool: Fn;
  matvec: Fn;
  reluBackward: Fn;
  gemmOffsets: Fn;
  padImage: Fn;
  cropRows: Fn;
}

/** Which product: C = A·B, A·Bᵀ or Aᵀ·B (shapes as in kernels/matmul.ts). */
export type Product = 'AB' | 'ABt' | 'AtB';

/** The SIMD kernel set; every method has the same meaning as its JS twin. */
export interface SimdKernels {
  matmul(kind: Product, a: Floats, aOff: number, b: Floats, bOff: number, c: Floats, cOff: number, m: number, k: number, n: number, accumulate: boolean): void;
  conv2dForward(x: Floats, w: Floats, bias: Floats | null, out: Floats, N: number, F: number, g: ConvGeometry, relu?: boolean): void;
  conv2dBackward(x: Floats, w: Floats, gOut: Floats, dx: Floats | null, dw: Floats | null, N: number, F: number, g: ConvGeometry): void;
  /** y = ReLU(x) over float32 arrays of equal length. */
  relu(x: Float32Array, y: Float32Array): void;
  /** d = ReLU'(x)·g (float32 x, float64 gradients). */
  reluBackward(x: Float32Array, g: Float64Array, d: Float64Array): void;
  /** Max pooling (see wasm/kernels.ts maxPool); `out` gets the maxima, `arg` the winners' flat indices. */
  maxPool(x: Float32Array, planes: number, H: number, W: number, size: number, stride: number, OH: number, OW: number, out: Float32Array, arg: Int32Array | null): void;
  /** A float32 matrix copied once into its own WebAssembly memory, for repeated matrix·vector products. */
  residentMatrix(m: Float32Array, rows: number, dim: number): ResidentMatrix;
}

/** See {@link SimdKernels.residentMatrix}. */
export interface ResidentMatrix {
  /** scores[r] = row r · q (f32); the returned view is valid until the next call. */
  matvec(q: ArrayLike<number>): Float32Array;
}

function decode(b64: string): Uint8Array<ArrayBuffer> {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** Bump allocator over the module memory, reset per call; grows the memory when needed. */
class Arena {
  private top = 0;
  f32: Float32Array;
  constructor(private readonly ex: Exports, private readonly base: number) {
    this.f32 = new Float32Array(ex.memory.buffer);
  }
  reset(): void {
    this.top = this.base;
  }
  /** Reserves `n` floats (16-byte aligned); returns the byte address. */
  take(n: number): number {
    const p = this.top;
    this.top = (p + n * 4 + 15) & ~15;
    const need = this.top - this.ex.memory.buffer.byteLength;
    if (need > 0) {
      this.ex.memory.grow(Math.ceil(need / 65536));
      this.f32 = new Float32Array(this.ex.memory.buffer);
    }
    return p;
  }
  /** Copies src[off, off+n) in; returns its byte address. */
  put(src: ArrayLike<number> & { subarray(a: number, b: number): Floats }, off: number, n: number): number {
    const p = this.take(n);
    this.f32.set(src.subarray(off, off + n), p >> 2);
    return p;
  }
  /** Copies n floats at byte address p out into dst at off. */
  get(p: number, dst: Floats, off: number, n: number): void {
    dst.set(this.f32.subarray(p >> 2, (p >> 2) + n), off);
  }
}

// Strides of A (element (i, p)) and B (element (p, j)) for each product, in elements.
function strides(kind: Product, m: number, k: number, n: number): [number, number, number, number] {
  if (kind === 'AB') return [k, 1, n, 1];
  if (kind === 'ABt') return [k, 1, 1, k];
  return [1, m, n, 1];
}

function makeKernels(ex: Exports, module: WebAssembly.Module): SimdKernels {
  const mem = new Arena(ex, ex.heapBase());
  const packed = (k: number, n: number) => mem.take(Math.ceil(n / 8) * 8 * k);

  function matmul(kind: Product, a: Floats, aOff: number, b: Floats, bOff: number, c: Floats, cOff: number, m: number, k: number, n: number, accumulate: boolean): void {
    mem.reset();
    const [rsA, csA, rsB, csB] = strides(kind, m, k, n);
    const pa = mem.put(a, aOff, m * k);
    const pb = mem.put(b, bOff, k * n);
    const pp = packed(k, n);
    const pc = accumulate ? mem.put(c, cOff, m * n) : mem.take(m * n);
    ex.packB(pb, rsB, csB, k, n, pp);
    ex.gemm(pa, rsA, csA, pp, pc, m, n, k, accumulate ? 1 : 0);
    mem.get(pc, c, cOff, m * n);
  }

  /**
   * Stride 1: no im2col. Each image is zero-padded (if needed) to [C, Hp, Wp]; output row oh, column
   * ow of the padded width is Σ over taps (c, kh, kw) of W·x at offset c·Hp·Wp + kh·Wp + kw + oh·Wp + ow,
   * so one product over a table of tap offsets gives [F, OH, Wp], cropped to [F, OH, OW] with the bias.
   */
  function conv2dForwardDirect(x: Floats, w: Floats, bias: Floats | null, out: Floats, N: number, F: number, g: ConvGeometry, relu: boolean): void {
    mem.reset();
    const K = g.C * g.KH * g.KW;
    const img = g.C * g.H * g.W;
    const Hp = g.H + 2 * g.padH;
    const Wp = g.W + 2 * g.padW;
    const padded = g.padH > 0 || g.padW > 0;
    const slack = g.KW + 8;
    const px = mem.put(x, 0, N * img);
    mem.take(slack);
    const pw = mem.put(w, 0, F * K);
    const pbias = bias ? mem.put(bias, 0, F) : 0;
    const poffs = mem.take(K);
    const offs = new Int32Array(ex.memory.buffer, poffs, K);
    for (let c = 0, t = 0; c < g.C; c++) for (let kh = 0; kh < g.KH; kh++) for (let kw = 0; kw < g.KW; kw++) offs[t++] = (c * Hp + kh) * Wp + kw;
    const pxp = padded ? mem.take(g.C * Hp * Wp + slack) : 0;
    const pwide = mem.take(F * g.OH * Wp);
    const P = g.OH * g.OW;
    const po = mem.take(N * F * P);
    for (let i = 0; i < N; i++) {
      let src = px + i * img * 4;
      if (padded) {
        ex.padImage(src, g.C, g.H, g.W, g.padH, g.padW, pxp);
        src = pxp;
      }
      ex.gemmOffsets(pw, K, src, poffs, pwide, F, g.OH * Wp);
      ex.cropRows(pwide, F, g.OH, Wp, g.OW, pbias, po + i * F * P * 4);
    }
    if (relu) ex.relu(po, po, N * F * P);
    mem.get(po, out, 0, N * F * P);
  }

  function conv2dForward(x: Floats, w: Floats, bias: Floats | null, out: Floats, N: number, F: number, g: ConvGeometry, relu = false): void {
    if (g.strideH === 1 && g.strideW === 1) {
      conv2dForwardDirect(x, w, bias, out, N, F, g, relu);
      return;
    }
    mem.reset();
    const K = g.C * g.KH * g.KW;
    const P = g.OH * g.OW;
    const img = g.C * g.H * g.W;
    const px = mem.put(x, 0, N * img);
    const pw = mem.put(w, 0, F * K);
    const pbias = bias ? mem.put(bias, 0, F) : 0;
    // 8 floats of slack after cols: gemmU's right-edge panel reads past the last row.
    const pcols = mem.take(K * P + 8);
    const po = mem.take(N * F * P);
    for (let i = 0; i < N; i++) {
      ex.im2col(px + i * img * 4, g.C, g.H, g.W, g.KH, g.KW, g.strideH, g.strideW, g.padH, g.padW, g.OH, g.OW, pcols);
      const o = po + i * F * P * 4;
      ex.gemmU(pw, K, 1, pcols, P, o, F, P, K, 0);
      if (bias) ex.addBiasRows(o, pbias, F, P);
    }
    if (relu) ex.relu(po, po, N * F * P);
    mem.get(po, out, 0, N * F * P);
  }

  function conv2dBackward(x: Floats, w: Floats, gOut: Floats, dx: Floats | null, dw: Floats | null, N: number, F: number, g: ConvGeometry): void {
    mem.reset();
    const K = g.C * g.KH * g.KW;
    const P = g.OH * g.OW;
    const img = g.C * g.H * g.W;
    const pg = mem.put(gOut, 0, N * F * P);
    mem.take(8); // slack: gemmU reads up to 7 floats past the last row of gOut
    const px = dw ? mem.put(x, 0, N * img) : 0;
    const pw = dx ? mem.put(w, 0, F * K) : 0;
    const pdw = dw ? mem.put(dw, 0, F * K) : 0;
    const pdx = dx ? mem.put(dx, 0, N * img) : 0;
    const pcols = mem.take(K * P);
    const pp = dw ? packed(P, K) : 0;
    for (let i = 0; i < N; i++) {
      const gi = pg + i * F * P * 4;
      if (dw) {
        ex.im2col(px + i * img * 4, g.C, g.H, g.W, g.KH, g.KW, g.strideH, g.strideW, g.padH, g.padW, g.OH, g.OW, pcols);
        // dW[F×K] += gOut_i[F×P] · cols[K×P]ᵀ
        ex.packB(pcols, 1, P, P, K, pp);
        ex.gemm(gi, P, 1, pp, pdw, F, K, P, 1);
      }
      if (dx) {
        // cols[K×P] = W[F×K]ᵀ · gOut_i[F×P], gOut read in place
        ex.gemmU(pw, 1, K, gi, P, pcols, K, P, F, 0);
        ex.col2imAdd(pcols, g.C, g.H, g.W, g.KH, g.KW, g.strideH, g.strideW, g.padH, g.padW, g.OH, g.OW, pdx + i * img * 4);
      }
    }
    if (dw) mem.get(pdw, dw, 0, F * K);
    if (dx) mem.get(pdx, dx, 0, N * img);
  }

  function relu(x: Float32Array, y: Float32Array): void {
    mem.reset();
    const p = mem.put(x, 0, x.length);
    ex.relu(p, p, x.length);
    mem.get(p, y, 0, x.length);
  }

  function reluBackward(x: Float32Array, g: Float64Array, d: Float64Array): void {
    mem.reset();
    const n = x.length;
    const px = mem.put(x, 0, n);
    const pg = mem.take(2 * n); // n float64 (take counts float32 slots, 16-byte aligned)
    const pd = mem.take(2 * n);
    new Float64Array(ex.memory.buffer, pg, n).set(g);
    ex.reluBackward(px, pg, pd, n);
    d.set(new Float64Array(ex.memory.buffer, pd, n));
  }

  function maxPool(x: Float32Array, planes: number, H: number, W: number, size: number, stride: number, OH: number, OW: number, out: Float32Array, arg: Int32Array | null): void {
    mem.reset();
    const px = mem.put(x, 0, x.length);
    mem.take(8); // slack: the 2×2 kernel's last partial step reads up to 6 floats past x
    const po = mem.take(out.length);
    const pa = arg ? mem.take(out.length) : 0;
    ex.maxPool(px, planes, H, W, size, stride, OH, OW, po, pa);
    mem.get(po, out, 0, out.length);
    if (arg) arg.set(new Int32Array(ex.memory.buffer, pa, arg.length));
  }

  return { matmul, conv2dForward, conv2dBackward, relu, reluBackward, maxPool, residentMatrix: (m, rows, dim) => resident(m, rows, dim, module) };
}

/**
 * A new instance of the kernel module (its own memory, grown once to fit) holding a copy of `m`;
 * the instance never grows again, so its views stay valid.
 */
function resident(m: Float32Array, rows: number, dim: number, module: WebAssembly.Module): ResidentMatrix {
  const ex = new WebAssembly.Instance(module, {}).exports as unknown as Exports;
  const base = ex.heapBase();
  const n = rows * dim;
  const pm = base;
  const pq = (pm + n * 4 + 15) & ~15;
  const ps = (pq + dim * 4 + 15) & ~15;
  const need = ps + rows * 4 + 16 - ex.memory.buffer.byteLength;
  if (need > 0) ex.memory.grow(Math.ceil(need / 65536));
  const buf = ex.memory.buffer;
  new Float32Array(buf, pm, n).set(m.subarray(0, n));
  const q32 = new Float32Array(buf, pq, dim);
  const scores = new Float32Array(buf, ps, rows);
  return {
    matvec(q) {
      for (let j = 0; j < dim; j++) q32[j] = q[j];
      ex.matvec(pm, rows, dim, pq, ps);
      return scores;
    },
  };
}

/** Compiles and instantiates the kernel module; null where WebAssembly SIMD is unavailable or blocked. */
export function loadSimd(): SimdKernels | null {
  try {
    if (typeof WebAssembly !== 'object' || !KERNELS_WASM_BASE64) return null;
    const bytes = decode(KERNELS_WASM_BASE64);
    if (!WebAssembly.validate(bytes)) return null;
    const module = new WebAssembly.Module(bytes);
    const instance = new WebAssembly.Instance(module, {});
    return makeKernels(instance.exports as unknown as Exports, module);
  } catch {
    return null;
  }
}
