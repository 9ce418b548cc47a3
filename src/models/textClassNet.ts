/**
 * Neural text classifiers for the spam lesson: token ids → embeddings → encoder → 2-way softmax.
 * Encoders: the mean of the embeddings + a hidden layer; a 1-D convolution over the words with
 * max-over-time pooling; an LSTM read left to right (last state), optionally with attention pooling
 * over its states. Built from plain parameters, so the page runs one forward pass from a weight
 * snapshot (the student's own text) with the code the worker trains with.
 *
 * Sequences are left-padded with id 0 to a fixed length T (so an LSTM's last step is the mail's
 * last token); padding is masked out of the mean and of the attention weights.
 */
import {
  add, concat, conv1d, createRng, gather, linear, maskFill, max, mul, noGrad, permute, relu, reshape, sigmoid as sigmoidT, slice, softmax, sum,
  tanh as tanhT, Tensor, xavierUniform,
} from '../engine';

export const ENCODERS = ['mean', 'cnn', 'lstm', 'attn'] as const;
export type Encoder = (typeof ENCODERS)[number];

/** Sizes of a text classifier. */
export interface TextArch {
  encoder: Encoder;
  /** Vocabulary rows of the embedding table (ids ≥ vocab are read as 1, unknown). */
  vocab: number;
  /** Embedding width. */
  dim: number;
  /** Hidden units (MLP layer, CNN filters or LSTM state). */
  hidden: number;
  /** Words per convolution window (CNN only). */
  kernel: number;
}

export type TextParams = Record<string, Tensor>;

/** Parameter names and shapes of an architecture, in optimizer order. */
export function textShapes(a: TextArch): [string, number[]][] {
  const { vocab: V, dim: D, hidden: H } = a;
  const head: [string, number[]][] = [['Wo', [2, H]], ['bo', [2]]];
  if (a.encoder === 'mean') return [['E', [V, D]], ['W1', [H, D]], ['b1', [H]], ...head];
  if (a.encoder === 'cnn') return [['E', [V, D]], ['K', [H, D, a.kernel]], ['bK', [H]], ...head];
  const lstm: [string, number[]][] = [['E', [V, D]], ['Wx', [4 * H, D]], ['Wh', [4 * H, H]], ['b', [4 * H]]];
  return a.encoder === 'attn' ? [...lstm, ['va', [1, H]], ...head] : [...lstm, ...head];
}

export function validateTextArch(a: TextArch): void {
  if (!ENCODERS.includes(a.encoder)) throw new RangeError(`unknown encoder ${String(a.encoder)}`);
  const ok = (v: number, lo: number, hi: number) => Number.isInteger(v) && v >= lo && v <= hi;
  if (!ok(a.vocab, 3, 65_536) || !ok(a.dim, 1, 128) || !ok(a.hidden, 1, 256) || !ok(a.kernel, 1, 7)) throw new RangeError('text classifier sizes out of range');
}

/** Seeded initial parameters (embeddings N(0, 0.1²); Xavier elsewhere; LSTM forget bias 1). */
export function initTextParams(a: TextArch, seed: number | string): TextParams {
  validateTextArch(a);
  const rng = createRng(`${String(seed)}:text:${a.encoder}`);
  const out: TextParams = {};
  for (const [name, shape] of textShapes(a)) {
    let t: Tensor;
    if (name === 'E') {
      t = new Tensor(Float64Array.from({ length: shape[0] * shape[1] }, () => rng.normal(0, 0.1)), shape, true, name);
    } else if (shape.length === 1) {
      t = new Tensor(new Float64Array(shape[0]), shape, true, name);
      if (name === 'b') t.data.fill(1, 0, a.hidden);
    } else {
      t = xavierUniform(shape, rng, name);
    }
    out[name] = t;
  }
  return out;
}

/** Parameters from snapshot arrays (checked against the architecture's shapes). */
export function textParamsFromArrays(a: TextArch, arrays: Record<string, Float64Array>): TextParams {
  const out: TextParams = {};
  for (const [name, shape] of textShapes(a)) {
    const size = shape.reduce((x, y) => x * y, 1);
    const data = arrays[name];
    if (!data || data.length !== size) throw new RangeError(`parameter ${name} should hold ${size} values`);
    out[name] = new Tensor(data, shape, false, name);
  }
  return out;
}

/** A batch of B left-padded sequences of length T. */
export interface SeqBatch { ids: Int32Array; B: number; T: number }

export interface TextForward {
  logits: Tensor;
  /** Attention weights [B, T] (attn encoder only; 0 on padding). */
  attention: Float64Array | null;
}

/** Leading positions that are padding in every row (the LSTM can skip them). */
function commonPad({ ids, B, T }: SeqBatch): number {
  let start = T - 1;
  for (let r = 0; r < B; r++) {
    let k = 0;
    while (k < T - 1 && ids[r * T + k] === 0) k++;
    start = Math.min(start, k);
  }
  return start;
}

