import { describe, expect, it } from 'vitest';
import { digitFeatures, FEATURE_GROUPS, FEATURE_SIZES, featureCount, featureVector, parseFeatureGroups, SCAN_LINES } from './digitFeatures';

/** A 28×28 image with ink where `ink(r, c)` is true. */
function image(ink: (r: number, c: number) => boolean): Float64Array {
  const px = new Float64Array(784);
  for (let r = 0; r < 28; r++) for (let c = 0; c < 28; c++) px[r * 28 + c] = ink(r, c) ? 1 : 0;
  return px;
}
const ring = (cy: number, cx: number, rOut: number, rIn: number) => (r: number, c: number) => {
  const d = Math.hypot(r - cy, c - cx);
  return d <= rOut && d >= rIn;
};
const bar = image((r, c) => c >= 13 && c <= 14 && r >= 4 && r <= 23);
const zero = image(ring(14, 14, 9, 6));
const eight = image((r, c) => ring(7.5, 13.5, 6, 3.5)(r, c) || ring(19.5, 13.5, 6, 3.5)(r, c));

describe('hand-made digit features', () => {
  it('a vertical bar: no hole, one stroke on every horizontal scan, none off the bar vertically', () => {
    const f = digitFeatures(bar);
    expect(f.holes).toBe(0);
    expect(f.crossings.rows).toEqual(SCAN_LINES.map(() => 1));
    // Vertical scans at columns 6…22: only column 14 runs along the bar (one long run).
    expect(f.crossings.cols).toEqual([0, 0, 1, 0, 0]);
    expect(f.ink).toBeCloseTo(40 / 784, 12);
    expect(f.centroid.x).toBeCloseTo(13.5, 12);
    expect(f.centroid.y).toBeCloseTo(13.5, 12);
    expect(f.box).toEqual({ x0: 13, y0: 4, x1: 14, y1: 23 });
    expect(f.cols[13]).toBeCloseTo(20 / 28, 12);
    expect(f.rows[0]).toBe(0);
    expect(f.symmetry.leftRight).toBeCloseTo(1, 12);
  });
  it('a ring has one hole and is crossed twice through its middle', () => {
    const f = digitFeatures(zero);
    expect(f.holes).toBe(1);
    expect(f.crossings.rows[2]).toBe(2);
    expect(f.crossings.cols[2]).toBe(2);
    expect(f.holeMask[14 * 28 + 14]).toBe(1);
    expect(f.holeMask[0]).toBe(0);
  });
  it('two stacked rings (an 8) have two holes; the vertical middle scan crosses four strokes… or three where they touch', () => {
    const f = digitFeatures(eight);
    expect(f.holes).toBe(2);
    expect(f.crossings.cols[2]).toBeGreaterThanOrEqual(3);
    expect(f.symmetry.topBottom).toBeCloseTo(1, 12);
    expect(f.symmetry.leftRight).toBeCloseTo(1, 12);
  });
  it('a blank image: centroid at the centre, no box, no holes (the background touches the border)', () => {
    const f = digitFeatures(new Float64Array(784));
    expect(f.centroid).toEqual({ x: 13.5, y: 13.5 });
    expect(f.box).toBeNull();
    expect(f.holes).toBe(0);
    expect(featureVector(f, ['box', 'holes'])).toEqual([0, 0, 1, 0, 0]);
  });
  it('a diagonal gap in a stroke does not open a loop (4-connected background)', () => {
    // A diamond drawn with 8-connected (diagonal) steps encloses its inside.
    const diamond = image((r, c) => Math.abs(r - 14) + Math.abs(c - 14) === 8);
    expect(digitFeatures(diamond).holes).toBe(1);
  });
  it('rejects an image of the wrong size', () => {
    expect(() => digitFeatures(new Float64Array(783))).toThrow(/784/);
  });
  it('feature vectors follow the group order and sizes', () => {
    const f = digitFeatures(zero);
    expect(featureCount(FEATURE_GROUPS)).toBe(76);
    expect(featureVector(f, FEATURE_GROUPS)).toHaveLength(76);
    expect(featureVector(f, ['holes', 'ink'])).toEqual([f.ink, 0, 1, 0]);
    expect(featureCount(['rows', 'crossings'])).toBe(FEATURE_SIZES.rows + FEATURE_SIZES.crossings);
    expect(featureVector(f, FEATURE_GROUPS).every(Number.isFinite)).toBe(true);
  });
  it('parses group lists and rejects unknown or repeated names', () => {
    expect(parseFeatureGroups('holes,rows')).toEqual(['rows', 'holes']);
    expect(parseFeatureGroups('')).toEqual([]);
    expect(parseFeatureGroups('rows,nope')).toBeNull();
    expect(parseFeatureGroups('rows,rows')).toBeNull();
  });
});
