/**
 * Trains the lesson's shipped GPT on the Brown corpus, in Node, with the same engine and model code
 * as the browser (src/models/lm), and writes public/data/gpt-brown.ckpt.gz.
 *
 *   npm run data:lm                 # the shipped run (deterministic: fixed seed, fixed step count)
 *   LM_STEPS=20 npm run data:lm     # a quick probe (writes to /tmp instead)
 *
 * Steps: learn BPE merges on the training sentences (lower-cased) → encode the training and
 * held-out streams → Adam with warm-up and cosine decay on random windows → evaluate the fixed
 * validation windows (the ones the page scores) and the unigram baseline → save.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync, gunzipSync } from 'node:zlib';
import { createOptimizer, createRng, encodeCheckpoint, backward, noGrad } from '../../src/engine/index.ts';
import { parseBrown } from '../../src/data/brown.ts';
import { countPieces, learnBpe, Tokenizer } from '../../src/models/lm/bpe.ts';
import { Gpt } from '../../src/models/lm/gpt.ts';
import { evenStarts, randomBatch, unigramLoss, windowsAt } from '../../src/models/lm/corpus.ts';
import { LM_DEFAULTS, type LmCheckpointConfig } from '../../src/models/lm/checkpointConfig.ts';
import { generate } from '../../src/models/lm/sampling.ts';

const STEPS = Number(process.env.LM_STEPS ?? LM_DEFAULTS.shippedSteps);
const OUT = process.env.LM_OUT ?? (process.env.LM_STEPS ? '/tmp/gpt-brown.ckpt.gz' : 'public/data/gpt-brown.ckpt.gz');
const { batch: B, lr: LR, warmup: WARMUP } = LM_DEFAULTS;
const arch = LM_DEFAULTS.arch;
const T = arch.context;

const t0 = Date.now();
const secs = () => ((Date.now() - t0) / 1000).toFixed(1);
const corpus = parseBrown(gunzipSync(readFileSync('public/data/brown.txt.gz')).toString('utf8'));
const counts = countPieces(corpus.train);
const alphabetSize = new Set([...counts.keys()].flatMap((p) => [...p])).size;
// ⟨s⟩ + characters + merges = LM_DEFAULTS.vocab tokens
const bpe = learnBpe(counts, LM_DEFAULTS.vocab - 1 - alphabetSize);
const tok = new Tokenizer(bpe);
const train = tok.encodeCorpus(corpus.train);
const val = tok.encodeCorpus(corpus.validation);
console.log(`[lm] ${secs()} s: BPE ${tok.size} tokens (${bpe.alphabet.length} characters + ${bpe.merges.length} merges); train ${train.length} tokens, validation ${val.length}`);

const model = new Gpt({ ...arch, vocab: tok.size }, LM_DEFAULTS.seed);
const params = model.parameters();
const opt = createOptimizer('adam', params, { lr: LR });
const rng = createRng(`${LM_DEFAULTS.seed}:batches`);
const valSample = windowsAt(val, evenStarts(val.length, LM_DEFAULTS.valWindows, T), T);
const valAll = windowsAt(val, evenStarts(val.length, LM_DEFAULTS.valWindowsAll, T), T);

function evalLoss(b: typeof valSample, chunk = 32): number {
  return noGrad(() => {
    let s = 0;
    for (let r = 0; r < b.B; r += chunk) {
      const n = Math.min(chunk, b.B - r);
      s += model.loss(b.inputs.subarray(r * T, (r + n) * T), b.targets.subarray(r * T, (r + n) * T), n, T).data[0] * n;
    }
    return s / b.B;
  });
}

const lrAt = (s: number) => (s < WARMUP ? LR * (s + 1) / WARMUP : LR * (0.1 + 0.9 * 0.5 * (1 + Math.cos(Math.PI * (s - WARMUP) / Math.max(1, STEPS - WARMUP)))));
const curve: [number, number][] = [[0, evalLoss(valSample)]];
console.log(`[lm] ${secs()} s: step 0 validation ${curve[0][1].toFixed(3)}`);
const tTrain = Date.now();
let ema = NaN;
for (let step = 0; step < STEPS; step++) {
  opt.setHyper({ lr: lrAt(step) });
  for (const p of params) p.grad?.fill(0);
  const b = randomBatch(train, B, T, rng);
  const loss = model.loss(b.inputs, b.targets, B, T);
  backward(loss);
  opt.step();
  ema = Number.isNaN(ema) ? loss.data[0] : 0.95 * ema + 0.05 * loss.data[0];
  if ((step + 1) % LM_DEFAULTS.evalEvery === 0 || step + 1 === STEPS) {
    curve.push([step + 1, evalLoss(valSample)]);
    const rate = (step + 1) / ((Date.now() - tTrain) / 1000);
    console.log(`[lm] ${secs()} s: step ${step + 1} train ${ema.toFixed(3)} validation ${curve.at(-1)![1].toFixed(3)} (${rate.toFixed(2)} steps/s)`);
  }
}
const trainSeconds = (Date.now() - tTrain) / 1000;
const valFull = evalLoss(valAll);
const unigram = unigramLoss(train, valSample.targets, tok.size);
const unigramFull = unigramLoss(train, valAll.targets, tok.size);
const sample = tok.decode(generate(model, [0], 60, createRng('sample'), { temperature: 0.8, topK: 40 }));
console.log(`[lm] validation sample ${curve.at(-1)![1].toFixed(3)}, all held-out windows ${valFull.toFixed(3)} (${valAll.B} × ${T}); unigram ${unigram.toFixed(3)} / ${unigramFull.toFixed(3)}`);
console.log(`[lm] sample: ${JSON.stringify(sample)}`);

const config: LmCheckpointConfig = {
  arch: model.config, bpe, seed: LM_DEFAULTS.seed,
  training: {
    steps: STEPS, batch: B, lr: LR, warmup: WARMUP, seconds: Math.round(trainSeconds), valWindows: valSample.B,
    valLoss: curve.at(-1)![1], valLossAll: valFull, unigram, unigramAll: unigramFull, curve, trainTokens: train.length, valTokens: val.length,
  },
};
const bytes = gzipSync(encodeCheckpoint(config, model.namedParameters()), { level: 9 });
writeFileSync(OUT, bytes);
console.log(`[lm] ${secs()} s: wrote ${OUT} (${(bytes.length / 1024).toFixed(0)} KB); training ${trainSeconds.toFixed(0)} s for ${STEPS} steps`);
