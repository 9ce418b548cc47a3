// WebAssembly SIMD (128-bit) kernels of the engine, in AssemblyScript. Built by scripts/build-wasm.mjs
// into a generated module (src/engine/kernels/wasm/bytes.generated.ts); never committed as a binary.
//
// All matrices are f32 in this module's linear memory; every pointer is a byte address and every
// size is in elements. The JS side (src/engine/kernels/wasm/simd.ts) copies operands in and results out.
//
// The product C[m×n] (+)= A·B is computed GotoBLAS-style: B is packed into panels of 8 columns
// (k rows × 8 contiguous floats, zero-padded on the right), and a 4×8 register-blocked microkernel
// keeps eight f32x4 accumulators live while it walks k, loading two vectors of the panel and
// broadcasting four elements of A per step. A is addressed through strides (element (i, p) at
// a + 4·(i·rsA + p·csA)), so A·B, A·Bᵀ and Aᵀ·B share one microkernel.

// Scratch tile for partial right-edge panels (4 rows × 8 floats).
const TILE: usize = memory.data(128, 16);
// Rows of k handled per block: keeps a panel (KC × 8 floats = 8 KB) and the A strip in L1.
const KC: i32 = 256;

/** First free byte after static data, 64-byte aligned; the JS side allocates from here. */
export function heapBase(): usize {
  return (__heap_base + 63) & ~(<usize>63);
}

/** Pack B (element (p, j) at b + 4·(p·rsB + j·csB)), k×n, into 8-column panels at dst. */
export function packB(b: usize, rsB: i32, csB: i32, k: i32, n: i32, dst: usize): void {
  const panels = (n + 7) >> 3;
  for (let jp = 0; jp < panels; jp++) {
    const j0 = jp << 3;
    const w = min(8, n - j0);
    let d = dst + ((<usize>jp * <usize>k) << 5);
    if (csB == 1 && w == 8) {
      let s = b + (<usize>j0 << 2);
      const step = <usize>rsB << 2;
      for (let p = 0; p < k; p++) {
        v128.store(d, v128.load(s));
        v128.store(d, v128.load(s, 16), 16);
        s += step;
        d += 32;
      }
    } else if (w == 8) {
      // Full panel, strided columns (a transposed operand): eight gathers per row, no edge test.
      const cs = <usize>csB << 2;
      let s = b + ((<usize>j0 * <usize>csB) << 2);
      const step = <usize>rsB << 2;
      for (let p = 0; p < k; p++) {
        store<f32>(d, load<f32>(s));
        store<f32>(d, load<f32>(s + cs), 4);
        store<f32>(d, load<f32>(s + cs * 2), 8);
        store<f32>(d, load<f32>(s + cs * 3), 12);
        store<f32>(d, load<f32>(s + cs * 4), 16);
        store<f32>(d, load<f32>(s + cs * 5), 20);
        store<f32>(d, load<f32>(s + cs * 6), 24);
        store<f32>(d, load<f32>(s + cs * 7), 28);
        s += step;
        d += 32;
      }
    } else {
      for (let p = 0; p < k; p++) {
        for (let c = 0; c < 8; c++) {
          const v: f32 = c < w ? load<f32>(b + ((<usize>p * <usize>rsB + <usize>(j0 + c) * <usize>csB) << 2)) : 0;
          store<f32>(d + (<usize>c << 2), v);
        }
        d += 32;
      }
    }
  }
}

// Writes (or adds) two accumulators into row `row` of C; `w` < 8 goes through the scratch tile.
@inline
function storeRow(c: usize, lo: v128, hi: v128, w: i32, add: bool): void {
  if (w == 8) {
    if (add) {
      lo = f32x4.add(lo, v128.load(c));
      hi = f32x4.add(hi, v128.load(c, 16));
    }
    v128.store(c, lo);
    v128.store(c, hi, 16);
    return;
  }
  v128.store(TILE, lo);
  v128.store(TILE, hi, 16);
  for (let j = 0; j < w; j++) {
    const v = load<f32>(TILE + (<usize>j << 2));
    const p = c + (<usize>j << 2);
    store<f32>(p, add ? load<f32>(p) + v : v);
  }
}

