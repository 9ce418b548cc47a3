/**
 * The TensorFlow.js side of the benchmark, on the plain-JS `cpu` backend and the
 * WebAssembly backend (`@tensorflow/tfjs-backend-wasm`, XNNPACK with SIMD; in Node it
 * loads its .wasm from node_modules). A factory builds its tensors on the backend
 * active when it is called, and the harness re-selects that backend before each
 * timed run ({@link selectBackend}), so no tensor ever moves between backends.
 * Each factory builds its workload once and returns a function doing one
 * unit of work (a training step, a forward batch, a query). Losses are read
 * back every step (`dataSync`), as a training loop that plots loss must.
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import type { AnalogySpec, AttentionSpec, CnnSpec, LstmSpec, MlpSpec } from './workloads';

/** The two backends compared. */
export type TfBackend = 'cpu' | 'wasm';

/** Initialise both backends (cpu active afterwards); returns a description. */
export async function initTfjs(): Promise<string> {
  await tf.setBackend('wasm');
  await tf.ready();
  const wasm = tf.getBackend();
  await tf.setBackend('cpu');
  await tf.ready();
  return `tfjs ${tf.version.tfjs}: ${tf.getBackend()} and ${wasm}`;
}

/**
 * Switch backend synchronously (both are initialised, so `setBackend` completes before its
 * first await). Throws if the switch did not happen.
 */
export function selectBackend(b: TfBackend): void {
  if (tf.getBackend() === b) return;
  void tf.setBackend(b);
  if (tf.getBackend() !== b) throw new Error(`tfjs backend ${b} did not switch synchronously`);
}

/** Build a workload's tensors on backend `b` (a factory from this module). */
export function on<T>(b: TfBackend, factory: () => T): T {
  selectBackend(b);
  return factory();
}

type Act = 'tanh' | 'sigmoid';

function apply(act: Act, x: tf.Tensor): tf.Tensor {
  return act === 'tanh' ? tf.tanh(x) : tf.sigmoid(x);
}

/** Dense network training step with SGD (workloads 1 and 2). */
export function tfMlpStep(spec: MlpSpec, hidden: Act, loss: 'bce' | 'mse'): () => void {
  const { sizes, batch } = spec;
  const W = spec.W.map((w, l) => tf.variable(tf.tensor2d(w, [sizes[l], sizes[l + 1]])));
  const b = spec.b.map((v) => tf.variable(tf.tensor1d(v)));
  const x = tf.tensor2d(spec.x, [batch, sizes[0]]);
  const y = tf.tensor2d(spec.y, [batch, sizes[sizes.length - 1]]);
  const opt = tf.train.sgd(spec.lr);
  const forward = (): tf.Scalar => {
    let h: tf.Tensor = x;
    for (let l = 0; l < W.length; l++) {
      const z = tf.add(tf.matMul(h, W[l]), b[l]);
      h = l < W.length - 1 ? apply(hidden, z) : tf.sigmoid(z);
    }
    return (loss === 'bce' ? tf.losses.logLoss(y, h) : tf.losses.meanSquaredError(y, h)) as tf.Scalar;
  };
  return () => {
    const cost = opt.minimize(forward, true);
    cost?.dataSync();
    cost?.dispose();
  };
}

function cnnForward(spec: CnnSpec, vars: tf.Variable[], x: tf.Tensor4D): tf.Tensor2D {
  const [k1, b1, k2, b2, W, b] = vars;
  // Fused convolution + bias + ReLU, as the engine's conv2d(…, { activation: 'relu' }).
  const convRelu = (input: tf.Tensor4D, filter: tf.Variable, bias: tf.Variable) =>
    tf.fused.conv2d({ x: input, filter: filter as tf.Tensor4D, strides: 1, pad: 'same', bias, activation: 'relu' });
  let h = tf.maxPool(convRelu(x, k1, b1), 2, 2, 'valid');
  h = convRelu(h, k2, b2);
  h = tf.maxPool(h, 2, 2, 'valid');
  return tf.add(tf.matMul(tf.reshape(h, [spec.batch, 7 * 7 * 16]), W), b);
}

function cnnVars(spec: CnnSpec): tf.Variable[] {
  return [
    tf.variable(tf.tensor4d(spec.k1, [3, 3, 1, 8])),
    tf.variable(tf.tensor1d(spec.b1)),
    tf.variable(tf.tensor4d(spec.k2, [3, 3, 8, 16])),
    tf.variable(tf.tensor1d(spec.b2)),
    tf.variable(tf.tensor2d(spec.W, [784, 10])),
    tf.variable(tf.tensor1d(spec.b)),
  ];
}

