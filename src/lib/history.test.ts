import { describe, expect, it } from 'vitest';
import { thinCurve } from './history';

describe('thinCurve', () => {
  it('keeps a curve at or under the cap as it is', () => {
    const c = [1, 2, 3];
    expect(thinCurve(c, 3)).toBe(c);
  });
  it('halves a curve over the cap and keeps its first point', () => {
    expect(thinCurve([0, 1, 2, 3, 4], 4)).toEqual([0, 2, 4]);
  });
  it('a curve fed one point at a time never grows past the cap', () => {
    let c: number[] = [];
    for (let i = 0; i < 10_000; i++) c = thinCurve([...c, i], 400);
    expect(c.length).toBeLessThanOrEqual(400);
    expect(c[0]).toBe(0);
  });
});