// 4 rows of A × one 8-column panel over kc steps.
@inline
function micro4(a: usize, ra: usize, ca: usize, b: usize, bs: usize, kc: i32, c: usize, ldc: usize, w: i32, add: bool): void {
  let c00 = f32x4.splat(0); let c01 = f32x4.splat(0);
  let c10 = f32x4.splat(0); let c11 = f32x4.splat(0);
  let c20 = f32x4.splat(0); let c21 = f32x4.splat(0);
  let c30 = f32x4.splat(0); let c31 = f32x4.splat(0);
  let a0 = a;
  const a1off = ra;
  const a2off = ra << 1;
  const a3off = ra * 3;
  for (let p = 0; p < kc; p++) {
    const b0 = v128.load(b);
    const b1 = v128.load(b, 16);
    let v = v128.load32_splat(a0);
    c00 = f32x4.add(c00, f32x4.mul(v, b0)); c01 = f32x4.add(c01, f32x4.mul(v, b1));
    v = v128.load32_splat(a0 + a1off);
    c10 = f32x4.add(c10, f32x4.mul(v, b0)); c11 = f32x4.add(c11, f32x4.mul(v, b1));
    v = v128.load32_splat(a0 + a2off);
    c20 = f32x4.add(c20, f32x4.mul(v, b0)); c21 = f32x4.add(c21, f32x4.mul(v, b1));
    v = v128.load32_splat(a0 + a3off);
    c30 = f32x4.add(c30, f32x4.mul(v, b0)); c31 = f32x4.add(c31, f32x4.mul(v, b1));
    a0 += ca;
    b += bs;
  }
  storeRow(c, c00, c01, w, add);
  storeRow(c + ldc, c10, c11, w, add);
  storeRow(c + (ldc << 1), c20, c21, w, add);
  storeRow(c + ldc * 3, c30, c31, w, add);
}

// 1 row of A × one 8-column panel.
@inline
function micro1(a: usize, ca: usize, b: usize, bs: usize, kc: i32, c: usize, w: i32, add: bool): void {
  let c0 = f32x4.splat(0); let c1 = f32x4.splat(0);
  let c2 = f32x4.splat(0); let c3 = f32x4.splat(0);
  let p = 0;
  // Two independent chains per half: one is latency-bound.
  for (; p + 2 <= kc; p += 2) {
    const v = v128.load32_splat(a);
    const u = v128.load32_splat(a + ca);
    c0 = f32x4.add(c0, f32x4.mul(v, v128.load(b)));
    c1 = f32x4.add(c1, f32x4.mul(v, v128.load(b, 16)));
    c2 = f32x4.add(c2, f32x4.mul(u, v128.load(b + bs)));
    c3 = f32x4.add(c3, f32x4.mul(u, v128.load(b + bs, 16)));
    a += ca << 1;
    b += bs << 1;
  }
  if (p < kc) {
    const v = v128.load32_splat(a);
    c0 = f32x4.add(c0, f32x4.mul(v, v128.load(b)));
    c1 = f32x4.add(c1, f32x4.mul(v, v128.load(b, 16)));
  }
  storeRow(c, f32x4.add(c0, c2), f32x4.add(c1, c3), w, add);
}

/**
 * C[m×n] (+)= A·Bp with Bp packed by {@link packB} (k rows). A's element (i, p) is at
 * a + 4·(i·rsA + p·csA); C is row-major with row stride n. `accumulate` ≠ 0 adds into C.
 */
export function gemm(a: usize, rsA: i32, csA: i32, bp: usize, c: usize, m: i32, n: i32, k: i32, accumulate: i32): void {
  const panels = (n + 7) >> 3;
  const ra = <usize>rsA << 2;
  const ca = <usize>csA << 2;
  const ldc = <usize>n << 2;
  if (k == 0) {
    if (accumulate == 0) memory.fill(c, 0, <usize>m * ldc);
    return;
  }
  for (let p0 = 0; p0 < k; p0 += KC) {
    const kc = min(KC, k - p0);
    const add = accumulate != 0 || p0 > 0;
    const aBlock = a + <usize>p0 * ca;
    const bBlock = bp + (<usize>p0 << 5);
    for (let jp = 0; jp < panels; jp++) {
      const j0 = jp << 3;
      const w = min(8, n - j0);
      const panel = bBlock + ((<usize>jp * <usize>k) << 5);
      let i = 0;
      for (; i + 4 <= m; i += 4) {
        micro4(aBlock + <usize>i * ra, ra, ca, panel, 32, kc, c + <usize>i * ldc + (<usize>j0 << 2), ldc, w, add);
      }
      for (; i < m; i++) {
        micro1(aBlock + <usize>i * ra, ca, panel, 32, kc, c + <usize>i * ldc + (<usize>j0 << 2), w, add);
      }
    }
  }
}

