import { describe, expect, it } from 'vitest';
import {
  PERCEPTRON_DATASETS, flattenPoints, initialWeights, misclassified, perceptronUpdate, thresholdOutput, trainPerceptron,
  unflattenPoints, weightsAfter,
} from './perceptron';

const opts = { eta: 0.1, seed: 1, maxEpochs: 100 };

describe('perceptron threshold unit and rule', () => {
  it('net exactly 0 is classified −1 (strict inequality)', () => {
    expect(thresholdOutput([0, 1, 1], 1, -1)).toEqual({ net: 0, o: -1 });
    expect(thresholdOutput([0.5, 1, 1], 1, -1).o).toBe(1);
  });

  it('one update by hand: w = [0.5, −0.2, 0.4], x = (1, 2), t = −1, η = 0.1', () => {
    // net = 0.5 − 0.2 + 0.8 = 1.1 > 0 → o = 1; Δw = 0.1·(−1 − 1)·(1, 1, 2) = (−0.2, −0.2, −0.4)
    const u = perceptronUpdate([0.5, -0.2, 0.4], { x1: 1, x2: 2, t: -1 }, 0.1);
    expect(u.o).toBe(1);
    expect(u.delta[0]).toBeCloseTo(-0.2, 12);
    expect(u.delta[2]).toBeCloseTo(-0.4, 12);
    expect(u.next[0]).toBeCloseTo(0.3, 12);
    expect(u.next[1]).toBeCloseTo(-0.4, 12);
    expect(u.next[2]).toBeCloseTo(0, 12);
  });

  it('a correctly classified example leaves the weights unchanged', () => {
    const u = perceptronUpdate([0.5, 1, 1], { x1: 1, x2: 1, t: 1 }, 0.3);
    expect(u.mistake).toBe(false);
    expect(u.next).toEqual([0.5, 1, 1]);
  });

  it('seeded start is reproducible and rounded to 2 decimals', () => {
    expect(initialWeights(7)).toEqual(initialWeights(7));
    expect(initialWeights(7)).not.toEqual(initialWeights(8));
    for (const w of initialWeights(3)) expect(Math.round(w * 100) / 100).toBe(w);
  });
});

describe('perceptron training', () => {
  it.each(['separable', 'margin'] as const)('converges on the %s set and then classifies every point', (name) => {
    const points = PERCEPTRON_DATASETS[name];
    const run = trainPerceptron(points, opts);
    expect(run.convergedEpoch).not.toBeNull();
    expect(run.epochMistakes.at(-1)).toBe(0);
    expect(misclassified(run.epochWeights.at(-1)!, points).some(Boolean)).toBe(false);
  });

  it('XOR never converges: every epoch up to the cap has a mistake, and the weights cycle', () => {
    const run = trainPerceptron(PERCEPTRON_DATASETS.xor, { ...opts, maxEpochs: 40 });
    expect(run.convergedEpoch).toBeNull();
    expect(run.epochMistakes).toHaveLength(40);
    expect(Math.min(...run.epochMistakes)).toBeGreaterThan(0);
    expect(run.cycle).not.toBeNull();
  });

  it('noisy labels (not separable) hit the cap', () => {
    expect(trainPerceptron(PERCEPTRON_DATASETS.noisy, { ...opts, maxEpochs: 30 }).convergedEpoch).toBeNull();
  });

  it('replay from the seeded start equals the recorded weights at every step (exact step back)', () => {
    const points = PERCEPTRON_DATASETS.xor;
    const run = trainPerceptron(points, { ...opts, maxEpochs: 5 });
    run.steps.forEach((s, k) => {
      expect(weightsAfter(points, { ...opts, maxEpochs: 5 }, k)).toEqual(s.before);
      expect(weightsAfter(points, { ...opts, maxEpochs: 5 }, k + 1)).toEqual(s.after);
    });
  });

  it('an empty board gives a run with no steps', () => {
    const run = trainPerceptron([], opts);
    expect(run.steps).toEqual([]);
    expect(run.convergedEpoch).toBeNull();
  });

  it('points round-trip through the flat URL form; malformed triples are dropped', () => {
    const points = PERCEPTRON_DATASETS.separable;
    expect(unflattenPoints(flattenPoints(points))).toEqual(points);
    expect(unflattenPoints([1, 2, 0, 3, 4, -1, 5])).toEqual([{ x1: 3, x2: 4, t: -1 }]);
  });
});
