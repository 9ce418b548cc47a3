import { describe, expect, it } from 'vitest';
import { createOptimizer } from '../engine/optim';
import { GLYPHS } from './cnn';
import { glyphDataset, glyphInfer, glyphParamsFrom, shiftedGlyph } from './glyphCnn';
import { buildGlyphCnn } from './glyphTask';

describe('glyph CNN (the deck\'s X / O / ⁄ / \\ example)', () => {
  it('a shift moves the glyph and fills the gap with background', () => {
    const g = shiftedGlyph(GLYPHS.indexOf('backslash'), 1, 0);
    expect(g[0]).toBe(0);
    expect(g[1 * 9 + 0]).toBe(1);
    expect(g[8 * 9 + 7]).toBe(1);
  });

  it('the seeded dataset has 4 · 9 · copies images, the same for the same seed', () => {
    const a = glyphDataset('s', 2, 0.05);
    expect(a.count).toBe(72);
    expect(Array.from(a.labels.slice(0, 18))).toEqual(Array(18).fill(0));
    expect(glyphDataset('s', 2, 0.05).images).toEqual(a.images);
    expect(glyphDataset('t', 2, 0.05).images).not.toEqual(a.images);
  });

  it('trains to 100 % on the clean shifted glyphs and ≥ 97 % on the held-out noisy ones within 300 Adam steps; a snapshot rebuilds the same predictions', () => {
    const model = buildGlyphCnn({ kind: 'glyphCnn', filters: 4, seed: 1, optimizer: { name: 'adam' }, batchSize: 16 });
    const opt = createOptimizer('adam', model.params, { lr: 0.03 });
    const all = Array.from({ length: model.trainSize }, (_, i) => i);
    for (let s = 0; s < 300; s++) {
      const idx = all.filter((i) => (i + s) % 18 === 0);
      model.trainStep(idx);
      opt.step();
    }
    const r = model.report!();
    expect(r.cleanAccuracy).toBe(1);
    expect(r.testAccuracy).toBeGreaterThanOrEqual(0.97);
    expect(r.trainAccuracy).toBeGreaterThanOrEqual(0.99);
    const p = glyphParamsFrom(4, Object.fromEntries(model.weights().map((w) => [w.name, w.data])));
    for (let c = 0; c < 4; c++) expect(glyphInfer(p, shiftedGlyph(c, 0, 0)).predicted).toBe(c);
  });

  it('rejects a filter count outside 1…8', () => {
    expect(() => buildGlyphCnn({ kind: 'glyphCnn', filters: 0, seed: 1, optimizer: { name: 'adam' }, batchSize: 16 })).toThrow(RangeError);
  });
});