/**
 * C[m×n] (+)= A·B with B unpacked: row-major, row stride `ldb` (elements), read in place. The
 * right-edge panel (n % 8 columns) reads up to 7 floats past each row; the caller leaves 8 floats of
 * slack after B, and those lanes never reach C. Used where B is freshly written (im2col), so
 * packing it would only copy it once more.
 */
export function gemmU(a: usize, rsA: i32, csA: i32, b: usize, ldb: i32, c: usize, m: i32, n: i32, k: i32, accumulate: i32): void {
  const panels = (n + 7) >> 3;
  const ra = <usize>rsA << 2;
  const ca = <usize>csA << 2;
  const ldc = <usize>n << 2;
  const bs = <usize>ldb << 2;
  if (k == 0) {
    if (accumulate == 0) memory.fill(c, 0, <usize>m * ldc);
    return;
  }
  for (let p0 = 0; p0 < k; p0 += KC) {
    const kc = min(KC, k - p0);
    const add = accumulate != 0 || p0 > 0;
    const aBlock = a + <usize>p0 * ca;
    for (let jp = 0; jp < panels; jp++) {
      const j0 = jp << 3;
      const w = min(8, n - j0);
      const panel = b + <usize>p0 * bs + (<usize>j0 << 2);
      let i = 0;
      for (; i + 4 <= m; i += 4) {
        micro4(aBlock + <usize>i * ra, ra, ca, panel, bs, kc, c + <usize>i * ldc + (<usize>j0 << 2), ldc, w, add);
      }
      for (; i < m; i++) {
        micro1(aBlock + <usize>i * ra, ca, panel, bs, kc, c + <usize>i * ldc + (<usize>j0 << 2), w, add);
      }
    }
  }
}

// Short runs (a row of a small image): inline vector loops, as memory.copy/fill are calls in V8.
@inline
function copy(dst: usize, src: usize, n: i32): void {
  let i = 0;
  for (; i + 4 <= n; i += 4) v128.store(dst + (<usize>i << 2), v128.load(src + (<usize>i << 2)));
  for (; i < n; i++) store<f32>(dst + (<usize>i << 2), load<f32>(src + (<usize>i << 2)));
}

@inline
function zero(dst: usize, n: i32): void {
  const z = f32x4.splat(0);
  let i = 0;
  for (; i + 4 <= n; i += 4) v128.store(dst + (<usize>i << 2), z);
  for (; i < n; i++) store<f32>(dst + (<usize>i << 2), 0);
}

/**
 * im2col of one image x [C, H, W] into cols [C·KH·KW, OH·OW]; padding reads as 0.
 * Same layout as the JS kernel (src/engine/kernels/conv.ts).
 */
export function im2col(
  x: usize, C: i32, H: i32, W: i32, KH: i32, KW: i32, sH: i32, sW: i32, pH: i32, pW: i32, OH: i32, OW: i32, cols: usize,
): void {
  const P = OH * OW;
  for (let c = 0; c < C; c++) {
    for (let kh = 0; kh < KH; kh++) {
      for (let kw = 0; kw < KW; kw++) {
        let dst = cols + (<usize>(((c * KH + kh) * KW + kw) * P) << 2);
        for (let oh = 0; oh < OH; oh++) {
          const ih = oh * sH - pH + kh;
          if (ih < 0 || ih >= H) {
            zero(dst, OW);
            dst += <usize>OW << 2;
            continue;
          }
          const src = x + (<usize>((c * H + ih) * W) << 2);
          let ow = 0;
          let iw = kw - pW;
          // Left padding, then the in-range run (contiguous when the stride is 1), then right padding.
          for (; ow < OW && iw < 0; ow++, iw += sW) { store<f32>(dst, 0); dst += 4; }
          if (sW == 1) {
            const run = min(OW - ow, W - iw);
            if (run > 0) {
              copy(dst, src + (<usize>iw << 2), run);
              dst += <usize>run << 2;
              ow += run;
              iw += run;
            }
          } else {
            for (; ow < OW && iw < W; ow++, iw += sW) { store<f32>(dst, load<f32>(src + (<usize>iw << 2))); dst += 4; }
          }
          for (; ow < OW; ow++) { store<f32>(dst, 0); dst += 4; }
        }
      }
    }
  }
}

