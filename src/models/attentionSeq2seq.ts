/**
 * A small encoder–decoder with attention over digit strings, built from the
 * engine's Embedding, GRUCell and AttentionScorer. Batched: every sequence is
 * right-padded to the batch's longest and padded positions are masked out of
 * the attention (and kept at a zero state in the backward encoder).
 *
 * Encoder: a bidirectional GRU; key/value h_t = [→h_t; ←h_t] (size 2·hidden).
 * Decoder (Luong-style, with input feeding): s_t = GRU([emb(y_{t−1}); c_{t−1}], s_{t−1});
 * e = score(s_t, H); α = softmax(e);
 * c_t = Σ α_i h_i; logits = W_out tanh(W_c [s_t; c_t] + b_c) + b_out.
 */
import { xavierUniform } from '../engine/init';
import { Embedding, GRUCell, AttentionScorer, type ScoreKind } from '../engine/nn';
import { add, mul } from '../engine/ops/arith';
import { tanh } from '../engine/ops/activation';
import { scale } from '../engine/ops/math';
import { linear, matmul } from '../engine/ops/matmul';
import { concat, reshape, slice } from '../engine/ops/shape';
import { maskFill, softmax } from '../engine/ops/softmax';
import type { Rng } from '../engine/rng';
import { Tensor, zeros } from '../engine/tensor';

/** Digits 0–9 are tokens 0–9; token 10 is padding (encoder) and the start symbol (decoder). */
export const DIGITS = 10;
export const PAD = 10;
export const BOS = 10;

/** Sizes of the network. */
export interface Seq2SeqSize {
  /** Token embedding size. */
  embed: number;
  /** GRU hidden size per encoder direction (the decoder's is twice this). */
  hidden: number;
  /** Score function between decoder state and encoder states. */
  score: ScoreKind;
}

/** One encoded batch: keys/values H [B, T, 2h], mask (1 = padding) of B·T entries. */
export interface Encoded {
  H: Tensor;
  mask: Uint8Array;
  B: number;
  T: number;
}

/** What the decoder carries from one step to the next. */
export interface DecoderState {
  s: Tensor;
  context: Tensor;
}

/** One decoder step's results: new state, α [B, T], logits [B, 10]. */
export interface DecoderStep extends DecoderState {
  alpha: Tensor;
  logits: Tensor;
}

/** Parameters and forward pieces of the attention seq2seq network. */
export class Seq2Seq {
  readonly encEmb: Embedding;
  readonly fwd: GRUCell;
  readonly bwd: GRUCell;
  readonly decEmb: Embedding;
  readonly dec: GRUCell;
  readonly scorer: AttentionScorer;
  readonly Wc: Tensor;
  readonly bc: Tensor;
  readonly Wout: Tensor;
  readonly bout: Tensor;
  readonly params: Tensor[];

  constructor(readonly size: Seq2SeqSize, rng: Rng) {
    const { embed: E, hidden: h } = size;
    const d = 2 * h;
    this.encEmb = new Embedding(DIGITS + 1, E, rng);
    this.fwd = new GRUCell(E, h, rng);
    this.bwd = new GRUCell(E, h, rng);
    this.decEmb = new Embedding(DIGITS + 1, E, rng);
    this.dec = new GRUCell(E + d, d, rng);
    this.scorer = new AttentionScorer(size.score, d, d, rng, d);
    this.Wc = xavierUniform([d, 2 * d], rng, 'W_c');
    this.bc = zeros([d], { requiresGrad: true, label: 'b_c' });
    this.Wout = xavierUniform([DIGITS, d], rng, 'W_out');
    this.bout = zeros([DIGITS], { requiresGrad: true, label: 'b_out' });
    for (const e of [this.encEmb, this.decEmb]) e.table.data.forEach((v, i, a) => (a[i] = v * 0.3));
    this.params = [
      ...this.encEmb.parameters(), ...this.fwd.parameters(), ...this.bwd.parameters(),
      ...this.decEmb.parameters(), ...this.dec.parameters(), ...this.scorer.parameters(),
      this.Wc, this.bc, this.Wout, this.bout,
    ];
  }

  /** Run both encoder directions over `tokens` (B·T, row-major, PAD after each sequence). */
  encode(tokens: Int32Array, B: number, T: number): Encoded {
    const h = this.size.hidden;
    const mask = new Uint8Array(B * T);
    for (let i = 0; i < B * T; i++) mask[i] = tokens[i] === PAD ? 1 : 0;
    const x = this.encEmb.forward(tokens, [B, T]);
    const col = (t: number) => reshape(slice(x, 1, t, t + 1), [B, this.size.embed]);
    const fw: Tensor[] = [];
    let s = zeros([B, h]);
    for (let t = 0; t < T; t++) {
      s = this.fwd.forward(col(t), s).h;
      fw.push(reshape(s, [B, 1, h]));
    }
    const bw: Tensor[] = new Array<Tensor>(T);
    let r = zeros([B, h]);
    for (let t = T - 1; t >= 0; t--) {
      const keep = new Tensor(Float64Array.from({ length: B }, (_, b) => 1 - mask[b * T + t]), [B, 1]);
      r = mul(this.bwd.forward(col(t), r).h, keep);
      bw[t] = reshape(r, [B, 1, h]);
    }
    const H = concat([concat(fw, 1), concat(bw, 1)], 2);
    return { H, mask, B, T };
  }

  /** Attention scores e [B, T] of decoder states s [B, d] against encoder states. */
  scores(s: Tensor, enc: Encoded, mlpKeys: Tensor | null): Tensor {
    const { H, B, T } = enc;
    const d = 2 * this.size.hidden;
    const sc = this.scorer;
    if (sc.kind === 'mlp') {
      const q = reshape(linear(s, slice(sc.W1!, 1, d)), [B, 1, d]);
      const hid = tanh(add(mlpKeys!, q));
      return reshape(matmul(hid, sc.w2!), [B, T]);
    }
    const query = sc.kind === 'bilinear' ? linear(s, sc.W!) : s;
    const e = reshape(matmul(reshape(query, [B, 1, d]), H, true), [B, T]);
    return sc.kind === 'scaledDot' ? scale(e, 1 / Math.sqrt(d)) : e;
  }

  /** W1_h·h_i for every encoder state (the query-independent half of the MLP score), or null. */
  mlpKeys(enc: Encoded): Tensor | null {
    if (this.scorer.kind !== 'mlp') return null;
    return linear(enc.H, slice(this.scorer.W1!, 1, 0, 2 * this.size.hidden));
  }

  /** One decoder step from previous tokens `prev` (length B). */
  decodeStep(prev: Int32Array, state: DecoderState, enc: Encoded, mlpKeys: Tensor | null): DecoderStep {
    const { B, T, H, mask } = enc;
    const sNew = this.dec.forward(concat([this.decEmb.forward(prev), state.context], 1), state.s).h;
    const alpha = softmax(maskFill(this.scores(sNew, enc, mlpKeys), mask));
    const context = reshape(matmul(reshape(alpha, [B, 1, T]), H), [B, 2 * this.size.hidden]);
    const hid = tanh(linear(concat([sNew, context], 1), this.Wc, this.bc));
    return { s: sNew, context, alpha, logits: linear(hid, this.Wout, this.bout) };
  }

  /** Zero initial decoder state and context for B sequences. */
  initialState(B: number): DecoderState {
    const d = 2 * this.size.hidden;
    return { s: zeros([B, d]), context: zeros([B, d]) };
  }
}
