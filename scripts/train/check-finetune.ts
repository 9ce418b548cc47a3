// Checks in Node what /pretraining shows live: the pre-trained miniature BERT against the same
// encoder randomly initialised, fine-tuned on the first 50 / 200 / 1,000 labelled SpamAssassin mails
// (same batches, same steps), accuracy on held-out mails. Run after pretrain-bert.ts:
// `npx tsx scripts/train/check-finetune.ts [budgets…]`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseSpamBin, type MailSet } from '../../src/data/spam.ts';
import { Adam, createRng, decodeCheckpoint } from '../../src/engine/index.ts';
import { classifierPair, mailRows, pairGradients } from '../../src/models/pretrain/finetune.ts';
import { FINETUNE, finetuneSteps } from '../../src/models/pretrain/setup.ts';
import { vocabFrom } from '../../src/models/pretrain/vocab.ts';
import { ROOT } from './corpus.ts';

const bytes = new Uint8Array(gunzipSync(readFileSync(join(ROOT, 'public', 'data', 'bert-mini.ckpt.gz'))));
const vocab = vocabFrom(decodeCheckpoint<{ vocab: string[] }>(bytes).config.vocab);
const spam = parseSpamBin(gunzipSync(readFileSync(join(ROOT, 'public', 'data', 'spam-assassin.bin.gz'))));
const mails = (s: MailSet) => Array.from({ length: s.count }, (_, i) => s.ids.subarray(s.offsets[i], s.offsets[i + 1]));
const train = mailRows(mails(spam.train), spam.train.labels, spam.vocab, vocab.index, FINETUNE.T);
const test = mailRows(mails(spam.test), spam.test.labels, spam.vocab, vocab.index, FINETUNE.T);
const budgets = process.argv.slice(2).map(Number);
for (const budget of budgets.length ? budgets : FINETUNE.budgets) {
  const t0 = performance.now();
  const seed = process.env.SEED ?? FINETUNE.seed;
  const { pretrained, random } = classifierPair(bytes, seed, (process.env.POOL ?? FINETUNE.pool) as 'cls' | 'mean');
  const opt = new Adam([...pretrained.parameters(), ...random.parameters()], { lr: Number(process.env.LR ?? FINETUNE.lr) });
  const rng = createRng(`${seed}/order`);
  const steps = Number(process.env.STEPS ?? finetuneSteps(budget));
  for (let s = 0; s < steps; s++) {
    const idx = Array.from({ length: Math.min(budget, FINETUNE.batch) }, () => rng.int(budget));
    opt.zeroGrad();
    pairGradients(pretrained, random, train, idx);
    opt.step();
  }
  const a = pretrained.evaluate(test, FINETUNE.testSize).accuracy;
  const b = random.evaluate(test, FINETUNE.testSize).accuracy;
  console.log(`budget ${budget}: pre-trained ${(100 * a).toFixed(1)} %, random init ${(100 * b).toFixed(1)} % (${FINETUNE.testSize} test mails, ${steps} steps, ${process.env.POOL ?? FINETUNE.pool} pool, lr ${process.env.LR ?? FINETUNE.lr}, ${((performance.now() - t0) / 1000).toFixed(0)} s)`);
}