/** Inverse of im2col: adds cols [C·KH·KW, OH·OW] into the image gradient dx [C, H, W]. */
export function col2imAdd(
  cols: usize, C: i32, H: i32, W: i32, KH: i32, KW: i32, sH: i32, sW: i32, pH: i32, pW: i32, OH: i32, OW: i32, dx: usize,
): void {
  const P = OH * OW;
  for (let c = 0; c < C; c++) {
    for (let kh = 0; kh < KH; kh++) {
      for (let kw = 0; kw < KW; kw++) {
        const rowOff = cols + (<usize>(((c * KH + kh) * KW + kw) * P) << 2);
        for (let oh = 0; oh < OH; oh++) {
          const ih = oh * sH - pH + kh;
          if (ih < 0 || ih >= H) continue;
          const dst = dx + (<usize>((c * H + ih) * W) << 2);
          const src = rowOff + (<usize>(oh * OW) << 2);
          if (sW == 1) {
            // Stride 1: the in-range outputs are one run, iw = ow − pW + kw.
            const lo = max(0, pW - kw);
            const hi = min(OW, W + pW - kw);
            const d0 = dst + (<usize>(lo - pW + kw) << 2);
            const s0 = src + (<usize>lo << 2);
            const run = hi - lo;
            let j = 0;
            for (; j + 4 <= run; j += 4) {
              const o = <usize>j << 2;
              v128.store(d0 + o, f32x4.add(v128.load(d0 + o), v128.load(s0 + o)));
            }
            for (; j < run; j++) {
              const o = <usize>j << 2;
              store<f32>(d0 + o, load<f32>(d0 + o) + load<f32>(s0 + o));
            }
            continue;
          }
          for (let ow = 0; ow < OW; ow++) {
            const iw = ow * sW - pW + kw;
            if (iw >= 0 && iw < W) {
              const d = dst + (<usize>iw << 2);
              store<f32>(d, load<f32>(d) + load<f32>(src + (<usize>ow << 2)));
            }
          }
        }
      }
    }
  }
}

/** out[i] += bias[i / P] for a [F, P] block (conv bias). */
export function addBiasRows(out: usize, bias: usize, F: i32, P: i32): void {
  for (let f = 0; f < F; f++) {
    const bv = v128.load32_splat(bias + (<usize>f << 2));
    const b = load<f32>(bias + (<usize>f << 2));
    let o = out + (<usize>(f * P) << 2);
    let p = 0;
    for (; p + 4 <= P; p += 4) { v128.store(o, f32x4.add(v128.load(o), bv)); o += 16; }
    for (; p < P; p++) { store<f32>(o, load<f32>(o) + b); o += 4; }
  }
}

/** y[i] = x[i] < 0 ? 0 : x[i] (ReLU; NaN and −0 pass through, as in the JS kernel). x may equal y. */
export function relu(x: usize, y: usize, n: i32): void {
  const z = f32x4.splat(0);
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const o = <usize>i << 2;
    v128.store(y + o, f32x4.pmax(v128.load(x + o), z));
  }
  for (; i < n; i++) {
    const o = <usize>i << 2;
    const v = load<f32>(x + o);
    store<f32>(y + o, v < 0 ? 0 : v);
  }
}

/**
 * Max pooling of `planes` H×W planes, window `size`, `stride`, no padding, into out [planes, OH, OW];
 * arg (i32; 0: not wanted) gets the flat input index of each winner. Ties keep the first element in row order; a NaN
 * wins over numbers (same rule as the JS op).
 */
export function maxPool(x: usize, planes: i32, H: i32, W: i32, size: i32, stride: i32, OH: i32, OW: i32, out: usize, arg: usize): void {
  if (size == 2 && stride == 2) {
    maxPool2(x, planes, H, W, OH, OW, out, arg);
    return;
  }
  let o: usize = 0;
  for (let p = 0; p < planes; p++) {
    const base = p * H * W;
    for (let oh = 0; oh < OH; oh++) {
      for (let ow = 0; ow < OW; ow++) {
        let best = base + oh * stride * W + ow * stride;
        let bv = load<f32>(x + (<usize>best << 2));
        for (let kh = 0; kh < size; kh++) {
          const row = base + (oh * stride + kh) * W + ow * stride;
          for (let kw = 0; kw < size; kw++) {
            const v = load<f32>(x + (<usize>(row + kw) << 2));
            // Bitwise, not || and &&: short-circuits would branch on data (random here, so mispredicted).
            const take = <i32>(v > bv) | (<i32>(v != v) & <i32>(bv == bv));
            best = select<i32>(row + kw, best, take);
            bv = select<f32>(v, bv, take);
          }
        }
        store<f32>(out + (o << 2), bv);
        if (arg) store<i32>(arg + (o << 2), best);
        o++;
      }
    }
  }
}

