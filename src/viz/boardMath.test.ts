import { describe, expect, it } from 'vitest';
import { halfPlaneInBox, lineInBox } from './boardMath';

const box = { xMin: -1, xMax: 1, yMin: -1, yMax: 1 };

describe('board geometry', () => {
  it('the diagonal x − y = 0 cuts the square corner to corner', () => {
    const seg = lineInBox({ a: 1, b: -1, c: 0 }, box)!;
    expect(seg.map((p) => p.map((v) => Math.round(v * 1e9) / 1e9)).sort()).toEqual([[-1, -1], [1, 1]]);
    expect(halfPlaneInBox({ a: 1, b: -1, c: 0 }, box, 1)).toHaveLength(3);
  });

  it('a line outside the box gives no segment and one side covers the whole box', () => {
    expect(lineInBox({ a: 1, b: 0, c: -5 }, box)).toBeNull();
    expect(halfPlaneInBox({ a: 1, b: 0, c: -5 }, box, 1)).toEqual([]);
    expect(halfPlaneInBox({ a: 1, b: 0, c: -5 }, box, -1)).toHaveLength(4);
  });

  it('degenerate and non-finite lines give no segment', () => {
    expect(lineInBox({ a: 0, b: 0, c: 1 }, box)).toBeNull();
    expect(lineInBox({ a: Number.NaN, b: 1, c: 0 }, box)).toBeNull();
  });
});
