/**
 * The Gradient Atlas engine side of the benchmark: the same workloads as
 * tfjs.ts, built from the same seeded arrays. MLPs go through the real
 * model code (src/models/mlp.ts) the training worker uses.
 */
import { matmulAB } from '../../src/engine/kernels/matmul';
import { meanSquaredError, softmaxCrossEntropy } from '../../src/engine/losses';
import { SGD } from '../../src/engine/optim';
import { sigmoid, tanh } from '../../src/engine/ops/activation';
import { add, mul } from '../../src/engine/ops/arith';
import { conv2d } from '../../src/engine/ops/conv';
import { linear, matmul } from '../../src/engine/ops/matmul';
import { maxPool2d } from '../../src/engine/ops/pool';
import { concat, permute, reshape, slice } from '../../src/engine/ops/shape';
import { scale } from '../../src/engine/ops/math';
import { softmax } from '../../src/engine/ops/softmax';
import { topKCosine } from '../../src/engine/similarity';
import { releaseGraph, releaseTensors } from '../../src/engine/release';
import { backward, noGrad } from '../../src/engine/tape';
import { Tensor } from '../../src/engine/tensor';
import { buildMlp } from '../../src/models/mlp';
import type { AnalogySpec, AttentionSpec, CnnSpec, LstmSpec, MlpSpec } from './workloads';

/**
 * Storage of the engine's tensors in the conv, LSTM and attention workloads: float32 (the
 * WebAssembly SIMD kernels) unless `setStorage('float64')` (the exact JS path, as before).
 */
let storage: 'float32' | 'float64' = 'float32';
export function setStorage(s: 'float32' | 'float64'): void {
  storage = s;
}
const store = (a: Float32Array): Float32Array | Float64Array => (storage === 'float32' ? Float32Array.from(a) : Float64Array.from(a));
const leaf = (a: Float32Array, shape: number[]): Tensor => new Tensor(store(a), shape, true);
const constant = (a: Float32Array, shape: number[]): Tensor => new Tensor(store(a), shape, false);

/** [rows, cols] row-major → [cols, rows] (tfjs keeps W as [in, out], the engine as [out, in]). */
function transposed(a: Float32Array, rows: number, cols: number): Float32Array {
  const out = new Float32Array(a.length);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out[c * rows + r] = a[r * cols + c];
  return out;
}

/** Dense network training step through the worker's MLP model + SGD (workloads 1, 2). */
export function engineMlpStep(spec: MlpSpec, hidden: 'tanh' | 'sigmoid', loss: 'bce' | 'mse'): () => void {
  const { sizes, batch } = spec;
  const nIn = sizes[0];
  const nOut = sizes[sizes.length - 1];
  const rows = (a: Float32Array, w: number) => Array.from({ length: batch }, (_, i) => Array.from(a.subarray(i * w, (i + 1) * w)));
  const model = buildMlp({
    kind: 'mlp', layers: sizes, activation: hidden, outputActivation: 'sigmoid', loss,
    data: { x: rows(spec.x, nIn), y: rows(spec.y, nOut) },
    optimizer: { name: 'sgd', hyper: { lr: spec.lr } }, batchSize: batch, seed: 1,
  });
  for (let l = 0; l < spec.W.length; l++) model.params[2 * l].data.set(transposed(spec.W[l], sizes[l], sizes[l + 1]));
  const opt = new SGD(model.params, { lr: spec.lr });
  const all = Int32Array.from({ length: batch }, (_, i) => i);
  return () => {
    model.trainStep(all);
    opt.step();
  };
}

/** [kh, kw, in, out] (tfjs) → [out, in, kh, kw] (engine). */
function kernelToEngine(k: Float32Array, kh: number, kw: number, cin: number, cout: number): Float32Array {
  const out = new Float32Array(k.length);
  for (let i = 0; i < kh; i++)
    for (let j = 0; j < kw; j++)
      for (let c = 0; c < cin; c++)
        for (let f = 0; f < cout; f++) out[((f * cin + c) * kh + i) * kw + j] = k[((i * kw + j) * cin + c) * cout + f];
  return out;
}

function cnnParams(spec: CnnSpec): Tensor[] {
  return [
    leaf(kernelToEngine(spec.k1, 3, 3, 1, 8), [8, 1, 3, 3]),
    leaf(spec.b1, [8]),
    leaf(kernelToEngine(spec.k2, 3, 3, 8, 16), [16, 8, 3, 3]),
    leaf(spec.b2, [16]),
    leaf(transposed(spec.W, 784, 10), [10, 784]),
    leaf(spec.b, [10]),
  ];
}

/** The logits and every intermediate (so a caller can release them, as tf.tidy disposes tfjs's). */
function cnnLogits(p: Tensor[], x: Tensor, batch: number): { logits: Tensor; intermediates: Tensor[] } {
  const c1 = conv2d(x, p[0], p[1], { padding: 1, activation: 'relu' });
  const p1 = maxPool2d(c1, 2);
  const c2 = conv2d(p1, p[2], p[3], { padding: 1, activation: 'relu' });
  const p2 = maxPool2d(c2, 2);
  const logits = linear(reshape(p2, [batch, 784]), p[4], p[5]);
  return { logits, intermediates: [c1, p1, c2, p2, logits] };
}