/** CNN training step (softmax cross-entropy, SGD), workload 3. */
export function tfCnnStep(spec: CnnSpec): () => void {
  const vars = cnnVars(spec);
  const x = tf.tensor4d(spec.x, [spec.batch, 28, 28, 1]);
  const y = tf.tensor2d(spec.y, [spec.batch, 10]);
  const opt = tf.train.sgd(spec.lr);
  return () => {
    const cost = opt.minimize(() => tf.losses.softmaxCrossEntropy(y, cnnForward(spec, vars, x)) as tf.Scalar, true);
    cost?.dataSync();
    cost?.dispose();
  };
}

/** CNN inference on one batch (class probabilities), workload 3 forward. */
export function tfCnnForward(spec: CnnSpec): () => void {
  const vars = cnnVars(spec);
  const x = tf.tensor4d(spec.x, [spec.batch, 28, 28, 1]);
  return () => {
    const p = tf.tidy(() => tf.softmax(cnnForward(spec, vars, x)));
    p.dataSync();
    p.dispose();
  };
}

/** LSTM with full backprop through time and an SGD step, workload 4. */
export function tfLstmStep(spec: LstmSpec): () => void {
  const { batch, hidden, input } = spec;
  const W = tf.variable(tf.tensor2d(spec.W, [input + hidden, 4 * hidden]));
  const b = tf.variable(tf.tensor1d(spec.b));
  const xs = spec.xs.map((x) => tf.tensor2d(x, [batch, input]));
  const target = tf.tensor2d(spec.target, [batch, hidden]);
  const opt = tf.train.sgd(spec.lr);
  const loss = (): tf.Scalar => {
    let h: tf.Tensor = tf.zeros([batch, hidden]);
    let c: tf.Tensor = tf.zeros([batch, hidden]);
    for (const x of xs) {
      const z = tf.add(tf.matMul(tf.concat([x, h], 1), W), b);
      const [i, f, g, o] = tf.split(z, 4, 1);
      c = tf.add(tf.mul(tf.sigmoid(f), c), tf.mul(tf.sigmoid(i), tf.tanh(g)));
      h = tf.mul(tf.sigmoid(o), tf.tanh(c));
    }
    return tf.losses.meanSquaredError(target, h) as tf.Scalar;
  };
  return () => {
    const cost = opt.minimize(loss, true);
    cost?.dataSync();
    cost?.dispose();
  };
}

/** Multi-head self-attention forward + backward (gradients of all four projections), workload 5. */
export function tfAttentionStep(spec: AttentionSpec): () => void {
  const { tokens: T, dModel: D, heads: H } = spec;
  const dh = D / H;
  const [Wq, Wk, Wv, Wo] = [spec.Wq, spec.Wk, spec.Wv, spec.Wo].map((w) => tf.variable(tf.tensor2d(w, [D, D])));
  const x = tf.tensor2d(spec.x, [T, D]);
  const target = tf.tensor2d(spec.target, [T, D]);
  const split = (m: tf.Tensor) => tf.transpose(tf.reshape(m, [T, H, dh]), [1, 0, 2]) as tf.Tensor3D;
  const loss = (): tf.Scalar => {
    const q = split(tf.matMul(x, Wq));
    const k = split(tf.matMul(x, Wk));
    const v = split(tf.matMul(x, Wv));
    const p = tf.softmax(tf.mul(tf.matMul(q, k, false, true), 1 / Math.sqrt(dh)));
    const ctx = tf.reshape(tf.transpose(tf.matMul(p, v), [1, 0, 2]), [T, D]);
    return tf.losses.meanSquaredError(target, tf.matMul(ctx, Wo)) as tf.Scalar;
  };
  return () => {
    const { value, grads } = tf.variableGrads(loss);
    value.dataSync();
    for (const g of Object.values(grads)) g.dataSync();
    tf.dispose([value, ...Object.values(grads)]);
  };
}

/** Top-k cosine query (matrix·vector + topk), workload 6. Cycles through the spec's queries. */
export function tfAnalogyQuery(spec: AnalogySpec): () => void {
  const M = tf.tensor2d(spec.matrix, [spec.rows, spec.dim]);
  let q = 0;
  return () => {
    const query = spec.queries[q++ % spec.queries.length];
    const idx = tf.tidy(() => {
      const s = tf.reshape(tf.matMul(M, tf.tensor2d(query, [spec.dim, 1])), [spec.rows]);
      return tf.topk(s, spec.k).indices;
    });
    idx.dataSync();
    idx.dispose();
  };
}

/** tfjs n³ matmul, workload 7. */
export function tfMatmul(n: number, a: Float32Array, b: Float32Array): () => void {
  const A = tf.tensor2d(a, [n, n]);
  const B = tf.tensor2d(b, [n, n]);
  return () => {
    const c = tf.matMul(A, B);
    c.dataSync();
    c.dispose();
  };
}

/** Live tensor count (to check the workloads do not leak). */
export function tfNumTensors(): number {
  return tf.memory().numTensors;
}
