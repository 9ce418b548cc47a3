// Pre-trains the miniature BERT of /pretraining on the Brown corpus (masked LM + next-sentence
// prediction), deterministic (seeded), and writes public/data/bert-mini.ckpt.gz (GACK checkpoint,
// config holds the vocabulary and the measured figures). Run: npm run data:pretrain (or
// `npx tsx scripts/train/pretrain-bert.ts [steps]`).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Adam, createRng, encodeCheckpoint } from '../../src/engine/index.ts';
import { MiniBert } from '../../src/models/pretrain/bert.ts';
import { evaluateBert } from '../../src/models/pretrain/bertTrain.ts';
import { bertStep } from '../../src/models/pretrain/bertTrain.ts';
import { BERT_CONFIG, BERT_TRAINING, bertDocuments } from '../../src/models/pretrain/setup.ts';
import { buildVocab } from '../../src/models/pretrain/vocab.ts';
import { readBrown, ROOT } from './corpus.ts';

const steps = Number(process.argv[2] ?? BERT_TRAINING.steps);
const corpus = readBrown();
const vocab = buildVocab(corpus.train, BERT_CONFIG.vocabSize - 5);
const train = bertDocuments(corpus, vocab, false);
const val = bertDocuments(corpus, vocab, true);
const model = new MiniBert(BERT_CONFIG, BERT_TRAINING.seed);
const opt = new Adam(model.parameters(), { lr: BERT_TRAINING.lr });
const rng = createRng(`${BERT_TRAINING.seed}/batches`);
const mostFrequent = 5;
const t0 = performance.now();
let mlm = 0, nsp = 0;
const curve: number[][] = [];
for (let s = 1; s <= steps; s++) {
  const warm = Math.min(1, s / BERT_TRAINING.warmup);
  const decay = 1 - 0.9 * Math.max(0, (s - BERT_TRAINING.warmup) / Math.max(1, steps - BERT_TRAINING.warmup));
  opt.setHyper({ lr: BERT_TRAINING.lr * warm * decay });
  const l = bertStep(model, opt, train, rng, BERT_TRAINING.batch, BERT_CONFIG.maxLen);
  mlm += l.mlm; nsp += l.nsp;
  if (s % 25 === 0) {
    const sec = (performance.now() - t0) / 1000;
    curve.push([s, +(mlm / 25).toFixed(4), +(nsp / 25).toFixed(4)]);
    console.log(`step ${s}  mlm ${(mlm / 25).toFixed(3)}  nsp ${(nsp / 25).toFixed(3)}  ${sec.toFixed(0)} s`);
    mlm = 0; nsp = 0;
  }
}
const seconds = (performance.now() - t0) / 1000;
const ev = evaluateBert(model, val, mostFrequent);
console.log('held-out', ev);
const config = {
  model: BERT_CONFIG, vocab: vocab.words, counts: vocab.counts,
  training: { ...BERT_TRAINING, steps, seconds: +seconds.toFixed(1), curve }, heldOut: ev,
};
const gz = gzipSync(encodeCheckpoint(config, model.namedParameters()), { level: 9 });
gz[9] = 3;
const out = join(ROOT, 'public', 'data', 'bert-mini.ckpt.gz');
writeFileSync(out, gz);
console.log(`wrote ${out}: ${(gz.length / 1024).toFixed(0)} KiB, ${steps} steps in ${seconds.toFixed(0)} s`);
