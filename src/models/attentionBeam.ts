/**
 * The attention lesson's trained digit-reversal decoder as a conditional language
 * model: P(y | x) = Π_t P(y_t | y_<t, x), starting from ⟨BOS⟩. `nextDigitProbs`
 * re-runs the decoder over each prefix (teacher-forced) and returns the softmax
 * of the last step, so greedy and beam search can decode with it.
 */
import { softmax } from '../engine/ops/softmax';
import { noGrad } from '../engine/tape';
import { BOS, DIGITS, type Seq2Seq } from './attentionSeq2seq';
import { beamSearch, type BeamStep, type NextTokenProbs } from './beamSearch';

/** P(next digit | prefix, input) for each prefix, from the network. */
export function nextDigitProbs(net: Seq2Seq, input: readonly number[]): NextTokenProbs {
  return (prefixes) => noGrad(() => {
    const B = prefixes.length;
    const T = input.length;
    const tokens = new Int32Array(B * T);
    for (let b = 0; b < B; b++) tokens.set(input, b * T);
    const enc = net.encode(tokens, B, T);
    const keys = net.mlpKeys(enc);
    let s = net.initialState(B);
    const prev = new Int32Array(B).fill(BOS);
    const len = prefixes[0]?.length ?? 0;
    let logits = null;
    for (let t = 0; t <= len; t++) {
      const step = net.decodeStep(prev, s, enc, keys);
      s = step;
      logits = step.logits;
      if (t < len) prefixes.forEach((p, b) => (prev[b] = p[t]));
    }
    const probs = softmax(logits!).data;
    return prefixes.map((_, b) => Array.from(probs.subarray(b * DIGITS, (b + 1) * DIGITS)));
  });
}

/** Beam search (width 1 = greedy) over as many output digits as the input has. */
export function decodeDigits(net: Seq2Seq, input: readonly number[], width: number): BeamStep[] {
  return beamSearch(nextDigitProbs(net, input), input.length, width);
}
