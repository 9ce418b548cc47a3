/**
 * Principal component analysis to two dimensions for small word sets (tens of words, any dimension):
 * power iteration with deflation on the n × n Gram matrix of the centred rows. Deterministic.
 */

/** A 2-D projection of n rows. */
export interface Pca2 {
  /** [x, y] per input row: its coordinates on the first two principal axes. */
  points: [number, number][];
  /** The two unit axes in the input space (each of length dims). */
  axes: [number[], number[]];
  /** Fraction of the total variance along each axis (0 when the rows are all equal). */
  explained: [number, number];
}

function matVec(m: Float64Array, n: number, v: Float64Array): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += m[i * n + j] * v[j];
    out[i] = s;
  }
  return out;
}

/** Dominant eigenpair of a symmetric positive semi-definite matrix (power iteration from a fixed start). */
function dominant(m: Float64Array, n: number): { value: number; vector: Float64Array } {
  let v: Float64Array = Float64Array.from({ length: n }, (_, i) => 1 + ((i * 7919) % 13) / 13);
  let value = 0;
  for (let it = 0; it < 500; it++) {
    const w = matVec(m, n, v);
    const norm = Math.hypot(...w);
    if (norm === 0) return { value: 0, vector: v.fill(0) };
    for (let i = 0; i < n; i++) w[i] /= norm;
    const converged = Math.abs(norm - value) <= 1e-12 * Math.max(1, norm);
    value = norm;
    v = w;
    if (converged && it > 10) break;
  }
  return { value, vector: v };
}

/**
 * Projects `rows` (n × dims) onto their first two principal axes. With `align` (the axes of an earlier
 * frame) each axis keeps the sign that points the same way, so an animation does not flip; otherwise
 * an axis's largest component is made positive.
 */
export function pca2(rows: readonly (ArrayLike<number>)[], align?: readonly [ArrayLike<number>, ArrayLike<number>]): Pca2 {
  const n = rows.length;
  const dims = n > 0 ? rows[0].length : 0;
  const mean = new Float64Array(dims);
  for (const r of rows) for (let d = 0; d < dims; d++) mean[d] += r[d] / n;
  const x = rows.map((r) => Float64Array.from({ length: dims }, (_, d) => r[d] - mean[d]));
  const gram = new Float64Array(n * n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      let s = 0;
      for (let d = 0; d < dims; d++) s += x[i][d] * x[j][d];
      gram[i * n + j] = s;
      gram[j * n + i] = s;
    }
    total += gram[i * n + i];
  }
  const axes: number[][] = [];
  const explained: number[] = [];
  for (let k = 0; k < 2; k++) {
    const { value, vector } = dominant(gram, n);
    // axis = Xᵀu / √λ (the right singular vector belonging to the left one, u)
    const axis = new Array<number>(dims).fill(0);
    if (value > 1e-12 * Math.max(1, total)) {
      const s = Math.sqrt(value);
      for (let i = 0; i < n; i++) for (let d = 0; d < dims; d++) axis[d] += (x[i][d] * vector[i]) / s;
    }
    axes.push(orient(axis, align?.[k]));
    explained.push(total > 0 ? Math.max(0, value) / total : 0);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) gram[i * n + j] -= value * vector[i] * vector[j];
  }
  const points = x.map((r): [number, number] => [dot(r, axes[0]), dot(r, axes[1])]);
  return { points, axes: [axes[0], axes[1]], explained: [explained[0], explained[1]] };
}

function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let d = 0; d < a.length; d++) s += a[d] * b[d];
  return s;
}

function orient(axis: number[], reference?: ArrayLike<number>): number[] {
  let sign: number;
  if (reference && reference.length === axis.length) {
    sign = dot(axis, reference) < 0 ? -1 : 1;
  } else {
    let big = 0;
    for (const v of axis) if (Math.abs(v) > Math.abs(big)) big = v;
    sign = big < 0 ? -1 : 1;
  }
  return sign === 1 ? axis : axis.map((v) => -v);
}
