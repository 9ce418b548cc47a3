import { describe, expect, it } from 'vitest';
import { color } from 'd3';
import {
  CATEGORICAL, MISSING_COLOR, contrastRatio, divergingColor, relativeLuminance, seriesColor, sequentialColor, textColorOn,
} from './palettes';

const rgb = (css: string) => {
  const c = color(css)!.rgb();
  return [c.r, c.g, c.b];
};

describe('divergingColor', () => {
  it('maps 0 to a near-white middle', () => {
    const [r, g, b] = rgb(divergingColor(0, 3));
    expect(Math.min(r, g, b)).toBeGreaterThan(225);
  });

  it('is symmetric: ±v have mirrored hues and equal lightness', () => {
    for (const v of [0.5, 1.5, 3]) {
      const neg = rgb(divergingColor(-v, 3));
      const pos = rgb(divergingColor(v, 3));
      expect(neg[2]).toBeGreaterThan(neg[0]); // negative is blue
      expect(pos[0]).toBeGreaterThan(pos[2]); // positive is red
      expect(Math.abs(relativeLuminance(divergingColor(-v, 3)) - relativeLuminance(divergingColor(v, 3)))).toBeLessThan(0.08);
    }
  });

  it('clamps beyond the domain and scales with maxAbs', () => {
    expect(divergingColor(10, 3)).toBe(divergingColor(3, 3));
    expect(divergingColor(-10, 3)).toBe(divergingColor(-3, 3));
    expect(divergingColor(1, 2)).toBe(divergingColor(2, 4));
    expect(divergingColor(-3, 3)).not.toBe(divergingColor(3, 3));
  });

  it('handles a zero domain and non-finite values', () => {
    expect(divergingColor(5, 0)).toBe(divergingColor(0, 1));
    expect(divergingColor(NaN, 1)).toBe(MISSING_COLOR);
    expect(divergingColor(Infinity, 1)).toBe(MISSING_COLOR);
  });
});

describe('sequentialColor', () => {
  it('runs from dark (low) to light (high) and clamps', () => {
    expect(relativeLuminance(sequentialColor(0, 0, 1))).toBeLessThan(0.05);
    expect(relativeLuminance(sequentialColor(1, 0, 1))).toBeGreaterThan(0.6);
    expect(sequentialColor(-5, 0, 1)).toBe(sequentialColor(0, 0, 1));
    expect(sequentialColor(5, 0, 1)).toBe(sequentialColor(1, 0, 1));
    expect(sequentialColor(0.3, 0, 1)).not.toBe(sequentialColor(0.7, 0, 1));
  });

  it('tolerates an empty range and non-finite values', () => {
    expect(sequentialColor(2, 2, 2)).toBe(sequentialColor(0, 0, 1));
    expect(sequentialColor(NaN)).toBe(MISSING_COLOR);
  });
});

describe('textColorOn', () => {
  it('chooses the text colour with more contrast', () => {
    expect(textColorOn('#ffffff')).toBe('#000000');
    expect(textColorOn('#000000')).toBe('#ffffff');
    expect(textColorOn(sequentialColor(0))).toBe('#ffffff'); // viridis dark purple
    expect(textColorOn(sequentialColor(1))).toBe('#000000'); // viridis yellow
    expect(textColorOn(divergingColor(0, 1))).toBe('#000000');
  });

  it('always reaches at least WCAG 4.5:1 on palette colours', () => {
    for (let i = -10; i <= 10; i++) {
      for (const bg of [divergingColor(i, 10), sequentialColor((i + 10) / 20)]) {
        const text = textColorOn(bg) === '#000000' ? 0 : 1;
        expect(contrastRatio(relativeLuminance(bg), text)).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});

describe('categorical colours', () => {
  it('reference the theme series variables and cycle', () => {
    expect(CATEGORICAL[0]).toBe('var(--series-1)');
    expect(seriesColor(1)).toBe('var(--series-2)');
    expect(seriesColor(CATEGORICAL.length)).toBe(seriesColor(0));
    expect(seriesColor(-1)).toBe(CATEGORICAL[CATEGORICAL.length - 1]);
  });
});
