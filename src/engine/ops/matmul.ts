/**
 * Matrix products: `matmul` (2-D, batched 3-D with a broadcast batch, 1-D
 * vectors) and the fused layer op `linear` (x·Wᵀ + b). The loops live in
 * kernels/matmul.ts.
 */
import { matmulAB, matmulABt, matmulAtB } from '../kernels/matmul';
import { allocFor, Tensor } from '../tensor';
import { record } from '../tape';
import { badShape, shapeError } from './util';
import { float64Buffer } from '../buffers';

interface Plan {
  batch: number;
  aStep: number;
  bStep: number;
  m: number;
  k: number;
  n: number;
  shape: number[];
}

function plan(a: Tensor, b: Tensor, transB: boolean): Plan {
  const op = transB ? 'matmulT' : 'matmul';
  if (a.ndim < 1 || a.ndim > 3 || b.ndim < 1 || b.ndim > 3) throw shapeError(op, a, b, 'only 1-D to 3-D supported');
  const aVec = a.ndim === 1;
  const bVec = b.ndim === 1;
  const m = aVec ? 1 : a.shape[a.ndim - 2];
  const k = a.shape[a.ndim - 1];
  const kb = bVec ? b.shape[0] : b.shape[b.ndim - (transB ? 1 : 2)];
  const n = bVec ? 1 : b.shape[b.ndim - (transB ? 2 : 1)];
  if (k !== kb) throw shapeError(op, a, b);
  const ba = a.ndim === 3 ? a.shape[0] : 1;
  const bb = b.ndim === 3 ? b.shape[0] : 1;
  if (ba !== bb && ba !== 1 && bb !== 1) throw shapeError(op, a, b, 'batch sizes differ');
  const batch = Math.max(ba, bb);
  const shape: number[] = a.ndim === 3 || b.ndim === 3 ? [batch] : [];
  if (!aVec) shape.push(m);
  if (!bVec) shape.push(n);
  return { batch, aStep: ba > 1 ? m * k : 0, bStep: bb > 1 ? k * n : 0, m, k, n, shape };
}

/**
 * A·B. Shapes: [m,k]·[k,n] → [m,n]; [b,m,k]·[b,k,n] → [b,m,n] (either side may
 * be 2-D and is then shared by the whole batch); a 1-D operand acts as a
 * row/column vector and its axis is dropped. With `transposeB`, B is given as
 * [n,k] (or [b,n,k]) and used transposed without copying.
 */
export function matmul(a: Tensor, b: Tensor, transposeB = false): Tensor {
  const p = plan(a, b, transposeB);
  const { batch, aStep, bStep, m, k, n } = p;
  const out = allocFor(batch * m * n, a, b);
  for (let t = 0; t < batch; t++) {
    if (transposeB) matmulABt(a.data, t * aStep, b.data, t * bStep, out, t * m * n, m, k, n);
    else matmulAB(a.data, t * aStep, b.data, t * bStep, out, t * m * n, m, k, n);
  }
  return record(transposeB ? 'matmulT' : 'matmul', [a, b], new Tensor(out, p.shape), (g) => {
    const ga = a.requiresGrad ? new Float64Array(a.size) : null;
    const gb = b.requiresGrad ? new Float64Array(b.size) : null;
    for (let t = 0; t < batch; t++) {
      const gOff = t * m * n;
      // A shared across the batch (aStep 0) collects the sum over batches.
      if (ga && transposeB) matmulAB(g, gOff, b.data, t * bStep, ga, t * aStep, m, n, k, aStep === 0 && t > 0);
      else if (ga) matmulABt(g, gOff, b.data, t * bStep, ga, t * aStep, m, n, k, aStep === 0 && t > 0);
      if (gb && transposeB) matmulAtB(g, gOff, a.data, t * aStep, gb, t * bStep, n, m, k, bStep === 0 && t > 0);
      else if (gb) matmulAtB(a.data, t * aStep, g, gOff, gb, t * bStep, k, m, n, bStep === 0 && t > 0);
    }
    return [ga, gb];
  }, () => ({
    rules: transposeB ? ['∂L/∂C · B', '(∂L/∂C)ᵀ · A'] : ['∂L/∂C · Bᵀ', 'Aᵀ · ∂L/∂C'],
    info: { transposed: transposeB ? ['none', 'dC'] : ['B', 'A'], m, k, n, batch },
  }));
}

/**
 * Fully-connected layer y = x·Wᵀ + b as one node. x: [..., in] (1-D for a
 * single example), W: [out, in], b: [out] or omitted. Returns [..., out].
 */
export function linear(x: Tensor, W: Tensor, b?: Tensor | null): Tensor {
  const inDim = x.shape[x.ndim - 1];
  if (W.ndim !== 2 || W.shape[1] !== inDim) throw shapeError('linear', W, x, 'expected W [out, in] and x [..., in]');
  const outDim = W.shape[0];
  if (b && (b.ndim !== 1 || b.shape[0] !== outDim)) throw badShape('linear', b, `is not a bias of length ${outDim}`);
  const rows = x.size / inDim;
  const out = allocFor(rows * outDim, x, W, b);
  matmulABt(x.data, 0, W.data, 0, out, 0, rows, inDim, outDim);
  if (b) {
    const bd = b.data;
    for (let r = 0; r < rows; r++) for (let j = 0; j < outDim; j++) out[r * outDim + j] += bd[j];
  }
  const shape = x.shape.slice(0, -1).concat(outDim);
  const inputs = b ? [x, W, b] : [x, W];
  return record('linear', inputs, new Tensor(out, shape), (g) => {
    let gx: Float64Array | null = null;
    let gW: Float64Array | null = null;
    if (x.requiresGrad) matmulAB(g, 0, W.data, 0, (gx = float64Buffer(x.size)), 0, rows, outDim, inDim);
    if (W.requiresGrad) matmulAtB(g, 0, x.data, 0, (gW = float64Buffer(W.size)), 0, outDim, rows, inDim);
    if (!b) return [gx, gW];
    let gb: Float64Array | null = null;
    if (b.requiresGrad) {
      gb = new Float64Array(outDim);
      for (let r = 0; r < rows; r++) for (let j = 0; j < outDim; j++) gb[j] += g[r * outDim + j];
    }
    return [gx, gW, gb];
  }, () => ({ rules: ['∂L/∂y · W', '(∂L/∂y)ᵀ · x', 'Σ_rows ∂L/∂y'], info: { transposed: ['none', 'dY', 'none'] } }));
}
