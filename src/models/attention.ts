/**
 * Attention computations for the lesson's widgets, on the engine: score
 * functions for one decoder state, scaled dot-product self-attention with its
 * intermediate matrices, softmax saturation, multi-head weights, positional
 * encodings and the cost table. Every function returns plain arrays.
 */
import { AttentionScorer, MultiHeadSelfAttention, attend, causalMask, sinusoidalPositionalEncoding, type ScoreKind } from '../engine/nn';
import { scale } from '../engine/ops/math';
import { layerNorm } from '../engine/ops/norm';
import { matmul } from '../engine/ops/matmul';
import { maskFill, softmax } from '../engine/ops/softmax';
import { createRng } from '../engine/rng';
import { noGrad } from '../engine/tape';
import { Tensor, tensor } from '../engine/tensor';

export type { ScoreKind } from '../engine/nn';

/** Matrix as rows. */
export type Rows = number[][];

const rows = (t: Tensor): Rows => {
  const [r, c] = t.shape.length === 1 ? [1, t.shape[0]] : t.shape;
  return Array.from({ length: r }, (_, i) => Array.from(t.data.subarray(i * c, (i + 1) * c)));
};
const vec = (t: Tensor): number[] => Array.from(t.data);

/** Weights of the parametrised scores: bilinear W [d, d]; MLP W1 [dA, 2d] acting on [h; s], w2 [dA]. */
export interface ScoreWeights {
  W: Rows;
  W1: Rows;
  w2: number[];
}

/** Scores of every score function, the chosen one's weights α and context. */
export interface ScoreResult {
  scores: Record<ScoreKind | 'cosine', number[]>;
  alpha: number[];
  context: number[];
}

/** An engine scorer of `kind` carrying the given weights. */
function scorerWith(kind: ScoreKind, d: number, w: ScoreWeights): AttentionScorer {
  const s = new AttentionScorer(kind, d, d, createRng(0), w.W1.length);
  if (s.W) s.W.data.set(w.W.flat());
  if (s.W1) s.W1.data.set(w.W1.flat());
  if (s.w2) s.w2.data.set(w.w2);
  return s;
}

/** Cosine similarity h·s / (‖h‖‖s‖); 0 when either vector is zero. */
export function cosine(a: readonly number[], b: readonly number[]): number {
  let ab = 0, aa = 0, bb = 0;
  a.forEach((v, i) => ((ab += v * b[i]), (aa += v * v), (bb += b[i] * b[i])));
  return aa === 0 || bb === 0 ? 0 : ab / Math.sqrt(aa * bb);
}

/**
 * Score encoder states `H` (N vectors of size d) against decoder state `s`
 * with all four engine score functions and cosine; softmax and context use `kind`.
 */
export function scoreAll(H: Rows, s: number[], w: ScoreWeights, kind: ScoreKind | 'cosine'): ScoreResult {
  return noGrad(() => {
    const d = s.length;
    const Ht = tensor(H);
    const st = tensor(s);
    const kinds: ScoreKind[] = ['dot', 'scaledDot', 'bilinear', 'mlp'];
    const scores = Object.fromEntries(kinds.map((k) => [k, vec(scorerWith(k, d, w).scores(st, Ht))])) as ScoreResult['scores'];
    scores.cosine = H.map((h) => cosine(h, s));
    const r = attend(tensor(scores[kind]), Ht);
    return { scores, alpha: vec(r.weights), context: vec(r.context) };
  });
}

/** Every matrix of one scaled dot-product self-attention pass. */
export interface SelfAttentionTrace {
  Q: Rows; K: Rows; V: Rows;
  /** Q Kᵀ. */
  S: Rows;
  /** Q Kᵀ / √d_k (masked entries −∞ when causal). */
  scaled: Rows;
  /** softmax rows. */
  A: Rows;
  Z: Rows;
  dk: number;
}

/** softmax(QKᵀ/√d_k)V for inputs X [n, d] and projections W_Q, W_K, W_V [d, d_k] (X·W convention). */
export function selfAttention(X: Rows, Wq: Rows, Wk: Rows, Wv: Rows, causal = false): SelfAttentionTrace {
  return noGrad(() => {
    const x = tensor(X);
    const Q = matmul(x, tensor(Wq));
    const K = matmul(x, tensor(Wk));
    const V = matmul(x, tensor(Wv));
    const dk = Wk[0].length;
    const S = matmul(Q, K, true);
    let scaled = scale(S, 1 / Math.sqrt(dk));
    if (causal) scaled = maskFill(scaled, causalMask(X.length));
    const A = softmax(scaled);
    return { Q: rows(Q), K: rows(K), V: rows(V), S: rows(S), scaled: rows(scaled), A: rows(A), Z: rows(matmul(A, V)), dk };
  });
}

