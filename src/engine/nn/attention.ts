/**
 * Attention: score functions (dot, scaled dot, Luong bilinear, Bahdanau MLP),
 * masked softmax weighting, multi-head self-attention, sinusoidal positional
 * encoding and the residual + layer-norm block.
 */
import { xavierUniform } from '../init';
import { add } from '../ops/arith';
import { tanh } from '../ops/activation';
import { scale } from '../ops/math';
import { linear, matmul } from '../ops/matmul';
import { layerNorm } from '../ops/norm';
import { permute, reshape, slice } from '../ops/shape';
import { maskFill, softmax } from '../ops/softmax';
import type { Rng } from '../rng';
import { full, type Tensor, zeros } from '../tensor';
import type { Module } from './module';

/** Score function kinds: hᵀs, hᵀs/√d, hᵀWs (Luong "general"), w2ᵀtanh(W1[h; s]) (Bahdanau). */
export type ScoreKind = 'dot' | 'scaledDot' | 'bilinear' | 'mlp';

/** Scores, attention weights and the context vector of one attention read. */
export interface AttentionResult {
  scores: Tensor;
  weights: Tensor;
  context: Tensor;
}

/**
 * Softmax over the last axis of `scores` with masked positions (truthy in
 * `mask`) set to −∞ first, then weights·values. A fully masked row gets all-zero
 * weights and hence a zero context (no NaN).
 */
export function attend(scores: Tensor, values: Tensor, mask?: ArrayLike<number | boolean>): AttentionResult {
  const masked = mask ? maskFill(scores, mask) : scores;
  const weights = softmax(masked).named('α = softmax(e)');
  return { scores, weights, context: matmul(weights, values).named('c = Σ α_t h_t') };
}

/**
 * Scores e_t between one query/decoder state s [dq] and keys/encoder states
 * H [T, dk]. Parameters: bilinear W [dk, dq]; mlp W1 [dA, dk + dq], w2 [dA].
 */
export class AttentionScorer implements Module {
  readonly W: Tensor | null = null;
  readonly W1: Tensor | null = null;
  readonly w2: Tensor | null = null;

  constructor(readonly kind: ScoreKind, readonly keyDim: number, readonly queryDim: number, rng: Rng, hiddenDim = keyDim) {
    if ((kind === 'dot' || kind === 'scaledDot') && keyDim !== queryDim) {
      throw new Error(`AttentionScorer: ${kind} scores need equal key and query sizes, got ${keyDim} and ${queryDim}`);
    }
    if (kind === 'bilinear') this.W = xavierUniform([keyDim, queryDim], rng, 'W_a');
    if (kind === 'mlp') {
      this.W1 = xavierUniform([hiddenDim, keyDim + queryDim], rng, 'W1');
      this.w2 = xavierUniform([hiddenDim, 1], rng, 'w2');
    }
  }

  /** e: [T]. */
  scores(s: Tensor, H: Tensor): Tensor {
    switch (this.kind) {
      case 'dot':
        return matmul(H, s).named('e = H·s');
      case 'scaledDot':
        return scale(matmul(H, s), 1 / Math.sqrt(this.keyDim)).named('e = H·s/√d');
      case 'bilinear':
        return matmul(H, matmul(this.W!, s)).named('e = Hᵀ W s');
      case 'mlp': {
        // W1[h; s] = W1_h h + W1_s s: slicing W1 avoids building T copies of s.
        const W1h = slice(this.W1!, 1, 0, this.keyDim);
        const W1s = slice(this.W1!, 1, this.keyDim);
        const hidden = tanh(add(linear(H, W1h), linear(s, W1s)));
        return reshape(matmul(hidden, this.w2!), [H.shape[0]]).named('e = w2ᵀ tanh(W1[h; s])');
      }
    }
  }

  /** Scores, masked softmax weights and context over `H` for query `s`. */
  forward(s: Tensor, H: Tensor, mask?: ArrayLike<number | boolean>): AttentionResult {
    return attend(this.scores(s, H), H, mask);
  }

  parameters(): Tensor[] {
    return [this.W, this.W1, this.w2].filter((t): t is Tensor => t !== null);
  }
}

/** Causal mask for T positions: entry (i, j) is 1 (masked) when j > i. */
export function causalMask(T: number): Uint8Array {
  const m = new Uint8Array(T * T);
  for (let i = 0; i < T; i++) for (let j = i + 1; j < T; j++) m[i * T + j] = 1;
  return m;
}

