/**
 * BERT in miniature: token + segment + position embeddings, summed and layer-normalised, then a
 * stack of encoder blocks (the shared TransformerBlock without a causal mask). Two pre-training
 * heads: masked LM (the output matrix is the token embedding, tied, plus a bias) and next-sentence
 * prediction (a tanh "pooler" on the [CLS] vector, then two logits). A classifier head for
 * fine-tuning reads the same pooled [CLS] vector.
 */
import {
  add, createRng, gather, layerNorm, linear, matmul, randn, reshape, slice, tanh, toFloat32, TransformerBlock,
  full, zeros, type NamedTensor, type Rng, type Tensor,
} from '../../engine';
import { PAD } from './vocab';

export interface BertConfig {
  vocabSize: number;
  dModel: number;
  layers: number;
  heads: number;
  /** Longest input in tokens, [CLS] and [SEP]s included. */
  maxLen: number;
  /** Feed-forward width (default 4·dModel). */
  dFF?: number;
}

/** A batch of packed inputs: B rows of T ids and segment ids (0 = sentence A, 1 = sentence B). */
export interface BertBatch {
  ids: Int32Array;
  segments: Int32Array;
  B: number;
  T: number;
}

/** What one forward pass computed. */
export interface BertTrace {
  /** Summed embeddings before the layer norm [B, T, D]: token, segment, position parts. */
  token: Tensor;
  segment: Tensor;
  position: Tensor;
  /** Input to the first block, LayerNorm(token + segment + position) [B, T, D]. */
  input: Tensor;
  /** Output of the last block [B, T, D]. */
  hidden: Tensor;
  /** Attention weights per block, [B, heads, T, T]. */
  attention: Tensor[];
}

const table = (shape: number[], rng: Rng, label: string, std = 0.1): Tensor => toFloat32(randn(shape, rng, std, 0, { requiresGrad: true, label }));

/** Mask for keys that are [PAD]: entry (b, h, i, j) is 1 when token j of row b is padding. */
export function paddingMask(batch: BertBatch, heads: number): Uint8Array | undefined {
  const { ids, B, T } = batch;
  if (!ids.includes(PAD)) return undefined;
  const m = new Uint8Array(B * heads * T * T);
  for (let b = 0; b < B; b++) {
    for (let j = 0; j < T; j++) {
      if (ids[b * T + j] !== PAD) continue;
      for (let h = 0; h < heads; h++) for (let i = 0; i < T; i++) m[((b * heads + h) * T + i) * T + j] = 1;
    }
  }
  return m;
}

export class MiniBert {
  readonly tok: Tensor;
  readonly pos: Tensor;
  readonly seg: Tensor;
  readonly lnGain: Tensor;
  readonly lnBias: Tensor;
  readonly blocks: TransformerBlock[];
  readonly mlmBias: Tensor;
  readonly poolW: Tensor;
  readonly poolB: Tensor;
  readonly nspW: Tensor;
  readonly nspB: Tensor;

  constructor(readonly config: BertConfig, seed: number | string) {
    const rng = createRng(seed);
    const { vocabSize: V, dModel: D, maxLen, layers, heads } = config;
    this.tok = table([V, D], rng, 'token embedding');
    this.pos = table([maxLen, D], rng, 'position embedding');
    this.seg = table([2, D], rng, 'segment embedding');
    this.lnGain = toFloat32(full([D], 1, { requiresGrad: true, label: 'γ_emb' }));
    this.lnBias = toFloat32(zeros([D], { requiresGrad: true, label: 'β_emb' }));
    this.blocks = Array.from({ length: layers }, () => new TransformerBlock({ dModel: D, heads, dFF: config.dFF }, rng));
    for (const b of this.blocks) b.parameters().forEach((p) => toFloat32(p));
    this.mlmBias = toFloat32(zeros([V], { requiresGrad: true, label: 'b_MLM' }));
    this.poolW = table([D, D], rng, 'W_pool');
    this.poolB = toFloat32(zeros([D], { requiresGrad: true, label: 'b_pool' }));
    this.nspW = table([2, D], rng, 'W_NSP');
    this.nspB = toFloat32(zeros([2], { requiresGrad: true, label: 'b_NSP' }));
  }

  /** Every parameter with a stable name (checkpoint order). */
  namedParameters(): NamedTensor[] {
    const out: NamedTensor[] = [
      { name: 'tok', tensor: this.tok }, { name: 'pos', tensor: this.pos }, { name: 'seg', tensor: this.seg },
      { name: 'lnGain', tensor: this.lnGain }, { name: 'lnBias', tensor: this.lnBias },
    ];
    this.blocks.forEach((b, i) => b.parameters().forEach((t, k) => out.push({ name: `block${i}.${k}`, tensor: t })));
    out.push({ name: 'mlmBias', tensor: this.mlmBias }, { name: 'poolW', tensor: this.poolW }, { name: 'poolB', tensor: this.poolB });
    out.push({ name: 'nspW', tensor: this.nspW }, { name: 'nspB', tensor: this.nspB });
    return out;
  }

  parameters(): Tensor[] {
    return this.namedParameters().map((p) => p.tensor);
  }

  trace(batch: BertBatch): BertTrace {
    const { ids, segments, B, T } = batch;
    if (T > this.config.maxLen) throw new RangeError(`input of ${T} tokens is longer than ${this.config.maxLen}`);
    const token = gather(this.tok, ids, [B, T]);
    const segment = gather(this.seg, segments, [B, T]);
    const position = slice(this.pos, 0, 0, T);
    const input = layerNorm(add(add(token, segment), position), this.lnGain, this.lnBias);
    const mask = paddingMask(batch, this.config.heads);
    let h = input;
    const attention: Tensor[] = [];
    for (const block of this.blocks) {
      const t = block.trace(h, mask);
      attention.push(t.weights);
      h = t.output;
    }
    return { token, segment, position, input, hidden: h, attention };
  }

  /** Masked-LM logits [M, V] at flat positions (row·T + column) of `hidden` [B, T, D]. */
  mlmLogits(hidden: Tensor, positions: ArrayLike<number>): Tensor {
    const D = this.config.dModel;
    const rows = gather(reshape(hidden, [hidden.size / D, D]), positions);
    return add(matmul(rows, this.tok, true), this.mlmBias);
  }

  /** tanh(W_pool·h_[CLS] + b) for each row [B, D]. */
  pooled(hidden: Tensor): Tensor {
    const [B, T, D] = hidden.shape;
    const cls = gather(reshape(hidden, [B * T, D]), Array.from({ length: B }, (_, b) => b * T));
    return tanh(linear(cls, this.poolW, this.poolB));
  }

  /** Next-sentence logits [B, 2]: index 1 = "B follows A". */
  nspLogits(hidden: Tensor): Tensor {
    return linear(this.pooled(hidden), this.nspW, this.nspB);
  }
}