/** Seeded matrix [r, c] with entries N(0, std²). */
export function randomMatrix(r: number, c: number, seed: string, std = 1): Rows {
  const rng = createRng(seed);
  return Array.from({ length: r }, () => Array.from({ length: c }, () => rng.normal(0, std)));
}

/** Softmax saturation for one random query against n keys with unit-variance entries of size d_k. */
export interface Saturation {
  dk: number;
  raw: number[];
  scaled: number[];
  /** Largest weight without / with the 1/√d_k. */
  maxRaw: number;
  maxScaled: number;
  /** Std of the raw scores (≈ √d_k). */
  stdRaw: number;
}

export function saturation(dk: number, n: number, seed = 'sat'): Saturation {
  return noGrad(() => {
    const q = randomMatrix(1, dk, `${seed}:q`);
    const K = randomMatrix(n, dk, `${seed}:k`);
    const S = matmul(tensor(q), tensor(K), true);
    const raw = vec(softmax(S));
    const scaled = vec(softmax(scale(S, 1 / Math.sqrt(dk))));
    const e = vec(S);
    const mean = e.reduce((a, b) => a + b, 0) / n;
    const stdRaw = Math.sqrt(e.reduce((a, b) => a + (b - mean) ** 2, 0) / n);
    return { dk, raw, scaled, maxRaw: Math.max(...raw), maxScaled: Math.max(...scaled), stdRaw };
  });
}

/** Per-head attention weights [h][n][n] of a seeded multi-head layer over X [n, d], and its output. */
export function multiHead(X: Rows, heads: number, causal: boolean, seed = 'mh'): { weights: Rows[]; output: Rows } {
  return noGrad(() => {
    const layer = new MultiHeadSelfAttention(X[0].length, heads, createRng(seed));
    const r = layer.forward(tensor(X), causal ? causalMask(X.length) : undefined);
    const n = X.length;
    const w = r.weights.data;
    const weights = Array.from({ length: heads }, (_, h) =>
      Array.from({ length: n }, (_, i) => Array.from(w.subarray((h * n + i) * n, (h * n + i + 1) * n))));
    return { weights, output: rows(r.output) };
  });
}

/** Sinusoidal encodings PE [T, D] and their dot products PE·PEᵀ [T, T]. */
export function positional(T: number, D: number): { pe: Rows; similarity: Rows } {
  return noGrad(() => {
    const pe = sinusoidalPositionalEncoding(T, D);
    return { pe: rows(pe), similarity: rows(matmul(pe, pe, true)) };
  });
}

/** Floating-point operations in one multiply-add (a product and a sum). */
const FLOPS_PER_MULTIPLY_ADD = 2;

/**
 * FLOPs per layer, counted as the decks count them (n = d = 1000, k = 3 gives 4·10⁹, 16·10⁹, 6·10⁹):
 * - self-attention: two n×n products, the scores QKᵀ and the weighted sum AV, each n²·d multiply-adds → 4·n²·d;
 * - LSTM: at each of n steps, four gates each multiply the input and the previous state by a d×d matrix,
 *   8·d² multiply-adds → 16·n·d²;
 * - convolution of width k: each of n positions sees k vectors of size d through d filters, k·d² multiply-adds → 2k·n·d².
 * The projections Q, K, V and the output (n·d² each) are the same in every layer type here and are left out, as in the decks.
 */
export function layerCost(n: number, d: number, k: number): { selfAttention: number; rnn: number; conv: number } {
  const f = FLOPS_PER_MULTIPLY_ADD;
  return { selfAttention: f * 2 * n * n * d, rnn: f * 8 * n * d * d, conv: f * k * n * d * d };
}

/** Layer normalisation of one vector, step by step: mean, variance (over the vector), and (x − μ)/√(σ² + ε) from the engine's op. */
export function layerNormSteps(x: readonly number[], eps = 1e-5): { mean: number; variance: number; std: number; out: number[] } {
  const mean = x.reduce((a, b) => a + b, 0) / x.length;
  const variance = x.reduce((a, b) => a + (b - mean) ** 2, 0) / x.length;
  const out = Array.from(layerNorm(tensor([...x]), null, null, eps).data);
  return { mean, variance, std: Math.sqrt(variance + eps), out };
}
