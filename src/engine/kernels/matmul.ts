/**
 * Matrix-multiply kernels on flat row-major typed arrays. Plain loops, no
 * allocation; offsets let callers address one matrix of a batch in place.
 * The three variants cover forward (A·B) and both backward products
 * (dC·Bᵀ and Aᵀ·dC) without ever materialising a transpose.
 */

/** Any flat numeric array the kernels read. */
export type Floats = Float64Array | Float32Array;

/**
 * C[m×n] = A[m×k]·B[k×n] (or += when `accumulate`). i-k-j order so the inner
 * loop walks rows of B and C contiguously.
 */
export function matmulAB(
  a: Floats, aOff: number, b: Floats, bOff: number, c: Float64Array, cOff: number,
  m: number, k: number, n: number, accumulate = false,
): void {
  for (let i = 0; i < m; i++) {
    const ci = cOff + i * n;
    if (!accumulate) c.fill(0, ci, ci + n);
    const ai = aOff + i * k;
    for (let p = 0; p < k; p++) {
      const av = a[ai + p];
      const bp = bOff + p * n;
      for (let j = 0; j < n; j++) c[ci + j] += av * b[bp + j];
    }
  }
}

/** C[m×n] = A[m×k]·B[n×k]ᵀ (or +=). Inner loop is a dot product of two contiguous rows. */
export function matmulABt(
  a: Floats, aOff: number, b: Floats, bOff: number, c: Float64Array, cOff: number,
  m: number, k: number, n: number, accumulate = false,
): void {
  for (let i = 0; i < m; i++) {
    const ai = aOff + i * k;
    const ci = cOff + i * n;
    for (let j = 0; j < n; j++) {
      const bj = bOff + j * k;
      let s = 0;
      for (let p = 0; p < k; p++) s += a[ai + p] * b[bj + p];
      c[ci + j] = accumulate ? c[ci + j] + s : s;
    }
  }
}

/** C[m×n] = A[k×m]ᵀ·B[k×n] (or +=). Rank-1 updates row by row, all contiguous. */
export function matmulAtB(
  a: Floats, aOff: number, b: Floats, bOff: number, c: Float64Array, cOff: number,
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
