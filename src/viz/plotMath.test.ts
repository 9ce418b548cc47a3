import { describe, expect, it } from 'vitest';
import {
  axisTicks, buildPath, dataDomain, finiteExtent, linearScale, nearestIndex, niceDomain, plotArea,
  readoutKey, sampleXs, sortByX, stepAlong, valueAt, type Point,
} from './plotMath';

describe('domains and scales', () => {
  it('finds the finite extent and makes it nice', () => {
    expect(finiteExtent([3, NaN, -1, Infinity, 2])).toEqual([-1, 3]);
    expect(finiteExtent([NaN])).toBeNull();
    expect(niceDomain([0.13, 0.91])).toEqual([0, 1]);
    expect(niceDomain([-3.7, 12.2])).toEqual([-5, 15]);
    expect(niceDomain(null)).toEqual([0, 1]);
    expect(niceDomain([2, 2])).toEqual([1, 3]);
  });

  it('ignores non-finite samples when computing data domains', () => {
    const series = [{ points: [[0, 1], [1, NaN], [2, 4], [NaN, 100]] as Point[] }];
    expect(dataDomain(series, 0)).toEqual([0, 2]);
    expect(dataDomain(series, 1)).toEqual([1, 4]);
  });

  it('maps domain to range and produces labelled ticks', () => {
    const area = plotArea(480, 300, { top: 10, right: 10, bottom: 30, left: 40 });
    expect(area).toEqual({ left: 40, top: 10, width: 430, height: 260 });
    const x = linearScale([0, 10], [40, 470]);
    expect(x(5)).toBe(255);
    const ticks = axisTicks(x, 5);
    expect(ticks.map((t) => t.value)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(ticks[1]).toEqual({ value: 2, pos: 126, label: '2' });
  });
});

describe('buildPath', () => {
  const id = (v: number) => v;
  it('draws through finite points with rounded coordinates', () => {
    expect(buildPath([[0, 0], [1.23456, 2], [2, 1]], id, id)).toBe('M0,0L1.23,2L2,1');
  });

  it('skips non-finite points and breaks the line there', () => {
    const d = buildPath([[0, 0], [1, 1], [2, NaN], [3, 3], [4, Infinity], [5, 5], [6, 6]], id, id);
    expect(d).toBe('M0,0L1,1M3,3ZM5,5L6,6');
    expect(d).not.toMatch(/NaN|Infinity/);
    expect(buildPath([[0, NaN]], id, id)).toBe('');
  });
});

describe('valueAt and stepping', () => {
  const pts = sortByX([[2, 4], [0, 0], [1, 1], [3, NaN], [4, 16]]);

  it('sorts samples by x', () => {
    expect(pts.map((p) => p[0])).toEqual([0, 1, 2, 3, 4]);
  });

  it('interpolates between finite samples, returns samples exactly, NaN outside', () => {
    expect(valueAt(pts, 1)).toBe(1);
    expect(valueAt(pts, 1.5)).toBeCloseTo(2.5);
    expect(valueAt(pts, -0.1)).toBeNaN();
    expect(valueAt(pts, 4.1)).toBeNaN();
    expect(valueAt([], 0)).toBeNaN();
  });

  it('falls back to the nearest sample next to a gap', () => {
    expect(valueAt(pts, 2.2)).toBe(4);
    expect(valueAt(pts, 3.8)).toBe(16);
    expect(valueAt(pts, 2.8)).toBeNaN();
  });

  it('collects keyboard stops and steps through them', () => {
    const xs = sampleXs([{ points: [[0, 0], [2, 0], [1, 0]] }, { points: [[1, 5], [3, 0], [9, 9]] }], [0, 3]);
    expect(xs).toEqual([0, 1, 2, 3]);
    expect(nearestIndex(xs, 1.4)).toBe(1);
    expect(nearestIndex(xs, 1.6)).toBe(2);
    expect(stepAlong(xs, 1.4, 1)).toBe(2);
    expect(stepAlong(xs, 0, -1)).toBe(0);
    expect(stepAlong(xs, null, 1)).toBe(1);
    expect(stepAlong([], 0, 1)).toBeNaN();
  });

  it('maps read-out keys', () => {
    const xs = [0, 1, 2, 3];
    expect(readoutKey('ArrowRight', false, xs, 1)).toBe(2);
    expect(readoutKey('ArrowLeft', true, xs, 3)).toBe(0);
    expect(readoutKey('End', false, xs, null)).toBe(3);
    expect(readoutKey('Escape', false, xs, 2)).toBeNull();
    expect(readoutKey('a', false, xs, 2)).toBeUndefined();
  });
});

describe('niceDomain with float noise', () => {
  it('treats a span lost in rounding as a single value', () => {
    const [lo, hi] = niceDomain([0.5, 0.5 + 1e-12]);
    expect(lo).toBeLessThanOrEqual(-0.5);
    expect(hi).toBeGreaterThanOrEqual(1.5);
  });
});
