/**
 * A decoder-only transformer (GPT): token + learned position embeddings, N post-LN blocks
 * (masked multi-head self-attention → add & norm → feed-forward → add & norm, as in GPT-1),
 * then logits = h·Eᵀ + b over the vocabulary (the output layer shares the token embedding E).
 * One class for the training script (Node), the training worker and the page's inspection.
 */
import {
  add, causalMask, createRng, gather, matmul, randn, reshape, slice, softmaxCrossEntropy, toFloat32, TransformerBlock, zeros,
  type NamedTensor, type Tensor, type TransformerBlockTrace,
} from '../../engine';

/** Architecture. Limits are what the lesson allows: layers 1–4, heads 1–8, d_model 16–128, context 16–128. */
export interface GptConfig {
  vocab: number;
  dModel: number;
  heads: number;
  layers: number;
  /** Longest input in tokens (rows of the position table). */
  context: number;
}

export const GPT_LIMITS = {
  layers: [1, 4], heads: [1, 8], dModel: [16, 128], context: [16, 128], vocab: [2, 4096],
} as const satisfies Record<keyof GptConfig, readonly [number, number]>;

/** A message for an invalid configuration, or null when it is valid. */
export function gptConfigError(c: GptConfig): string | null {
  for (const key of Object.keys(GPT_LIMITS) as (keyof GptConfig)[]) {
    const [lo, hi] = GPT_LIMITS[key];
    const v = c[key];
    if (!Number.isInteger(v) || v < lo || v > hi) return `${key} must be a whole number from ${lo} to ${hi}`;
  }
  if (c.dModel % c.heads !== 0) return `d_model ${c.dModel} is not divisible by ${c.heads} heads`;
  return null;
}

/** Trainable parameter count of a configuration (no model built). */
export function gptParamCount(c: GptConfig): number {
  const d = c.dModel;
  const block = 4 * d * d + d + 2 * (d * 4 * d) + 4 * d + d + 4 * d;
  return c.vocab * d + c.context * d + c.layers * block + c.vocab;
}

/** What one forward pass computed, for inspection. */
export interface GptTrace {
  /** Input to block 0 (token + position embeddings), [T, D]. */
  embedded: Tensor;
  blocks: TransformerBlockTrace[];
  /** Logits [T, V] after the last block. */
  logits: Tensor;
}

export class Gpt {
  readonly tok: Tensor;
  readonly pos: Tensor;
  readonly blocks: TransformerBlock[];
  readonly bOut: Tensor;

  constructor(readonly config: GptConfig, seed: number | string) {
    const err = gptConfigError(config);
    if (err) throw new RangeError(err);
    const rng = createRng(`gpt:${String(seed)}`);
    const { vocab: V, dModel: D } = config;
    this.tok = toFloat32(randn([V, D], rng, 0.1, 0, { requiresGrad: true, label: 'E' }));
    this.pos = toFloat32(randn([config.context, D], rng, 0.1, 0, { requiresGrad: true, label: 'P' }));
    this.blocks = Array.from({ length: config.layers }, () => new TransformerBlock({ dModel: D, heads: config.heads }, rng));
    this.bOut = toFloat32(zeros([V], { requiresGrad: true, label: 'b_out' }));
    for (const p of this.blocks.flatMap((b) => b.parameters())) toFloat32(p);
  }

  /** Every parameter with a unique name (checkpoint keys), in a fixed order. */
  namedParameters(): NamedTensor[] {
    const out: NamedTensor[] = [{ name: 'tok', tensor: this.tok }, { name: 'pos', tensor: this.pos }];
    this.blocks.forEach((b, l) => {
      const a = b.attention;
      const named: [string, Tensor][] = [
        ['Wq', a.Wq], ['Wk', a.Wk], ['Wv', a.Wv], ['Wo', a.Wo], ['bo', a.bo],
        ['ln1.g', b.norm1.gain], ['ln1.b', b.norm1.bias],
        ['ff1.W', b.ff1.parameters()[0]], ['ff1.b', b.ff1.parameters()[1]],
        ['ff2.W', b.ff2.parameters()[0]], ['ff2.b', b.ff2.parameters()[1]],
        ['ln2.g', b.norm2.gain], ['ln2.b', b.norm2.bias],
      ];
      for (const [n, t] of named) out.push({ name: `h${l}.${n}`, tensor: t });
    });
    out.push({ name: 'bOut', tensor: this.bOut });
    return out;
  }

  parameters(): Tensor[] {
    return this.namedParameters().map((p) => p.tensor);
  }

  /** Token + position embeddings of B rows of T ids: [B, T, D] (or [T, D] when B is omitted). */
  embed(ids: ArrayLike<number>, T: number, B?: number): Tensor {
    if (T > this.config.context) throw new RangeError(`${T} tokens exceed the context of ${this.config.context}`);
    const x = gather(this.tok, ids, B === undefined ? [T] : [B, T]);
    return add(x, slice(this.pos, 0, 0, T)).named('token + position');
  }

  /** Logits [B·T, V] for B rows of T ids. */
  logits(ids: ArrayLike<number>, B: number, T: number): Tensor {
    let h = this.embed(ids, T, B);
    const mask = causalMask(T);
    for (const b of this.blocks) h = b.trace(h, mask).output;
    return this.head(reshape(h, [B * T, this.config.dModel]));
  }

  /** Output layer: h·Eᵀ + b. */
  head(h: Tensor): Tensor {
    return add(matmul(h, this.tok, true), this.bOut).named('logits');
  }

  /** Mean next-token cross-entropy (nats) of B rows: inputs ids[b, 0…T−1], targets ids shifted by one. */
  loss(inputs: ArrayLike<number>, targets: ArrayLike<number>, B: number, T: number): Tensor {
    return softmaxCrossEntropy(this.logits(inputs, B, T), targets);
  }

  /** One sequence (T ≤ context) with every intermediate kept. */
  trace(ids: ArrayLike<number>): GptTrace {
    const T = ids.length;
    const embedded = this.embed(ids, T);
    const mask = causalMask(T);
    const blocks: TransformerBlockTrace[] = [];
    let h = embedded;
    for (const b of this.blocks) {
      const t = b.trace(h, mask);
      blocks.push(t);
      h = t.output;
    }
    return { embedded, blocks, logits: this.head(h) };
  }
}
