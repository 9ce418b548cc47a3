/**
 * Matrix-multiply kernels on flat row-major typed arrays. Plain loops, no
 * allocation; offsets let callers address one matrix of a batch in place.
 * The three variants cover forward (A·B) and both backward products
 * (dC·Bᵀ and Aᵀ·dC) without ever materialising a transpose.
 *
 * `matmulAB`, `matmulABt` and `matmulAtB` dispatch: a product with a float32
 * operand that is big enough runs in the WebAssembly SIMD kernels (in
 * float32) when the realm has them (see ./backend.ts); everything else,
 * including every all-float64 product, runs the JS loops below (`js*`),
 * so float64 results are bit-for-bit what they always were.
 */
import { simd, simdFor } from './backend';

/** Any flat numeric array the kernels read. */
export type Floats = Float64Array | Float32Array;

/** C[m×n] = A[m×k]·B[k×n] (or += when `accumulate`). */
export function matmulAB(
  a: Floats, aOff: number, b: Floats, bOff: number, c: Floats, cOff: number,
  m: number, k: number, n: number, accumulate = false,
): void {
  if (simdFor(a, b, m * k * n)) simd()!.matmul('AB', a, aOff, b, bOff, c, cOff, m, k, n, accumulate);
  else jsMatmulAB(a, aOff, b, bOff, c, cOff, m, k, n, accumulate);
}

/** C[m×n] = A[m×k]·B[n×k]ᵀ (or +=). */
export function matmulABt(
  a: Floats, aOff: number, b: Floats, bOff: number, c: Floats, cOff: number,
  m: number, k: number, n: number, accumulate = false,
): void {
  if (simdFor(a, b, m * k * n)) simd()!.matmul('ABt', a, aOff, b, bOff, c, cOff, m, k, n, accumulate);
  else jsMatmulABt(a, aOff, b, bOff, c, cOff, m, k, n, accumulate);
}

/** C[m×n] = A[k×m]ᵀ·B[k×n] (or +=). */
export function matmulAtB(
  a: Floats, aOff: number, b: Floats, bOff: number, c: Floats, cOff: number,
  m: number, k: number, n: number, accumulate = false,
): void {
  if (simdFor(a, b, m * k * n)) simd()!.matmul('AtB', a, aOff, b, bOff, c, cOff, m, k, n, accumulate);
  else jsMatmulAtB(a, aOff, b, bOff, c, cOff, m, k, n, accumulate);
}

/**
 * JS kernel: C[m×n] = A[m×k]·B[k×n] (or += when `accumulate`). i-k-j order so the inner
 * loop walks rows of B and C contiguously.
 */
export function jsMatmulAB(
  a: Floats, aOff: number, b: Floats, bOff: number, c: Floats, cOff: number,
  m: number, k: number, n: number, accumulate = false,
): void {
  if (!accumulate) c.fill(0, cOff, cOff + m * n);
  let i = 0;
  // Four rows of A per pass: each row of B is loaded once for four rows of C.
  for (; i + 4 <= m; i += 4) {
    const c0 = cOff + i * n;
    const c1 = c0 + n;
    const c2 = c1 + n;
    const c3 = c2 + n;
    const a0 = aOff + i * k;
    for (let p = 0; p < k; p++) {
      const v0 = a[a0 + p];
      const v1 = a[a0 + k + p];
      const v2 = a[a0 + 2 * k + p];
      const v3 = a[a0 + 3 * k + p];
      const bp = bOff + p * n;
      for (let j = 0; j < n; j++) {
        const bv = b[bp + j];
        c[c0 + j] += v0 * bv;
        c[c1 + j] += v1 * bv;
        c[c2 + j] += v2 * bv;
        c[c3 + j] += v3 * bv;
      }
    }
  }
  for (; i < m; i++) {
    const ci = cOff + i * n;
    const ai = aOff + i * k;
    for (let p = 0; p < k; p++) {
      const av = a[ai + p];
      const bp = bOff + p * n;
      for (let j = 0; j < n; j++) c[ci + j] += av * b[bp + j];
    }
  }
}

/** JS kernel: C[m×n] = A[m×k]·B[n×k]ᵀ (or +=). Inner loop is a dot product of two contiguous rows. */
export function jsMatmulABt(
  a: Floats, aOff: number, b: Floats, bOff: number, c: Floats, cOff: number,
  m: number, k: number, n: number, accumulate = false,
): void {
  for (let i = 0; i < m; i++) {
    const ai = aOff + i * k;
    const ci = cOff + i * n;
    for (let j = 0; j < n; j++) {
      const bj = bOff + j * k;
      // Four independent partial sums: a single one is latency-bound.
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      let p = 0;
      for (; p + 4 <= k; p += 4) {
        s0 += a[ai + p] * b[bj + p];
        s1 += a[ai + p + 1] * b[bj + p + 1];
        s2 += a[ai + p + 2] * b[bj + p + 2];
        s3 += a[ai + p + 3] * b[bj + p + 3];
      }
      for (; p < k; p++) s0 += a[ai + p] * b[bj + p];
      const s = s0 + s1 + (s2 + s3);
      c[ci + j] = accumulate ? c[ci + j] + s : s;
    }
  }
}

/** JS kernel: C[m×n] = A[k×m]ᵀ·B[k×n] (or +=). Rank-1 updates row by row, all contiguous. */
export function jsMatmulAtB(
  a: Floats, aOff: number, b: Floats, bOff: number, c: Floats, cOff: number,
  m: number, k: number, n: number, accumulate = false,
): void {
  if (!accumulate) c.fill(0, cOff, cOff + m * n);
  for (let p = 0; p < k; p++) {
    const ap = aOff + p * m;
    const bp = bOff + p * n;
    for (let i = 0; i < m; i++) {
      const av = a[ap + i];
      const ci = cOff + i * n;
      for (let j = 0; j < n; j++) c[ci + j] += av * b[bp + j];
    }
  }
}