/** Output of multi-head self-attention; `weights` is [B?, heads, T, T]. */
export interface MHSAResult {
  output: Tensor;
  weights: Tensor;
}

/** Multi-head self-attention over x: [T, D] or [B, T, D]; D must divide by `heads`. */
export class MultiHeadSelfAttention implements Module {
  readonly Wq: Tensor;
  readonly Wk: Tensor;
  readonly Wv: Tensor;
  readonly Wo: Tensor;
  readonly bo: Tensor;
  readonly headDim: number;

  constructor(readonly dModel: number, readonly heads: number, rng: Rng) {
    if (dModel % heads !== 0) throw new Error(`MultiHeadSelfAttention: ${dModel} is not divisible by ${heads} heads`);
    this.headDim = dModel / heads;
    this.Wq = xavierUniform([dModel, dModel], rng, 'W_Q');
    this.Wk = xavierUniform([dModel, dModel], rng, 'W_K');
    this.Wv = xavierUniform([dModel, dModel], rng, 'W_V');
    this.Wo = xavierUniform([dModel, dModel], rng, 'W_O');
    this.bo = zeros([dModel], { requiresGrad: true, label: 'b_O' });
  }

  /** [B, T, D] → [B·h, T, dk]. */
  private split(x: Tensor, B: number, T: number): Tensor {
    const r = reshape(x, [B, T, this.heads, this.headDim]);
    return reshape(permute(r, [0, 2, 1, 3]), [B * this.heads, T, this.headDim]);
  }

  /** `mask` is T·T entries (truthy = masked), shared by every head, e.g. {@link causalMask}. */
  forward(x: Tensor, mask?: ArrayLike<number | boolean>): MHSAResult {
    const batched = x.ndim === 3;
    const B = batched ? x.shape[0] : 1;
    const T = x.shape[x.ndim - 2];
    const q = this.split(linear(x, this.Wq), B, T);
    const k = this.split(linear(x, this.Wk), B, T);
    const v = this.split(linear(x, this.Wv), B, T);
    let scores = scale(matmul(q, k, true), 1 / Math.sqrt(this.headDim));
    if (mask) scores = maskFill(scores, mask);
    const weights = softmax(scores).named('attention weights');
    const ctx = reshape(matmul(weights, v), [B, this.heads, T, this.headDim]);
    const merged = reshape(permute(ctx, [0, 2, 1, 3]), batched ? [B, T, this.dModel] : [T, this.dModel]);
    const shape = batched ? [B, this.heads, T, T] : [this.heads, T, T];
    return { output: linear(merged, this.Wo, this.bo), weights: reshape(weights, shape) };
  }

  parameters(): Tensor[] {
    return [this.Wq, this.Wk, this.Wv, this.Wo, this.bo];
  }
}

/** PE[pos, 2i] = sin(pos / 10000^{2i/D}), PE[pos, 2i+1] = cos(same); shape [T, D]. */
export function sinusoidalPositionalEncoding(T: number, D: number): Tensor {
  const pe = zeros([T, D]);
  for (let pos = 0; pos < T; pos++) {
    for (let j = 0; j < D; j++) {
      const angle = pos / Math.pow(10000, (2 * Math.floor(j / 2)) / D);
      pe.data[pos * D + j] = j % 2 === 0 ? Math.sin(angle) : Math.cos(angle);
    }
  }
  return pe.named('PE');
}

/** Residual connection followed by layer norm (post-LN): LayerNorm(x + sublayer(x)). */
export class AddNorm implements Module {
  readonly gain: Tensor;
  readonly bias: Tensor;

  constructor(readonly dim: number, readonly eps = 1e-5) {
    this.gain = full([dim], 1, { requiresGrad: true, label: 'γ' });
    this.bias = zeros([dim], { requiresGrad: true, label: 'β' });
  }

  /** `sublayer` is either its output already computed from x, or a function of x. */
  forward(x: Tensor, sublayer: Tensor | ((x: Tensor) => Tensor)): Tensor {
    const y = typeof sublayer === 'function' ? sublayer(x) : sublayer;
    return layerNorm(add(x, y), this.gain, this.bias, this.eps).named('LayerNorm(x + F(x))');
  }

  parameters(): Tensor[] {
    return [this.gain, this.bias];
  }
}
