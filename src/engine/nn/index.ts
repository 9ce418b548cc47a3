/** Neural-network building blocks. */
export { type Module, collectParameters } from './module';
export { Linear, MLP, type LinearOptions, type MLPTrace } from './linear';
export { Conv2d, MaxPool2d, AvgPool2d, Flatten, Embedding, type Conv2dOptions } from './conv';
export { RNNCell, LSTMCell, GRUCell, type LSTMState, type GRUState } from './recurrent';
export {
  AttentionScorer,
  MultiHeadSelfAttention,
  AddNorm,
  attend,
  causalMask,
  sinusoidalPositionalEncoding,
  type ScoreKind,
  type AttentionResult,
  type MHSAResult,
} from './attention';
export { TransformerBlock, type TransformerBlockOptions, type TransformerBlockTrace } from './transformer';