/**
 * out[r] = Σ_j m[r·dim + j]·q[j] for r < rows (a matrix·vector product, f32; four rows share each
 * load of q). Rows need no alignment.
 */
export function matvec(m: usize, rows: i32, dim: i32, q: usize, out: usize): void {
  const d4 = dim & ~3;
  const rb = <usize>dim << 2;
  let r = 0;
  for (; r + 4 <= rows; r += 4) {
    const m0 = m + <usize>r * rb;
    let s0 = f32x4.splat(0); let s1 = f32x4.splat(0);
    let s2 = f32x4.splat(0); let s3 = f32x4.splat(0);
    for (let j = 0; j < d4; j += 4) {
      const o = <usize>j << 2;
      const qv = v128.load(q + o);
      s0 = f32x4.add(s0, f32x4.mul(v128.load(m0 + o), qv));
      s1 = f32x4.add(s1, f32x4.mul(v128.load(m0 + rb + o), qv));
      s2 = f32x4.add(s2, f32x4.mul(v128.load(m0 + (rb << 1) + o), qv));
      s3 = f32x4.add(s3, f32x4.mul(v128.load(m0 + rb * 3 + o), qv));
    }
    let t0 = hsum(s0); let t1 = hsum(s1); let t2 = hsum(s2); let t3 = hsum(s3);
    for (let j = d4; j < dim; j++) {
      const o = <usize>j << 2;
      const qj = load<f32>(q + o);
      t0 += load<f32>(m0 + o) * qj;
      t1 += load<f32>(m0 + rb + o) * qj;
      t2 += load<f32>(m0 + (rb << 1) + o) * qj;
      t3 += load<f32>(m0 + rb * 3 + o) * qj;
    }
    const po = out + (<usize>r << 2);
    store<f32>(po, t0); store<f32>(po, t1, 4); store<f32>(po, t2, 8); store<f32>(po, t3, 12);
  }
  for (; r < rows; r++) {
    const m0 = m + <usize>r * rb;
    let s = f32x4.splat(0);
    for (let j = 0; j < d4; j += 4) {
      const o = <usize>j << 2;
      s = f32x4.add(s, f32x4.mul(v128.load(m0 + o), v128.load(q + o)));
    }
    let t = hsum(s);
    for (let j = d4; j < dim; j++) t += load<f32>(m0 + (<usize>j << 2)) * load<f32>(q + (<usize>j << 2));
    store<f32>(out + (<usize>r << 2), t);
  }
}

@inline
function hsum(v: v128): f32 {
  return (f32x4.extract_lane(v, 0) + f32x4.extract_lane(v, 1)) + (f32x4.extract_lane(v, 2) + f32x4.extract_lane(v, 3));
}

