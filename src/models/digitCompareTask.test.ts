import { describe, expect, it } from 'vitest';
import { createOptimizer } from '../engine/optim/factory';
import type { DigitArrays } from './cnnTask';
import { buildDigitCompare, type CompareReport, type DigitCompareTask } from './digitCompareTask';

/** Vertical bars (label 1) and rings (label 0), with jitter in position. */
function digits(n: number): DigitArrays {
  const images = new Uint8Array(n * 784);
  const labels = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const ringed = i % 2 === 0;
    const at = 11 + (i % 5);
    for (let r = 0; r < 28; r++) for (let c = 0; c < 28; c++) {
      const d = Math.hypot(r - 14, c - at);
      const ink = ringed ? d <= 8 && d >= 5 : Math.abs(c - at) <= 1 && r >= 4 && r <= 23;
      if (ink) images[i * 784 + r * 28 + c] = 255;
    }
    labels[i] = ringed ? 0 : 1;
  }
  return { images, labels };
}

const task = (extra: Partial<DigitCompareTask>): DigitCompareTask => ({
  kind: 'digitCompare', variant: 'raw', data: { key: 'toy', train: digits(40), test: digits(20) },
  optimizer: { name: 'adam' }, batchSize: 8, seed: 1, evalEvery: 5, ...extra,
});

function train(t: DigitCompareTask, steps: number) {
  const m = buildDigitCompare(t);
  const opt = createOptimizer('adam', m.params, { lr: 0.05 });
  for (let s = 0; s < steps; s++) { m.trainStep(Array.from({ length: 8 }, (_, k) => (s * 8 + k) % 40)); opt.step(); }
  return m.report!() as unknown as CompareReport;
}

describe('digitCompare task', () => {
  it('raw pixels: softmax regression separates bars from rings', () => {
    const r = train(task({ variant: 'raw' }), 20);
    expect(r.testAccuracy).toBe(1);
    expect(r.inputs).toBe(784);
    expect(r.parameters).toBe(784 * 10 + 10);
  });
  it('hand-made features: the hole feature alone separates them', () => {
    const r = train(task({ variant: 'features', features: ['holes'], data: { key: 'toy' } }), 20);
    expect(r.testAccuracy).toBe(1);
    expect(r.inputs).toBe(3);
    expect(r.parameters).toBe(3 * 10 + 10);
  });
  it('mlp: one hidden layer learns its own features', () => {
    const r = train(task({ variant: 'mlp', hidden: 8, data: { key: 'toy' } }), 20);
    expect(r.testAccuracy).toBe(1);
    expect(r.parameters).toBe(784 * 8 + 8 + 8 * 10 + 10);
  });
  it('evaluates exactly at the planned last step even between evaluation intervals', () => {
    const r = train(task({ variant: 'raw', evalEvery: 100, totalSteps: 7, data: { key: 'toy' } }), 7);
    expect(r.testStep).toBe(7);
  });
  it('rejects bad tasks with a message', () => {
    expect(() => buildDigitCompare(task({ variant: 'features', features: [], data: { key: 'toy' } }))).toThrow(/at least one feature/);
    expect(() => buildDigitCompare(task({ variant: 'mlp', hidden: 0, data: { key: 'toy' } }))).toThrow(/hidden/);
    expect(() => buildDigitCompare(task({ batchSize: 0, data: { key: 'toy' } }))).toThrow(/batchSize/);
    expect(() => buildDigitCompare(task({ data: { key: 'unknown' } }))).toThrow(/no digit data/);
  });
});
