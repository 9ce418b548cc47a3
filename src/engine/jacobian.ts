/**
 * Jacobians of vector functions f: ℝⁿ → ℝᵐ built from engine ops: one backward pass per output
 * (reverse mode, row i = ∇fᵢ), central finite differences as the oracle, and the matrix product that
 * the chain rule J_{f∘g}(x) = J_f(g(x)) J_g(x) asks for. Matrices are plain row-major arrays (m rows, n columns).
 */
import { backward, noGrad } from './tape';
import { tensor, type Tensor } from './tensor';

/** A differentiable map from a 1-D tensor of n numbers to a 1-D tensor of m numbers. */
export type VectorFn = (x: Tensor) => Tensor;

/**
 * J_f(x) by autograd: for each output i, seed the backward pass with the one-hot vector eᵢ and read ∂fᵢ/∂x.
 * @returns m × n matrix, entry [i][j] = ∂fᵢ/∂xⱼ.
 */
export function jacobian(f: VectorFn, x: readonly number[]): number[][] {
  const rows: number[][] = [];
  const m = noGrad(() => f(tensor(x.slice())).size);
  for (let i = 0; i < m; i++) {
    const input = tensor(x.slice());
    input.requiresGrad = true;
    const y = f(input);
    const seed = new Float64Array(y.size);
    seed[i] = 1;
    backward(y, seed);
    rows.push(Array.from(input.grad ?? new Float64Array(x.length)));
  }
  return rows;
}

/** J_f(x) by central differences (f evaluated 2n times without recording), step `eps` (default 1e-6). */
export function numericJacobian(f: VectorFn, x: readonly number[], eps = 1e-6): number[][] {
  const columns = x.map((_, j) => {
    const up = x.slice();
    const down = x.slice();
    up[j] += eps;
    down[j] -= eps;
    const fu = noGrad(() => f(tensor(up)).data);
    const fd = noGrad(() => f(tensor(down)).data);
    return Array.from(fu, (v, i) => (v - fd[i]) / (2 * eps));
  });
  const m = columns[0]?.length ?? 0;
  return Array.from({ length: m }, (_, i) => columns.map((c) => c[i]));
}

/** The product A·B of plain matrices (A is m × k, B is k × n); throws on mismatched sizes. */
export function matProduct(a: readonly (readonly number[])[], b: readonly (readonly number[])[]): number[][] {
  const k = b.length;
  if (a.some((row) => row.length !== k)) throw new Error(`matProduct: ${a.length}×${a[0]?.length ?? 0} times ${k}×${b[0]?.length ?? 0}`);
  const n = b[0]?.length ?? 0;
  return a.map((row) => Array.from({ length: n }, (_, j) => row.reduce((s, v, t) => s + v * b[t][j], 0)));
}

/** Largest |aᵢⱼ − bᵢⱼ| over two matrices of the same size. */
export function maxAbsDiff(a: readonly (readonly number[])[], b: readonly (readonly number[])[]): number {
  let worst = 0;
  a.forEach((row, i) => row.forEach((v, j) => { worst = Math.max(worst, Math.abs(v - b[i][j])); }));
  return worst;
}