// 2×2 windows, stride 2: four outputs per step, the window's four elements split into even and odd
// columns by shuffles; no data-dependent branch or float select (V8 compiles those to branches, which
// random data mispredicts). The value is pmax in row order (a later element wins only if greater, so
// ties and ±0 keep the first), OR-ed with the NaN mask (all ones is a NaN: a NaN wins). The winner is
// the first element equal to that value, or the first NaN. A last partial step writes only its lanes
// and reads up to 6 floats past a row (the caller leaves 8 floats of slack after x).
function maxPool2(x: usize, planes: i32, H: i32, W: i32, OH: i32, OW: i32, out: usize, arg: usize): void {
  let o: usize = 0;
  const step = i32x4.splat(8);
  const rowW = i32x4.splat(W);
  const one = i32x4.splat(1);
  for (let p = 0; p < planes; p++) {
    for (let oh = 0; oh < OH; oh++) {
      const r = p * H * W + 2 * oh * W;
      let i0 = i32x4(r, r + 2, r + 4, r + 6);
      for (let ow = 0; ow < OW; ow += 4) {
        const a = x + (<usize>(r + 2 * ow) << 2);
        const b = a + (<usize>W << 2);
        const a0 = v128.load(a); const a1 = v128.load(a, 16);
        const b0 = v128.load(b); const b1 = v128.load(b, 16);
        const c0 = v128.shuffle<f32>(a0, a1, 0, 2, 4, 6);
        const c1 = v128.shuffle<f32>(a0, a1, 1, 3, 5, 7);
        const c2 = v128.shuffle<f32>(b0, b1, 0, 2, 4, 6);
        const c3 = v128.shuffle<f32>(b0, b1, 1, 3, 5, 7);
        const n0 = f32x4.ne(c0, c0); const n1 = f32x4.ne(c1, c1);
        const n2 = f32x4.ne(c2, c2); const n3 = f32x4.ne(c3, c3);
        const m = v128.or(f32x4.pmax(f32x4.pmax(f32x4.pmax(c0, c1), c2), c3), v128.or(v128.or(n0, n1), v128.or(n2, n3)));
        const i2 = i32x4.add(i0, rowW);
        let bi = i32x4.add(i2, one);
        bi = v128.bitselect(i2, bi, v128.or(f32x4.eq(c2, m), n2));
        bi = v128.bitselect(i32x4.add(i0, one), bi, v128.or(f32x4.eq(c1, m), n1));
        bi = v128.bitselect(i0, bi, v128.or(f32x4.eq(c0, m), n0));
        const rem = OW - ow;
        const po = out + (o << 2);
        const pa = arg + (o << 2);
        if (rem >= 4) {
          v128.store(po, m);
          if (arg) v128.store(pa, bi);
        } else {
          store<f32>(po, f32x4.extract_lane(m, 0));
          if (arg) store<i32>(pa, i32x4.extract_lane(bi, 0));
          if (rem > 1) {
            store<f32>(po, f32x4.extract_lane(m, 1), 4);
            if (arg) store<i32>(pa, i32x4.extract_lane(bi, 1), 4);
          }
          if (rem > 2) {
            store<f32>(po, f32x4.extract_lane(m, 2), 8);
            if (arg) store<i32>(pa, i32x4.extract_lane(bi, 2), 8);
          }
        }
        o += <usize>min(rem, 4);
        i0 = i32x4.add(i0, step);
      }
    }
  }
}

/**
 * ReLU backward for float32 inputs and float64 gradients: d[i] = relu'(x[i])·g[i] with relu' = 1 for
 * x > 0, NaN for NaN, else 0 (so 0·∞ is NaN, as in the JS loop). x, g, d: n elements.
 */
export function reluBackward(x: usize, g: usize, d: usize, n: i32): void {
  const one = f64x2.splat(1);
  const zero = f64x2.splat(0);
  let i = 0;
  for (; i + 2 <= n; i += 2) {
    const xv = f64x2.promote_low_f32x4(v128.load64_zero(x + (<usize>i << 2)));
    let dv = v128.bitselect(one, zero, f64x2.gt(xv, zero));
    dv = v128.bitselect(xv, dv, f64x2.ne(xv, xv));
    v128.store(d + (<usize>i << 3), f64x2.mul(dv, v128.load(g + (<usize>i << 3))));
  }
  for (; i < n; i++) {
    const v = <f64>load<f32>(x + (<usize>i << 2));
    const dv: f64 = v != v ? v : v > 0 ? 1 : 0;
    store<f64>(d + (<usize>i << 3), dv * load<f64>(g + (<usize>i << 3)));
  }
}

