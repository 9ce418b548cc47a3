/** Sizes and training settings of the /pretraining models, shared by the scripts and the page. */
import type { BrownCorpus } from '../../data/brown';
import type { BertConfig } from './bert';
import type { IdDocument } from './masking';
import { encodeWords, type WordVocab } from './vocab';

/** 3,000 words + 5 specials, d = 64, 2 blocks of 4 heads (feed-forward 128), 32 tokens. */
export const BERT_CONFIG: BertConfig = { vocabSize: 3005, dModel: 64, layers: 2, heads: 4, maxLen: 32, dFF: 128 };

export const BERT_TRAINING = { seed: 'bert-mini', steps: 5000, batch: 32, lr: 0.003, warmup: 50 };

/** Documents of one split as id sentences (sentences without a word dropped). */
export function bertDocuments(corpus: BrownCorpus, vocab: WordVocab, validation: boolean): IdDocument[] {
  return corpus.documents.filter((d) => d.validation === validation)
    .map((d) => d.sentences.map((s) => encodeWords(vocab, s)).filter((s) => s.length > 0));
}

/** The ELMo-style model: the same 3,005-token vocabulary, embedding and states of 64. */
export const BILSTM_CONFIG = { vocabSize: 3005, dim: 64 };

export const BILSTM_TRAINING = { seed: 'bilstm-mini', steps: 1000, batch: 24, lr: 0.01, maxWords: 20, sampled: 4 };

/**
 * Fine-tuning on the e-mails: the label budgets compared, optimizer steps per budget (a few epochs,
 * as in BERT's recipe of 2–4), batch, learning rate, test mails scored.
 */
export const FINETUNE = { budgets: [50, 200, 1000], steps: 20, batch: 16, lr: 0.002, T: 32, seed: 'finetune', testSize: 300, pool: 'cls' as 'cls' | 'mean' };

/** Steps of fine-tuning for a label budget: 20 (6.4 epochs of 50 mails), 40 (3.2 epochs of 200), 80 (1.3 epochs of 1,000). */
export function finetuneSteps(budget: number): number {
  return budget <= 50 ? 20 : budget <= 200 ? 40 : 80;
}
