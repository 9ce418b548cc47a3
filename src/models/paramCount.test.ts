import { describe, expect, it } from 'vitest';
import { countParameters, epochPlan, sizesProblem } from './paramCount';

describe('parameter counting', () => {
  it("the lecture's network 3 → 4 → 1 has 4·4 + 4 + 1 = 21 parameters", () => {
    const c = countParameters([3, 4, 1]);
    expect(c.total).toBe(21);
    expect(c.built).toBe(true);
    expect(c.layers).toEqual([{ inputs: 3, outputs: 4, weights: 12, biases: 4 }, { inputs: 4, outputs: 1, weights: 4, biases: 1 }]);
  });
  it('the MLP of the digit comparison, 784 → 32 → 10', () => {
    expect(countParameters([784, 32, 10]).total).toBe(784 * 32 + 32 + 32 * 10 + 10);
  });
  it('a network too large to build is counted by formula, with the same result', () => {
    const c = countParameters([4096, 4096, 10]);
    expect(c.built).toBe(false);
    expect(c.total).toBe(4096 * 4096 + 4096 + 4096 * 10 + 10);
  });
  it('rejects too few, too many, fractional and huge layer lists', () => {
    expect(sizesProblem([3])).toBe('tooFew');
    expect(sizesProblem([1, 2, 3, 4, 5, 6, 7, 8])).toBe('tooMany');
    expect(sizesProblem([3, 0.5, 1])).toBe('notWhole');
    expect(sizesProblem([3, 5000, 1])).toBe('tooLarge');
    expect(() => countParameters([3, -1])).toThrow(RangeError);
  });
});

describe('iterations and epochs', () => {
  it('8000 examples in batches of 64: 125 iterations per epoch', () => {
    expect(epochPlan(8000, 64, 3)).toEqual({ iterationsPerEpoch: 125, lastBatch: 64, totalIterations: 375 });
  });
  it('a batch that does not divide the data leaves a smaller last batch', () => {
    expect(epochPlan(8000, 48, 1)).toEqual({ iterationsPerEpoch: 167, lastBatch: 32, totalIterations: 167 });
  });
  it('full batch (B ≥ N) and single examples', () => {
    expect(epochPlan(10, 100, 5).iterationsPerEpoch).toBe(1);
    expect(epochPlan(10, 1, 2).totalIterations).toBe(20);
    expect(() => epochPlan(10, 0, 1)).toThrow(/batch/);
  });
});