// 4 rows of A × 8 columns where B's row p starts at b + 4·offs[p] (a shifted view of one image).
@inline
function micro4o(a: usize, ra: usize, ca: usize, b: usize, offs: usize, kc: i32, c: usize, ldc: usize, w: i32): void {
  let c00 = f32x4.splat(0); let c01 = f32x4.splat(0);
  let c10 = f32x4.splat(0); let c11 = f32x4.splat(0);
  let c20 = f32x4.splat(0); let c21 = f32x4.splat(0);
  let c30 = f32x4.splat(0); let c31 = f32x4.splat(0);
  let a0 = a;
  const a2off = ra << 1;
  const a3off = ra * 3;
  for (let p = 0; p < kc; p++) {
    const bp = b + (<usize>load<i32>(offs + (<usize>p << 2)) << 2);
    const b0 = v128.load(bp);
    const b1 = v128.load(bp, 16);
    let v = v128.load32_splat(a0);
    c00 = f32x4.add(c00, f32x4.mul(v, b0)); c01 = f32x4.add(c01, f32x4.mul(v, b1));
    v = v128.load32_splat(a0 + ra);
    c10 = f32x4.add(c10, f32x4.mul(v, b0)); c11 = f32x4.add(c11, f32x4.mul(v, b1));
    v = v128.load32_splat(a0 + a2off);
    c20 = f32x4.add(c20, f32x4.mul(v, b0)); c21 = f32x4.add(c21, f32x4.mul(v, b1));
    v = v128.load32_splat(a0 + a3off);
    c30 = f32x4.add(c30, f32x4.mul(v, b0)); c31 = f32x4.add(c31, f32x4.mul(v, b1));
    a0 += ca;
  }
  storeRow(c, c00, c01, w, false);
  storeRow(c + ldc, c10, c11, w, false);
  storeRow(c + (ldc << 1), c20, c21, w, false);
  storeRow(c + ldc * 3, c30, c31, w, false);
}

@inline
function micro1o(a: usize, ca: usize, b: usize, offs: usize, kc: i32, c: usize, w: i32): void {
  let c0 = f32x4.splat(0); let c1 = f32x4.splat(0);
  for (let p = 0; p < kc; p++) {
    const bp = b + (<usize>load<i32>(offs + (<usize>p << 2)) << 2);
    const v = v128.load32_splat(a);
    c0 = f32x4.add(c0, f32x4.mul(v, v128.load(bp)));
    c1 = f32x4.add(c1, f32x4.mul(v, v128.load(bp, 16)));
    a += ca;
  }
  storeRow(c, c0, c1, w, false);
}

/**
 * C[m×n] = A[m×k]·B with B's element (p, j) at b + 4·(offs[p] + j): a stride-1 convolution read
 * straight from the (padded) image, one row per kernel tap, with n running over output rows of the
 * padded width (so no im2col). Reads up to 7 floats past the last element: leave slack.
 */
export function gemmOffsets(a: usize, k: i32, b: usize, offs: usize, c: usize, m: i32, n: i32): void {
  const panels = (n + 7) >> 3;
  const ra = <usize>k << 2;
  const ldc = <usize>n << 2;
  for (let jp = 0; jp < panels; jp++) {
    const j0 = jp << 3;
    const w = min(8, n - j0);
    const bj = b + (<usize>j0 << 2);
    let i = 0;
    for (; i + 4 <= m; i += 4) micro4o(a + <usize>i * ra, ra, 4, bj, offs, k, c + <usize>i * ldc + (<usize>j0 << 2), ldc, w);
    for (; i < m; i++) micro1o(a + <usize>i * ra, 4, bj, offs, k, c + <usize>i * ldc + (<usize>j0 << 2), w);
  }
}

/** Copies image x [C, H, W] into dst [C, H + 2pH, W + 2pW] with a zero border. */
export function padImage(x: usize, C: i32, H: i32, W: i32, pH: i32, pW: i32, dst: usize): void {
  const Wp = W + 2 * pW;
  const Hp = H + 2 * pH;
  zero(dst, C * Hp * Wp);
  for (let c = 0; c < C; c++) {
    for (let h = 0; h < H; h++) {
      copy(dst + (<usize>((c * Hp + h + pH) * Wp + pW) << 2), x + (<usize>((c * H + h) * W) << 2), W);
    }
  }
}

/** dst [F, OH, OW] = src [F, OH, Wp] without its last Wp − OW columns, plus bias[f] (bias 0: none). */
export function cropRows(src: usize, F: i32, OH: i32, Wp: i32, OW: i32, bias: usize, dst: usize): void {
  for (let f = 0; f < F; f++) {
    const b: f32 = bias ? load<f32>(bias + (<usize>f << 2)) : 0;
    const bv = f32x4.splat(b);
    for (let oh = 0; oh < OH; oh++) {
      const s = src + (<usize>((f * OH + oh) * Wp) << 2);
      const d = dst + (<usize>((f * OH + oh) * OW) << 2);
      let j = 0;
      for (; j + 4 <= OW; j += 4) v128.store(d + (<usize>j << 2), f32x4.add(v128.load(s + (<usize>j << 2)), bv));
      for (; j < OW; j++) store<f32>(d + (<usize>j << 2), load<f32>(s + (<usize>j << 2)) + b);
    }
  }
}
