/**
 * The transformer block of "Attention is all you need" (post-LN): multi-head self-attention → add &
 * norm → position-wise feed-forward → add & norm. A causal mask makes it a decoder block (GPT);
 * without one it is an encoder block (BERT). Shared by every lesson that builds a transformer.
 */
import { activation } from '../ops/activation';
import type { Rng } from '../rng';
import type { Tensor } from '../tensor';
import type { ActivationName } from '../activations';
import { AddNorm, MultiHeadSelfAttention } from './attention';
import { Linear } from './linear';
import type { Module } from './module';

export interface TransformerBlockOptions {
  dModel: number;
  heads: number;
  /** Width of the feed-forward layer (default 4·dModel, as in GPT and BERT). */
  dFF?: number;
  /** Feed-forward non-linearity (default 'gelu', as in GPT and BERT; the 2017 paper used ReLU). */
  ffActivation?: ActivationName;
}

/** What one block computed, for inspection: every intermediate a lesson may draw. */
export interface TransformerBlockTrace {
  /** Attention weights [B?, heads, T, T]. */
  weights: Tensor;
  /** Self-attention output before the residual. */
  attention: Tensor;
  /** LayerNorm(x + attention). */
  afterAttention: Tensor;
  /** Feed-forward hidden activations [B?, T, dFF]. */
  hidden: Tensor;
  /** The block's output, LayerNorm(afterAttention + FF(afterAttention)). */
  output: Tensor;
}

export class TransformerBlock implements Module {
  readonly attention: MultiHeadSelfAttention;
  readonly norm1: AddNorm;
  readonly ff1: Linear;
  readonly ff2: Linear;
  readonly norm2: AddNorm;
  readonly ffActivation: ActivationName;

  constructor(opts: TransformerBlockOptions, rng: Rng) {
    const dFF = opts.dFF ?? 4 * opts.dModel;
    this.ffActivation = opts.ffActivation ?? 'gelu';
    this.attention = new MultiHeadSelfAttention(opts.dModel, opts.heads, rng);
    this.norm1 = new AddNorm(opts.dModel);
    this.ff1 = new Linear(opts.dModel, dFF, rng, { init: this.ffActivation === 'relu' ? 'heNormal' : 'xavierUniform', name: '_ff1' });
    this.ff2 = new Linear(dFF, opts.dModel, rng, { name: '_ff2' });
    this.norm2 = new AddNorm(opts.dModel);
  }

  /** x: [T, D] or [B, T, D]; `mask` is T·T entries, truthy = masked (e.g. causalMask(T)). */
  trace(x: Tensor, mask?: ArrayLike<number | boolean>): TransformerBlockTrace {
    const { output: attention, weights } = this.attention.forward(x, mask);
    const afterAttention = this.norm1.forward(x, attention);
    const hidden = activation(this.ff1.forward(afterAttention), this.ffActivation);
    const output = this.norm2.forward(afterAttention, this.ff2.forward(hidden));
    return { weights, attention, afterAttention, hidden, output };
  }

  forward(x: Tensor, mask?: ArrayLike<number | boolean>): Tensor {
    return this.trace(x, mask).output;
  }

  parameters(): Tensor[] {
    return [...this.attention.parameters(), ...this.norm1.parameters(), ...this.ff1.parameters(), ...this.ff2.parameters(), ...this.norm2.parameters()];
  }
}
