/**
 * One pre-training step of the miniature BERT (masked LM + next-sentence prediction, losses
 * summed as in the BERT paper) and the held-out evaluation: masked-LM top-1 accuracy against the
 * unigram baseline (always guess the most frequent training word), and NSP accuracy. Used by the
 * training script (scripts/train) and the worker alike.
 */
import { add, backward, createRng, noGrad, releaseGraph, softmaxCrossEntropy, type Optimizer } from '../../engine';
import type { MiniBert } from './bert';
import { sampleBatch, type IdDocument } from './masking';

export interface StepLosses { mlm: number; nsp: number }

/** Forward + backward on one masked batch (gradients accumulate into the parameters); the two losses. */
export function bertGradients(model: MiniBert, batch: ReturnType<typeof sampleBatch>): StepLosses {
  const { hidden } = model.trace(batch);
  const mlm = softmaxCrossEntropy(model.mlmLogits(hidden, batch.positions), batch.targets);
  const nsp = softmaxCrossEntropy(model.nspLogits(hidden), batch.isNext);
  const losses = { mlm: mlm.data[0], nsp: nsp.data[0] };
  const total = add(mlm, nsp);
  backward(total);
  // The step's activations and their gradients are dead now: their arrays serve the next step.
  releaseGraph(total);
  return losses;
}

/** Forward + backward on a fresh masked batch, then one optimizer step. */
export function bertStep(model: MiniBert, opt: Optimizer, docs: readonly IdDocument[], rng: ReturnType<typeof createRng>, B: number, T: number): StepLosses {
  opt.zeroGrad();
  const losses = bertGradients(model, sampleBatch(docs, rng, B, T, model.config.vocabSize));
  opt.step();
  return losses;
}

export interface BertEval {
  /** Masked positions scored. */
  masked: number;
  mlmAccuracy: number;
  /** Accuracy of always predicting `baselineWord`. */
  unigramAccuracy: number;
  nspAccuracy: number;
  pairs: number;
  /** Mean masked-LM cross-entropy (nats per masked token). */
  mlmLoss: number;
}

/** Scores `batches` seeded batches of held-out pairs (the same ones for every model). */
export function evaluateBert(model: MiniBert, docs: readonly IdDocument[], mostFrequent: number, batches = 20, B = 32, T = model.config.maxLen, seed = 'held-out'): BertEval {
  const rng = createRng(seed);
  let masked = 0, hit = 0, uni = 0, nspHit = 0, pairs = 0, nll = 0;
  noGrad(() => {
    for (let k = 0; k < batches; k++) {
      const batch = sampleBatch(docs, rng, B, T, model.config.vocabSize);
      const { hidden } = model.trace(batch);
      const logitsT = model.mlmLogits(hidden, batch.positions);
      nll += softmaxCrossEntropy(logitsT, batch.targets).data[0] * batch.targets.length;
      const logits = logitsT.data;
      const V = model.config.vocabSize;
      batch.targets.forEach((t, m) => {
        let best = 0;
        for (let v = 1; v < V; v++) if (logits[m * V + v] > logits[m * V + best]) best = v;
        if (best === t) hit++;
        if (t === mostFrequent) uni++;
      });
      masked += batch.targets.length;
      const nsp = model.nspLogits(hidden).data;
      for (let r = 0; r < B; r++) if ((nsp[2 * r + 1] > nsp[2 * r] ? 1 : 0) === batch.isNext[r]) nspHit++;
      pairs += B;
    }
  });
  return { masked, mlmAccuracy: hit / masked, unigramAccuracy: uni / masked, nspAccuracy: nspHit / pairs, pairs, mlmLoss: nll / masked };
}
