/**
 * Greedy and beam-search decoding of a conditional language model, as pure
 * functions of a "next-token distribution" callback. A sequence's probability is
 * the product of its step probabilities, P(y) = P(y₁)·P(y₂|y₁)·…, so its log is
 * a sum; beam search keeps the `width` most probable prefixes at every step
 * (width 1 is greedy decoding). Sequences have a fixed length (no end token).
 */

/** One hypothesis: its tokens, the probability of each token given the ones before, and log P. */
export interface Hypothesis {
  tokens: number[];
  stepProbs: number[];
  logProb: number;
}

/** One candidate extension at a step: a kept beam's prefix plus one token. */
export interface Candidate extends Hypothesis {
  /** Index of the beam it extends (in the previous step's beams). */
  parent: number;
  /** Rank among all candidates of the step (0 = most probable); kept when rank < width. */
  rank: number;
  kept: boolean;
}

/** Everything one decoding step did. */
export interface BeamStep {
  /** 1-based position of the token chosen at this step. */
  t: number;
  /** Every candidate, most probable first. */
  candidates: Candidate[];
  /** The `width` candidates kept (most probable first). */
  beams: Hypothesis[];
}

/**
 * Given prefixes (all of the same length), return for each the probabilities of the next token
 * (each row sums to 1; index = token).
 */
export type NextTokenProbs = (prefixes: readonly (readonly number[])[]) => number[][];

/** Candidates ordered by log P (higher first), ties by the tokens (lexicographically smaller first) so runs are deterministic. */
function compare(a: Hypothesis, b: Hypothesis): number {
  if (a.logProb !== b.logProb) return b.logProb - a.logProb;
  for (let i = 0; i < a.tokens.length; i++) if (a.tokens[i] !== b.tokens[i]) return a.tokens[i] - b.tokens[i];
  return 0;
}

/** Beam search for `length` tokens with beam `width` ≥ 1; returns every step (the last step's beams are the answer). */
export function beamSearch(next: NextTokenProbs, length: number, width: number): BeamStep[] {
  if (!Number.isInteger(width) || width < 1) throw new Error(`beam width must be a positive integer, got ${String(width)}`);
  if (!Number.isInteger(length) || length < 0) throw new Error(`length must be a non-negative integer, got ${String(length)}`);
  let beams: Hypothesis[] = [{ tokens: [], stepProbs: [], logProb: 0 }];
  const steps: BeamStep[] = [];
  for (let t = 1; t <= length; t++) {
    const probs = next(beams.map((b) => b.tokens));
    const all: Omit<Candidate, 'rank' | 'kept'>[] = [];
    beams.forEach((b, parent) => probs[parent].forEach((p, token) => {
      all.push({ tokens: [...b.tokens, token], stepProbs: [...b.stepProbs, p], logProb: b.logProb + Math.log(p), parent });
    }));
    all.sort(compare);
    const candidates = all.map((c, rank) => ({ ...c, rank, kept: rank < width }));
    beams = candidates.filter((c) => c.kept).map(({ tokens, stepProbs, logProb }) => ({ tokens, stepProbs, logProb }));
    steps.push({ t, candidates, beams });
  }
  return steps;
}

/** Greedy decoding: the most probable token at every step (beam search of width 1). */
export function greedyDecode(next: NextTokenProbs, length: number): Hypothesis {
  const steps = beamSearch(next, length, 1);
  return steps.at(-1)?.beams[0] ?? { tokens: [], stepProbs: [], logProb: 0 };
}

/** P of a whole sequence as the product of its step probabilities. */
export const sequenceProb = (h: Hypothesis): number => Math.exp(h.logProb);
