import { describe, expect, it } from 'vitest';
import { createOptimizer } from '../engine/optim/factory';
import { cnnInfer, cnnShapes, DEFAULT_ARCH, paramsFromArrays, validateCnnArch } from './cnnNet';
import { buildCnn, type CnnReport, type CnnTask, type DigitArrays } from './cnnTask';

/** Two synthetic "digits": a vertical bar (label 1) and a horizontal bar (label 7), with jitter. */
function bars(n: number): DigitArrays {
  const images = new Uint8Array(n * 784);
  const labels = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const vertical = i % 2 === 0;
    const at = 10 + (i % 7);
    for (let a = 4; a < 24; a++) images[i * 784 + (vertical ? a * 28 + at : at * 28 + a)] = 255;
    labels[i] = vertical ? 1 : 7;
  }
  return { images, labels };
}

const task = (extra: Partial<CnnTask> = {}): CnnTask => ({
  kind: 'cnn', arch: { c1: 4, k1: 5, c2: 4, k2: 3 }, data: { key: 'bars', train: bars(40), test: bars(20) },
  optimizer: { name: 'adam' }, batchSize: 8, seed: 1, evalEvery: 5, ...extra,
});

describe('cnn task', () => {
  it('learns two bar orientations: loss falls and test accuracy reaches 100 %', () => {
    const m = buildCnn(task());
    const opt = createOptimizer('adam', m.params, { lr: 0.01 });
    const first = m.trainStep([0, 1, 2, 3, 4, 5, 6, 7]);
    opt.step();
    let last = first;
    for (let s = 0; s < 30; s++) { last = m.trainStep(Array.from({ length: 8 }, (_, k) => (s * 8 + k) % 40)); opt.step(); }
    expect(last).toBeLessThan(first);
    const r = m.report!() as unknown as CnnReport;
    expect(r.testAccuracy).toBe(1);
    expect(r.confusion[1][1] + r.confusion[7][7]).toBe(20);
  });
  it('reuses cached data when a later task sends only the key', () => {
    expect(() => buildCnn(task({ data: { key: 'bars' } }))).not.toThrow();
    expect(() => buildCnn(task({ data: { key: 'never-sent' } }))).toThrow(/no digit data/);
  });
  it('rejects out-of-range layer sizes and batch sizes', () => {
    expect(() => validateCnnArch({ ...DEFAULT_ARCH, c1: 0 })).toThrow(RangeError);
    expect(() => validateCnnArch({ ...DEFAULT_ARCH, k2: 4 })).toThrow(RangeError);
    expect(() => buildCnn(task({ batchSize: 0 }))).toThrow(RangeError);
  });
  it('the page-side inference from a weight snapshot gives probabilities summing to 1 and every layer', () => {
    const m = buildCnn(task());
    const arrays = Object.fromEntries(m.weights().map((w) => [w.name, w.data]));
    const arch = { c1: 4, k1: 5, c2: 4, k2: 3 };
    const inf = cnnInfer(paramsFromArrays(arch, arrays), Array.from(bars(1).images, (v) => v / 255));
    expect(inf.probs.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    const s = cnnShapes(arch);
    expect(inf.layers.conv1.side).toBe(s.conv1);
    expect(inf.layers.pool2.maps).toHaveLength(4);
    expect(() => paramsFromArrays({ ...arch, c1: 5 }, arrays)).toThrow(RangeError);
  });
  it('default architecture shapes: 28 → 24 → 12 → 10 → 5, 400 features', () => {
    expect(cnnShapes(DEFAULT_ARCH)).toEqual({ conv1: 24, pool1: 12, conv2: 10, pool2: 5, flat: 400 });
  });
});
