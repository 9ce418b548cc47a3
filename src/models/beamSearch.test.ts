import { describe, expect, it } from 'vitest';
import { decodeDigits } from './attentionBeam';
import { DEFAULT_ATTENTION_TASK, buildNetwork, translateBatch } from './attentionTask';
import { beamSearch, greedyDecode, sequenceProb, type NextTokenProbs } from './beamSearch';

// A toy language model over {0, 1, 2} where the greedy first choice leads to a poor continuation:
// P(0) = 0.6, P(1) = 0.4; after 0 the next token is nearly uniform, after 1 it is almost surely 2.
const toy: NextTokenProbs = (prefixes) => prefixes.map((p) => {
  if (p.length === 0) return [0.6, 0.4, 0];
  if (p[0] === 0) return [0.34, 0.33, 0.33];
  return [0.05, 0.05, 0.9];
});

describe('beam search', () => {
  it('greedy takes 0 then 0: P = 0.6 · 0.34 = 0.204', () => {
    const g = greedyDecode(toy, 2);
    expect(g.tokens).toEqual([0, 0]);
    expect(g.stepProbs).toEqual([0.6, 0.34]);
    expect(sequenceProb(g)).toBeCloseTo(0.204, 12);
  });

  it('width 2 finds the more probable 1, 2: P = 0.4 · 0.9 = 0.36 > 0.204', () => {
    const steps = beamSearch(toy, 2, 2);
    const best = steps[1].beams[0];
    expect(best.tokens).toEqual([1, 2]);
    expect(sequenceProb(best)).toBeCloseTo(0.36, 12);
    expect(steps[1].beams[1].tokens).toEqual([0, 0]);
    expect(steps[0].beams.map((b) => b.tokens)).toEqual([[0], [1]]);
  });

  it('keeps exactly `width` beams, sorted, and marks the rest pruned', () => {
    const steps = beamSearch(toy, 2, 3);
    expect(steps[1].candidates).toHaveLength(9);
    expect(steps[1].candidates.filter((c) => c.kept)).toHaveLength(3);
    const lp = steps[1].candidates.map((c) => c.logProb);
    expect([...lp].sort((a, b) => b - a)).toEqual(lp);
    for (const c of steps[1].candidates) expect(c.logProb).toBeCloseTo(Math.log(c.stepProbs[0] * c.stepProbs[1]), 12);
  });

  it('a zero-probability token gets log P = −∞ and is ranked last, not NaN', () => {
    const steps = beamSearch(toy, 1, 3);
    expect(steps[0].candidates.at(-1)?.logProb).toBe(-Infinity);
    expect(steps[0].candidates.at(-1)?.tokens).toEqual([2]);
  });

  it('rejects a width below 1 or a fractional length', () => {
    expect(() => beamSearch(toy, 2, 0)).toThrow(/width/);
    expect(() => beamSearch(toy, 1.5, 1)).toThrow(/length/);
  });
});

describe('beam search on the digit-reversal decoder', () => {
  const net = buildNetwork(DEFAULT_ATTENTION_TASK);
  const input = [4, 0, 9, 6];

  it('width 1 reproduces the lesson’s greedy translation', () => {
    const greedy = translateBatch(net, [input]).outputs[0];
    expect(decodeDigits(net, input, 1).at(-1)?.beams[0].tokens).toEqual(greedy);
  });

  it('each step’s distribution sums to 1 and a wider beam never finds a less probable sequence', () => {
    const w1 = decodeDigits(net, input, 1).at(-1)!.beams[0];
    const w5 = decodeDigits(net, input, 5);
    expect(w5.at(-1)!.beams[0].logProb).toBeGreaterThanOrEqual(w1.logProb - 1e-12);
    expect(w5.at(-1)!.beams).toHaveLength(5);
    const first = w5[0].candidates.reduce((s, c) => s + c.stepProbs[0], 0);
    expect(first).toBeCloseTo(1, 12);
  });
});
