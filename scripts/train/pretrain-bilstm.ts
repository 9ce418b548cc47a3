// Trains the forward + backward LSTM language model of /pretraining (the ELMo idea) on the Brown
// corpus, deterministic (seeded), and writes public/data/bilstm-mini.ckpt.gz (GACK checkpoint; the
// config holds the vocabulary and the measured figures). Run: npm run data:pretrain (or
// `npx tsx scripts/train/pretrain-bilstm.ts [steps]`).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Adam, createRng, encodeCheckpoint, noGrad } from '../../src/engine/index.ts';
import { BiLstmLm, packSentences } from '../../src/models/pretrain/bilstm.ts';
import { BILSTM_CONFIG, BILSTM_TRAINING } from '../../src/models/pretrain/setup.ts';
import { buildVocab, encodeWords } from '../../src/models/pretrain/vocab.ts';
import { readBrown, ROOT } from './corpus.ts';

const steps = Number(process.argv[2] ?? BILSTM_TRAINING.steps);
const corpus = readBrown();
const vocab = buildVocab(corpus.train, BILSTM_CONFIG.vocabSize - 5);
const enc = (ss: string[]) => ss.map((s) => encodeWords(vocab, s)).filter((s) => s.length > 1);
const train = enc(corpus.train);
const val = enc(corpus.validation);
const model = new BiLstmLm(BILSTM_CONFIG, BILSTM_TRAINING.seed);
const opt = new Adam(model.parameters(), { lr: BILSTM_TRAINING.lr });
const rng = createRng(`${BILSTM_TRAINING.seed}/batches`);
const { batch: B, maxWords } = BILSTM_TRAINING;
const t0 = performance.now();
let f = 0, b = 0;
const curve: number[][] = [];
for (let s = 1; s <= steps; s++) {
  opt.setHyper({ lr: BILSTM_TRAINING.lr * (1 - 0.8 * s / steps) });
  opt.zeroGrad();
  const l = model.gradients(packSentences(Array.from({ length: B }, () => train[rng.int(train.length)]), maxWords), { rng, k: BILSTM_TRAINING.sampled });
  opt.step();
  f += l.fwd; b += l.bwd;
  if (s % 25 === 0) {
    curve.push([s, +(f / 25).toFixed(4), +(b / 25).toFixed(4)]);
    console.log(`step ${s}  fwd ${(f / 25).toFixed(3)}  bwd ${(b / 25).toFixed(3)}  ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    f = 0; b = 0;
  }
}
const seconds = (performance.now() - t0) / 1000;
const evalRng = createRng('held-out');
let vf = 0, vb = 0;
const evalBatches = 8;
noGrad(() => {
  for (let k = 0; k < evalBatches; k++) {
    const l = model.loss(packSentences(Array.from({ length: B }, () => val[evalRng.int(val.length)]), maxWords));
    vf += l.fwd.data[0]; vb += l.bwd.data[0];
  }
});
const heldOut = { fwdLoss: +(vf / evalBatches).toFixed(4), bwdLoss: +(vb / evalBatches).toFixed(4), fwdPerplexity: +Math.exp(vf / evalBatches).toFixed(1), bwdPerplexity: +Math.exp(vb / evalBatches).toFixed(1) };
console.log('held-out', heldOut);
const config = { model: BILSTM_CONFIG, vocab: vocab.words, training: { ...BILSTM_TRAINING, steps, seconds: +seconds.toFixed(1), curve }, heldOut };
const gz = gzipSync(encodeCheckpoint(config, model.namedParameters()), { level: 9 });
gz[9] = 3;
const out = join(ROOT, 'public', 'data', 'bilstm-mini.ckpt.gz');
writeFileSync(out, gz);
console.log(`wrote ${out}: ${(gz.length / 1024).toFixed(0)} KiB, ${steps} steps in ${seconds.toFixed(0)} s`);
