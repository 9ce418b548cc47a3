import { describe, expect, it } from 'vitest';
import { PERCEPTRON_DATASETS, trainPerceptron, weightsAfter } from '../../models/perceptron';
import { boundaryOf, trainerView } from './trainerView';

const points = PERCEPTRON_DATASETS.xor;
const opts = { eta: 0.1, seed: 1, maxEpochs: 3 };

describe('trainer view adapter', () => {
  it('step index beyond the run is clamped to its end', () => {
    const run = trainPerceptron(points, opts);
    expect(trainerView(run, points, 1e6).k).toBe(run.steps.length);
    expect(trainerView(run, points, -4).k).toBe(0);
  });

  it('weights shown at step k are the replayed weights', () => {
    const run = trainPerceptron(points, opts);
    for (const k of [0, 1, 5, 11, run.steps.length]) expect(trainerView(run, points, k).weights).toEqual(weightsAfter(points, opts, k));
  });

  it('the boundary line keeps the positive side for w₀ + w·x > 0', () => {
    expect(boundaryOf([1, 2, 3])).toEqual({ a: 2, b: 3, c: 1 });
  });
});
