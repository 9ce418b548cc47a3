/**
 * The benchmark workloads, described once so both engines build identical
 * problems from the same seeded data (weights in [out,in] or per-engine
 * layout are derived from the same flat arrays).
 */
import { glorot, oneHot, randomArray, randomLabels } from './harness';

/** A dense network: layer sizes and seeded weights. W_l is stored [in, out] row-major. */
export interface MlpSpec {
  sizes: number[];
  batch: number;
  x: Float32Array;
  y: Float32Array;
  W: Float32Array[];
  b: Float32Array[];
  lr: number;
}

function mlpSpec(sizes: number[], batch: number, seed: number, binary: boolean): MlpSpec {
  const nIn = sizes[0];
  const nOut = sizes[sizes.length - 1];
  const x = randomArray(batch * nIn, seed);
  const y = binary ? Float32Array.from(randomArray(batch * nOut, seed + 1), (v) => (v > 0 ? 1 : 0)) : randomArray(batch * nOut, seed + 1, 0.5).map((v) => v + 0.5);
  const W: Float32Array[] = [];
  const b: Float32Array[] = [];
  for (let l = 0; l + 1 < sizes.length; l++) {
    W.push(glorot(sizes[l], sizes[l + 1], sizes[l] * sizes[l + 1], seed + 10 + l));
    b.push(new Float32Array(sizes[l + 1]));
  }
  return { sizes, batch, x, y, W, b, lr: 0.1 };
}

/** Workload 1: 2→8→8→1, tanh hidden, sigmoid out, BCE, batch 10. */
export const mlpXor = (): MlpSpec => mlpSpec([2, 8, 8, 1], 10, 101, true);
/** Workload 2: the deck's 3→5→5→4 sigmoid network, batch 1, MSE. */
export const mlpDeck = (): MlpSpec => mlpSpec([3, 5, 5, 4], 1, 202, false);

/** Workload 3: small CNN on 28×28×1, NHWC. Filters stored [kh, kw, in, out]. */
export interface CnnSpec {
  batch: number;
  x: Float32Array;
  labels: Int32Array;
  y: Float32Array;
  k1: Float32Array;
  b1: Float32Array;
  k2: Float32Array;
  b2: Float32Array;
  W: Float32Array; // [7·7·16, 10]
  b: Float32Array;
  lr: number;
}

export function cnnSpec(): CnnSpec {
  const batch = 32;
  const labels = randomLabels(batch, 10, 303);
  return {
    batch,
    x: randomArray(batch * 28 * 28, 301, 1).map((v) => (v + 1) / 2),
    labels,
    y: oneHot(labels, 10),
    k1: glorot(9, 72, 3 * 3 * 1 * 8, 304),
    b1: new Float32Array(8),
    k2: glorot(72, 144, 3 * 3 * 8 * 16, 305),
    b2: new Float32Array(16),
    W: glorot(784, 10, 784 * 10, 306),
    b: new Float32Array(10),
    lr: 0.01,
  };
}

/** Workload 4: LSTM, input 16, hidden 32, 20 steps, batch 8; loss = mean((h_T − target)²). */
export interface LstmSpec {
  steps: number;
  batch: number;
  input: number;
  hidden: number;
  /** Inputs per step, [steps][batch·input]. */
  xs: Float32Array[];
  target: Float32Array;
  /** Gate weights [(input+hidden), 4·hidden], gate order i, f, g, o. */
  W: Float32Array;
  b: Float32Array;
  lr: number;
}

export function lstmSpec(): LstmSpec {
  const steps = 20;
  const batch = 8;
  const input = 16;
  const hidden = 32;
  return {
    steps,
    batch,
    input,
    hidden,
    xs: Array.from({ length: steps }, (_, t) => randomArray(batch * input, 400 + t)),
    target: randomArray(batch * hidden, 399, 0.5),
    W: glorot(input + hidden, 4 * hidden, (input + hidden) * 4 * hidden, 398),
    b: new Float32Array(4 * hidden),
    lr: 0.05,
  };
}

/** Workload 5: one multi-head self-attention layer; loss = mean((Y − target)²). */
export interface AttentionSpec {
  tokens: number;
  dModel: number;
  heads: number;
  x: Float32Array;
  target: Float32Array;
  /** Projections [dModel, dModel] (stored [in, out]): q, k, v, o. */
  Wq: Float32Array;
  Wk: Float32Array;
  Wv: Float32Array;
  Wo: Float32Array;
}

export function attentionSpec(): AttentionSpec {
  const tokens = 32;
  const dModel = 64;
  const n = dModel * dModel;
  return {
    tokens,
    dModel,
    heads: 4,
    x: randomArray(tokens * dModel, 501),
    target: randomArray(tokens * dModel, 502, 0.5),
    Wq: glorot(dModel, dModel, n, 503),
    Wk: glorot(dModel, dModel, n, 504),
    Wv: glorot(dModel, dModel, n, 505),
    Wo: glorot(dModel, dModel, n, 506),
  };
}

/** Workload 6: 50 000 × 100 row-normalised embedding matrix and a query vector. */
export interface AnalogySpec {
  rows: number;
  dim: number;
  k: number;
  matrix: Float32Array;
  queries: Float32Array[];
}

export function analogySpec(): AnalogySpec {
  const rows = 50_000;
  const dim = 100;
  const matrix = randomArray(rows * dim, 601);
  for (let r = 0; r < rows; r++) {
    let s = 0;
    for (let j = 0; j < dim; j++) s += matrix[r * dim + j] ** 2;
    const inv = 1 / Math.sqrt(s);
    for (let j = 0; j < dim; j++) matrix[r * dim + j] *= inv;
  }
  const queries = Array.from({ length: 8 }, (_, q) => randomArray(dim, 700 + q));
  return { rows, dim, k: 10, matrix, queries };
}
