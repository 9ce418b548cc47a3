/**
 * Fine-tuning in miniature: a [CLS] classifier (spam vs ham) on top of the encoder, trained on a
 * few labelled e-mails, once from the pre-trained weights and once from a random initialisation of
 * the same architecture, on the same batches. Shared by the worker task and the Node check.
 */
import { add, backward, createRng, releaseGraph, decodeCheckpoint, fromTyped, linear, loadCheckpointInto, matmul, noGrad, randn, reshape, softmaxCrossEntropy, toFloat32, zeros, type Tensor } from '../../engine';
import { MiniBert, type BertBatch, type BertConfig } from './bert';
import { CLS, PAD, SEP, UNK } from './vocab';

/** Mails as packed rows: [CLS] first T−2 words [SEP] [PAD]…, ids in the pre-training vocabulary. */
export interface MailRows { ids: Int32Array; labels: Uint8Array; T: number }

/** Maps e-mails given as ids of their own vocabulary (`mailVocab`) into rows of the BERT vocabulary, by word. */
export function mailRows(mails: ArrayLike<number>[], labels: ArrayLike<number>, mailVocab: readonly string[], index: ReadonlyMap<string, number>, T: number): MailRows {
  const map = Int32Array.from(mailVocab, (w) => index.get(w) ?? UNK);
  const ids = new Int32Array(mails.length * T).fill(PAD);
  mails.forEach((m, r) => {
    const n = Math.min(m.length, T - 2);
    ids[r * T] = CLS;
    for (let k = 0; k < n; k++) ids[r * T + 1 + k] = map[m[k]];
    ids[r * T + 1 + n] = SEP;
  });
  return { ids, labels: Uint8Array.from(labels), T };
}

function batchOf(rows: MailRows, indices: ArrayLike<number>): { batch: BertBatch; y: number[] } {
  const { T } = rows;
  const B = indices.length;
  const ids = new Int32Array(B * T);
  const y: number[] = [];
  for (let r = 0; r < B; r++) {
    ids.set(rows.ids.subarray(indices[r] * T, (indices[r] + 1) * T), r * T);
    y.push(rows.labels[indices[r]]);
  }
  return { batch: { ids, segments: new Int32Array(B * T), B, T }, y };
}

/** An encoder with a fresh two-way head on its pooled [CLS] vector. */
export class BertClassifier {
  readonly headW: Tensor;
  readonly headB: Tensor;

  /** `pool`: read the pooled [CLS] vector (BERT's recipe) or the mean of the non-padding outputs. */
  constructor(readonly bert: MiniBert, seed: number | string, readonly pool: 'cls' | 'mean' = 'cls') {
    this.headW = toFloat32(randn([2, bert.config.dModel], createRng(`${seed}/head`), 0.1, 0, { requiresGrad: true, label: 'W_cls' }));
    this.headB = toFloat32(zeros([2], { requiresGrad: true, label: 'b_cls' }));
  }

  /** The encoder's parameters without the unused pre-training heads, then the new head. */
  parameters(): Tensor[] {
    const skip = new Set([this.bert.nspW, this.bert.nspB, this.bert.mlmBias]);
    return [...this.bert.parameters().filter((p) => !skip.has(p)), this.headW, this.headB];
  }

  logits(batch: BertBatch): Tensor {
    const hidden = this.bert.trace(batch).hidden;
    if (this.pool === 'cls') return linear(this.bert.pooled(hidden), this.headW, this.headB);
    const { B, T, ids } = batch;
    const w = new Float32Array(B * T);
    for (let b = 0; b < B; b++) {
      let n = 0;
      for (let t = 0; t < T; t++) if (ids[b * T + t] !== PAD) n++;
      for (let t = 0; t < T; t++) if (ids[b * T + t] !== PAD) w[b * T + t] = 1 / n;
    }
    const mean = reshape(matmul(fromTyped(w, [B, 1, T]), hidden), [B, this.bert.config.dModel]);
    return linear(mean, this.headW, this.headB);
  }

  /** Mean cross-entropy of the mails at `indices`, with gradients. */
  loss(rows: MailRows, indices: ArrayLike<number>): Tensor {
    const { batch, y } = batchOf(rows, indices);
    return softmaxCrossEntropy(this.logits(batch), y);
  }

  /** Accuracy and P(spam) on the first `limit` rows. */
  evaluate(rows: MailRows, limit = rows.labels.length, chunk = 64): { accuracy: number; probs: number[] } {
    const n = Math.min(limit, rows.labels.length);
    let correct = 0;
    const probs: number[] = [];
    noGrad(() => {
      for (let s = 0; s < n; s += chunk) {
        const idx = Array.from({ length: Math.min(chunk, n - s) }, (_, k) => s + k);
        const z = this.logits(batchOf(rows, idx).batch).data;
        idx.forEach((i, r) => {
          const p = 1 / (1 + Math.exp(z[2 * r] - z[2 * r + 1]));
          probs.push(p);
          if ((p >= 0.5 ? 1 : 0) === rows.labels[i]) correct++;
        });
      }
    });
    return { accuracy: correct / n, probs };
  }
}

/** A pre-trained classifier (weights from the decompressed checkpoint bytes) and a randomly initialised twin. */
export function classifierPair(checkpoint: Uint8Array, seed: number | string, pool: 'cls' | 'mean' = 'cls'): { pretrained: BertClassifier; random: BertClassifier; config: BertConfig } {
  const ck = decodeCheckpoint<{ model: BertConfig }>(checkpoint);
  const config = ck.config.model;
  const pre = new MiniBert(config, 'bert-mini');
  loadCheckpointInto(ck, pre.namedParameters());
  const rnd = new MiniBert(config, `${seed}/random-init`);
  return { pretrained: new BertClassifier(pre, seed, pool), random: new BertClassifier(rnd, seed, pool), config };
}

/** One joint step's gradients for both (same batch); returns both losses. */
export function pairGradients(a: BertClassifier, b: BertClassifier, rows: MailRows, indices: ArrayLike<number>): [number, number] {
  const la = a.loss(rows, indices);
  const lb = b.loss(rows, indices);
  const total = add(la, lb);
  backward(total);
  const values: [number, number] = [la.data[0], lb.data[0]];
  releaseGraph(total);
  return values;
}
