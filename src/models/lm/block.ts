/**
 * The forward pass of the engine's TransformerBlock (post-LN, masked MHSA → add & norm → FF →
 * add & norm), written out here so that every intermediate stays in float32: the engine's
 * layerNorm and masked softmax return float64, which would send the backward products of the
 * next layer to the plain JS loops instead of the WebAssembly SIMD kernels (about 3× slower).
 * Same maths, same parameters (the unit test compares it with TransformerBlock.trace).
 */
import {
  activation, linear, maskFill, matmul, permute, reshape, scale, softmax, toFloat32,
  type MultiHeadSelfAttention, type Tensor, type TransformerBlock, type TransformerBlockTrace,
} from '../../engine';

function split(x: Tensor, B: number, T: number, heads: number, dk: number): Tensor {
  return reshape(permute(reshape(x, [B, T, heads, dk]), [0, 2, 1, 3]), [B * heads, T, dk]);
}

/** Masked multi-head self-attention of `a` on x [T, D] or [B, T, D]; weights [B?, h, T, T]. */
export function selfAttention(a: MultiHeadSelfAttention, x: Tensor, mask: ArrayLike<number | boolean>): { output: Tensor; weights: Tensor } {
  const batched = x.ndim === 3;
  const B = batched ? x.shape[0] : 1;
  const T = x.shape[x.ndim - 2];
  const { heads, headDim: dk, dModel } = a;
  const q = split(linear(x, a.Wq), B, T, heads, dk);
  const k = split(linear(x, a.Wk), B, T, heads, dk);
  const v = split(linear(x, a.Wv), B, T, heads, dk);
  const scores = maskFill(scale(matmul(q, k, true), 1 / Math.sqrt(dk)), mask);
  const weights = toFloat32(softmax(scores).named('attention weights'));
  const ctx = reshape(matmul(weights, v), [B, heads, T, dk]);
  const merged = reshape(permute(ctx, [0, 2, 1, 3]), batched ? [B, T, dModel] : [T, dModel]);
  return { output: linear(merged, a.Wo, a.bo), weights: reshape(weights, batched ? [B, heads, T, T] : [heads, T, T]) };
}

/** TransformerBlock.trace with float32 intermediates. */
export function blockTrace(b: TransformerBlock, x: Tensor, mask: ArrayLike<number | boolean>): TransformerBlockTrace {
  const { output: attention, weights } = selfAttention(b.attention, x, mask);
  const afterAttention = toFloat32(b.norm1.forward(x, attention));
  const hidden = activation(b.ff1.forward(afterAttention), b.ffActivation);
  const output = toFloat32(b.norm2.forward(afterAttention, b.ff2.forward(hidden)));
  return { weights, attention, afterAttention, hidden, output };
}