/** CNN training step (NCHW; with one input channel the input bytes equal tfjs's NHWC), workload 3. */
export function engineCnnStep(spec: CnnSpec): () => void {
  const p = cnnParams(spec);
  const x = constant(spec.x, [spec.batch, 1, 28, 28]);
  const opt = new SGD(p, { lr: spec.lr });
  return () => {
    opt.zeroGrad();
    const loss = softmaxCrossEntropy(cnnLogits(p, x, spec.batch).logits, spec.labels);
    backward(loss);
    // Recycle the step's activations and gradients (tfjs's minimize disposes its own likewise).
    releaseGraph(loss);
    opt.step();
  };
}

/** CNN inference on one batch (class probabilities), workload 3 forward. */
export function engineCnnForward(spec: CnnSpec): () => void {
  const p = cnnParams(spec);
  const x = constant(spec.x, [spec.batch, 1, 28, 28]);
  return () => {
    noGrad(() => {
      const { logits, intermediates } = cnnLogits(p, x, spec.batch);
      softmax(logits);
      // As tf.tidy disposes tfjs's intermediates: their arrays serve the next batch.
      releaseTensors(intermediates, [x]);
    });
  };
}

/** LSTM with full BPTT and an SGD step (one fused gate matmul per step), workload 4. */
export function engineLstmStep(spec: LstmSpec): () => void {
  const { batch, hidden: H, input } = spec;
  const W = leaf(transposed(spec.W, input + H, 4 * H), [4 * H, input + H]);
  const b = leaf(spec.b, [4 * H]);
  const xs = spec.xs.map((x) => constant(x, [batch, input]));
  const target = constant(spec.target, [batch, H]);
  const opt = new SGD([W, b], { lr: spec.lr });
  return () => {
    opt.zeroGrad();
    let h = new Tensor(new Float64Array(batch * H), [batch, H]);
    let c = new Tensor(new Float64Array(batch * H), [batch, H]);
    for (const x of xs) {
      const z = linear(concat([x, h], 1), W, b);
      const i = sigmoid(slice(z, 1, 0, H));
      const f = sigmoid(slice(z, 1, H, 2 * H));
      const g = tanh(slice(z, 1, 2 * H, 3 * H));
      const o = sigmoid(slice(z, 1, 3 * H, 4 * H));
      c = add(mul(f, c), mul(i, g));
      h = mul(o, tanh(c));
    }
    backward(meanSquaredError(h, target));
    opt.step();
  };
}

/** Multi-head self-attention forward + backward (gradients of the four projections), workload 5. */
export function engineAttentionStep(spec: AttentionSpec): () => void {
  const { tokens: T, dModel: D, heads: Hh } = spec;
  const dh = D / Hh;
  const [Wq, Wk, Wv, Wo] = [spec.Wq, spec.Wk, spec.Wv, spec.Wo].map((w) => leaf(w, [D, D]));
  const x = constant(spec.x, [T, D]);
  const target = constant(spec.target, [T, D]);
  const split = (m: Tensor) => permute(reshape(m, [T, Hh, dh]), [1, 0, 2]);
  return () => {
    for (const w of [Wq, Wk, Wv, Wo]) w.grad?.fill(0);
    const q = split(matmul(x, Wq));
    const k = split(matmul(x, Wk));
    const v = split(matmul(x, Wv));
    const p = softmax(scale(matmul(q, k, true), 1 / Math.sqrt(dh)));
    const ctx = reshape(permute(matmul(p, v), [1, 0, 2]), [T, D]);
    backward(meanSquaredError(matmul(ctx, Wo), target));
  };
}

/** Top-k cosine query over the Float32 matrix, workload 6. */
export function engineAnalogyQuery(spec: AnalogySpec): () => void {
  let q = 0;
  return () => {
    topKCosine(spec.matrix, spec.rows, spec.dim, spec.queries[q++ % spec.queries.length], spec.k);
  };
}

/** The engine's matmul kernel on n×n inputs (output of the same type), workload 7. */
export function engineMatmul(n: number, a: Float32Array | Float64Array, b: Float32Array | Float64Array): () => void {
  const c = a instanceof Float32Array ? new Float32Array(n * n) : new Float64Array(n * n);
  return () => matmulAB(a, 0, b, 0, c, 0, n, n, n);
}

/** The ceiling: a tight hand-written Float32Array i-k-j loop, workload 7. */
export function rawMatmul(n: number, a: Float32Array, b: Float32Array): () => void {
  const c = new Float32Array(n * n);
  return () => {
    c.fill(0);
    for (let i = 0; i < n; i++) {
      const ci = i * n;
      for (let p = 0; p < n; p++) {
        const av = a[ci + p];
        const bp = p * n;
        for (let j = 0; j < n; j++) c[ci + j] += av * b[bp + j];
      }
    }
  };
}

/** The same loop on Float64Array (V8 computes in double precision, so this is often the faster ceiling). */
export function rawMatmul64(n: number, a: Float64Array, b: Float64Array): () => void {
  const c = new Float64Array(n * n);
  return () => {
    c.fill(0);
    for (let i = 0; i < n; i++) {
      const ci = i * n;
      for (let p = 0; p < n; p++) {
        const av = a[ci + p];
        const bp = p * n;
        for (let j = 0; j < n; j++) c[ci + j] += av * b[bp + j];
      }
    }
  };
}
