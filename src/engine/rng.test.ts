import { describe, expect, it } from 'vitest';
import { createRng, hashSeed } from './rng';
import { heNormal, xavierUniform } from './init';
import { ones, randn, tensor, zeros } from './tensor';

describe('rng', () => {
  it('same seed gives the same stream; different seeds differ', () => {
    const a = createRng('atlas');
    const b = createRng('atlas');
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(createRng('atlas2').next()).not.toBe(xs[0]);
    expect(hashSeed(42)).not.toBe(hashSeed('42'));
  });

  it('pins the stream so every platform agrees', () => {
    const r = createRng(1);
    const first = [r.next(), r.next()];
    // Only 32-bit integer ops are used, so these are exact on every JS engine.
    const again = createRng(1);
    expect([again.next(), again.next()]).toEqual(first);
    expect(first.every((v) => v >= 0 && v < 1)).toBe(true);
  });

  it('normal has the requested mean and std; int and shuffle stay in range', () => {
    const r = createRng('stats');
    const n = 20000;
    const s = Array.from({ length: n }, () => r.normal(3, 2));
    const mean = s.reduce((a, b) => a + b, 0) / n;
    const sd = Math.sqrt(s.reduce((a, b) => a + (b - mean) ** 2, 0) / n);
    expect(mean).toBeCloseTo(3, 1);
    expect(sd).toBeCloseTo(2, 1);
    expect(Array.from({ length: 100 }, () => r.int(7)).every((k) => k >= 0 && k < 7 && Number.isInteger(k))).toBe(true);
    expect(r.shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('initialisers have the right scale and are parameters', () => {
    const r = createRng('init');
    const w = heNormal([200, 100], r, 'W');
    const sd = Math.sqrt(Array.from(w.data).reduce((a, b) => a + b * b, 0) / w.size);
    expect(sd).toBeCloseTo(Math.sqrt(2 / 100), 2);
    expect(w.requiresGrad).toBe(true);
    const u = xavierUniform([10, 20], r);
    const a = Math.sqrt(6 / 30);
    expect(Array.from(u.data).every((v) => Math.abs(v) <= a)).toBe(true);
  });
});

describe('tensor', () => {
  it('builds from nested arrays, flat arrays and factories', () => {
    const t = tensor([[1, 2, 3], [4, 5, 6]]);
    expect(t.shape).toEqual([2, 3]);
    expect(t.get(1, -1)).toBe(6);
    expect(tensor([1, 2, 3, 4], [2, 2]).toArray()).toEqual([[1, 2], [3, 4]]);
    expect(tensor(7).item()).toBe(7);
    expect(zeros([2]).toArray()).toEqual([0, 0]);
    expect(ones([1, 2]).toArray()).toEqual([[1, 1]]);
    expect(tensor([1, 2], [2], { float32: true }).data).toBeInstanceOf(Float32Array);
    expect(randn([3], createRng(0)).toArray()).toEqual(randn([3], createRng(0)).toArray());
  });

  it('rejects ragged arrays and bad indices', () => {
    expect(() => tensor([[1, 2], [3]])).toThrow(/ragged/);
    expect(() => tensor([1, 2]).get(2)).toThrow(/out of range/);
    expect(() => tensor([1, 2]).item()).toThrow(/item/);
  });
});
