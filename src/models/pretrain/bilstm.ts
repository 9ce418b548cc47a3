/**
 * The ELMo idea in miniature: a forward and a backward LSTM language model over the same word
 * embedding (tied to the output layer). The forward LSTM reads [CLS] w₁ … wₙ and predicts the next
 * word, the backward one reads [SEP] wₙ … w₁ and predicts the previous word. A word's contextual
 * vector is [h→ₜ ; h←ₜ], both states having read the word itself, so it depends on the whole sentence.
 */
import {
  add, backward, concat, createRng, gather, LSTMCell, matmul, randn, releaseGraph, softmaxCrossEntropy, toFloat32, zeros,
  type NamedTensor, type Rng, type Tensor,
} from '../../engine';
import { CLS, PAD, SEP } from './vocab';

export interface BiLstmConfig { vocabSize: number; dim: number }

export interface BiLstmBatch {
  /** Forward rows [CLS] w… [SEP] and backward rows [SEP] …w [CLS], each padded with [PAD] to L. */
  fwd: Int32Array;
  bwd: Int32Array;
  lengths: number[];
  B: number;
  L: number;
}

/** Packs word-id sentences (≤ maxWords words kept) into forward and reversed rows. */
export function packSentences(sentences: readonly number[][], maxWords: number): BiLstmBatch {
  const rows = sentences.map((s) => [CLS, ...s.slice(0, maxWords), SEP]);
  const L = Math.max(...rows.map((r) => r.length));
  const B = rows.length;
  const fwd = new Int32Array(B * L).fill(PAD);
  const bwd = new Int32Array(B * L).fill(PAD);
  rows.forEach((r, b) => {
    fwd.set(r, b * L);
    bwd.set(r.slice().reverse(), b * L);
  });
  return { fwd, bwd, lengths: rows.map((r) => r.length), B, L };
}

export class BiLstmLm {
  readonly emb: Tensor;
  readonly outBias: Tensor;
  readonly fwd: LSTMCell;
  readonly bwd: LSTMCell;

  constructor(readonly config: BiLstmConfig, seed: number | string) {
    const rng = createRng(seed);
    const { vocabSize: V, dim: D } = config;
    this.emb = toFloat32(randn([V, D], rng, 0.1, 0, { requiresGrad: true, label: 'E' }));
    this.outBias = toFloat32(zeros([V], { requiresGrad: true, label: 'b_out' }));
    this.fwd = new LSTMCell(D, D, rng);
    this.bwd = new LSTMCell(D, D, rng);
    for (const p of [...this.fwd.parameters(), ...this.bwd.parameters()]) toFloat32(p);
  }

  namedParameters(): NamedTensor[] {
    const out: NamedTensor[] = [{ name: 'emb', tensor: this.emb }, { name: 'outBias', tensor: this.outBias }];
    this.fwd.parameters().forEach((t, k) => out.push({ name: `fwd.${k}`, tensor: t }));
    this.bwd.parameters().forEach((t, k) => out.push({ name: `bwd.${k}`, tensor: t }));
    return out;
  }

  parameters(): Tensor[] {
    return this.namedParameters().map((p) => p.tensor);
  }

  /** Hidden states of one direction, stacked time-major [L·B, D] (row t·B + b). */
  run(cell: LSTMCell, ids: Int32Array, B: number, L: number): Tensor {
    let { h, c } = cell.initialState(B);
    const states: Tensor[] = [];
    const col = new Int32Array(B);
    for (let t = 0; t < L; t++) {
      for (let b = 0; b < B; b++) col[b] = ids[b * L + t];
      const s = cell.forward(gather(this.emb, col), h, c);
      h = s.h; c = s.c;
      states.push(h);
    }
    return concat(states, 0);
  }

  /**
   * Summed next-word and previous-word cross-entropies (each a mean over its predicted words). With
   * `sample`, only k random positions per sentence and direction are scored: an unbiased estimate
   * that makes a training step about five times cheaper (the 3,005-way softmax dominates).
   */
  loss(batch: BiLstmBatch, sample?: { rng: Rng; k: number }): { loss: Tensor; fwd: Tensor; bwd: Tensor } {
    const fwd = this.directionLoss(this.fwd, batch.fwd, batch, sample);
    const bwd = this.directionLoss(this.bwd, batch.bwd, batch, sample);
    return { loss: add(fwd, bwd), fwd, bwd };
  }

  private directionLoss(cell: LSTMCell, ids: Int32Array, batch: BiLstmBatch, sample?: { rng: Rng; k: number }): Tensor {
    const { B, L, lengths } = batch;
    const H = this.run(cell, ids, B, L);
    const rows: number[] = [];
    const targets: number[] = [];
    for (let b = 0; b < B; b++) {
      let ts = Array.from({ length: lengths[b] - 1 }, (_, t) => t);
      if (sample && ts.length > sample.k) ts = sample.rng.shuffle(ts).slice(0, sample.k);
      for (const t of ts) { rows.push(t * B + b); targets.push(ids[b * L + t + 1]); }
    }
    const logits = add(matmul(gather(H, rows), this.emb, true), this.outBias);
    return softmaxCrossEntropy(logits, targets);
  }

  /** One training step's gradients (caller zeroes grads and steps the optimizer); returns the loss values. */
  gradients(batch: BiLstmBatch, sample?: { rng: Rng; k: number }): { fwd: number; bwd: number } {
    const { loss, fwd, bwd } = this.loss(batch, sample);
    backward(loss);
    const values = { fwd: fwd.data[0], bwd: bwd.data[0] };
    releaseGraph(loss);
    return values;
  }

  /**
   * Per word of each sentence (in order): the static embedding and the forward and backward states
   * at that word, as plain arrays. Sentence b's word k is at index k of `words[b]`.
   */
  contextual(sentences: readonly number[][], maxWords: number): { emb: Float32Array[]; fwd: Float32Array[]; bwd: Float32Array[] }[] {
    const batch = packSentences(sentences, maxWords);
    const { B, L, lengths } = batch;
    const D = this.config.dim;
    const Hf = this.run(this.fwd, batch.fwd, B, L).data;
    const Hb = this.run(this.bwd, batch.bwd, B, L).data;
    const row = (H: ArrayLike<number>, t: number, b: number) => Float32Array.from({ length: D }, (_, j) => H[(t * B + b) * D + j]);
    return sentences.map((_, b) => {
      const n = lengths[b] - 2;
      const idx = Array.from({ length: n }, (_, k) => k + 1);
      return {
        emb: idx.map((t) => { const id = batch.fwd[b * L + t]; return Float32Array.from(this.emb.data.subarray(id * D, (id + 1) * D)); }),
        fwd: idx.map((t) => row(Hf, t, b)),
        bwd: idx.map((t) => row(Hb, lengths[b] - 1 - t, b)),
      };
    });
  }
}