function lstmStates(p: TextParams, emb: Tensor, batch: SeqBatch, keep: boolean) {
  const { B, T } = batch;
  const H = p.Wh.shape[1];
  let h = new Tensor(new Float64Array(B * H), [B, H]);
  let c = new Tensor(new Float64Array(B * H), [B, H]);
  const start = commonPad(batch);
  const states: Tensor[] = [];
  for (let t = start; t < T; t++) {
    const x = reshape(slice(emb, 1, t, t + 1), [B, -1]);
    const gates = add(linear(x, p.Wx, p.b), linear(h, p.Wh));
    const f = sigmoidT(slice(gates, -1, 0, H));
    const i = sigmoidT(slice(gates, -1, H, 2 * H));
    const o = sigmoidT(slice(gates, -1, 2 * H, 3 * H));
    const g = tanhT(slice(gates, -1, 3 * H, 4 * H));
    c = add(mul(f, c), mul(i, g));
    h = mul(o, tanhT(c));
    if (keep) states.push(reshape(h, [B, 1, H]));
  }
  return { h, states, start };
}


function attentionPool(p: TextParams, states: Tensor[], batch: SeqBatch, start: number) {
  const { B, T, ids } = batch;
  const L = T - start;
  const H = p.Wh.shape[1];
  const S = concat(states, 1); // [B, L, H]
  const mask = new Uint8Array(B * L);
  for (let r = 0; r < B; r++) for (let t = 0; t < L; t++) mask[r * L + t] = ids[r * T + start + t] === 0 ? 1 : 0;
  const scores = maskFill(reshape(linear(reshape(S, [B * L, H]), p.va), [B, L]), mask);
  const a = softmax(scores, -1);
  const ctx = sum(mul(S, reshape(a, [B, L, 1])), 1);
  const full = new Float64Array(B * T);
  for (let r = 0; r < B; r++) full.set(a.data.subarray(r * L, (r + 1) * L), r * T + start);
  return { ctx, attention: full };
}

/** Forward pass of a batch (records the tape unless called under noGrad). */
export function textForward(a: TextArch, p: TextParams, batch: SeqBatch): TextForward {
  const { ids, B, T } = batch;
  const emb = gather(p.E, ids, [B, T]); // [B, T, D]
  if (a.encoder === 'mean') {
    const m = new Float64Array(B * T);
    const inv = new Float64Array(B);
    for (let r = 0; r < B; r++) {
      let n = 0;
      for (let t = 0; t < T; t++) if (ids[r * T + t] !== 0) { m[r * T + t] = 1; n++; }
      inv[r] = 1 / Math.max(1, n);
    }
    const pooled = mul(sum(mul(emb, new Tensor(m, [B, T, 1])), 1), new Tensor(inv, [B, 1]));
    return { logits: linear(relu(linear(pooled, p.W1, p.b1)), p.Wo, p.bo), attention: null };
  }
  if (a.encoder === 'cnn') {
    const x = permute(emb, [0, 2, 1]); // [B, D, T]
    const fm = relu(conv1d(x, p.K, p.bK, { padding: Math.floor(a.kernel / 2) }));
    return { logits: linear(max(fm, 2), p.Wo, p.bo), attention: null };
  }
  const { h, states, start } = lstmStates(p, emb, batch, a.encoder === 'attn');
  if (a.encoder === 'lstm') return { logits: linear(h, p.Wo, p.bo), attention: null };
  const { ctx, attention } = attentionPool(p, states, batch, start);
  return { logits: linear(ctx, p.Wo, p.bo), attention };
}

/** Left-padded, vocabulary-capped id rows for `count` sequences (the page and the worker share this). */
export function padSequences(seqs: ArrayLike<number>[], T: number, vocab: number): Int32Array {
  const out = new Int32Array(seqs.length * T);
  seqs.forEach((s, r) => {
    const n = Math.min(T, s.length);
    // An empty text reads as one unknown word, so no row is all padding (its attention would be 0/0).
    if (n === 0) out[r * T + T - 1] = 1;
    for (let k = 0; k < n; k++) {
      const id = s[k];
      out[r * T + (T - n) + k] = id >= vocab ? 1 : id;
    }
  });
  return out;
}

/** P(spam) of one token-id sequence, and attention weights over its first T tokens when the encoder has them. */
export function textInfer(a: TextArch, p: TextParams, ids: ArrayLike<number>, T: number): { pSpam: number; attention: number[] | null; used: number } {
  const used = Math.min(T, ids.length);
  const row = padSequences([ids], T, a.vocab);
  return noGrad(() => {
    const { logits, attention } = textForward(a, p, { ids: row, B: 1, T });
    const pr = softmax(logits, -1).data;
    return { pSpam: pr[1], attention: attention ? Array.from(attention.subarray(T - used)) : null, used };
  });
}
