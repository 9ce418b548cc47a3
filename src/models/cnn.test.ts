import { describe, expect, it } from 'vitest';
import { convolve, convShape, convStep, DECK_RGB, glyph, outputSize, padMatrix, presetKernel, SENTENCE_FILTER, SENTENCE_VECTORS, textConv } from './cnn';
import { gradientAfter, pool, POOL_PRESETS, poolStep } from './cnnPool';

const deck = { input: DECK_RGB.input, kernel: DECK_RGB.kernel, bias: DECK_RGB.bias, stride: 1, padding: 1 };

describe('output size', () => {
  it('reproduces the deck shapes (6×6 with 3×3 → 4; LeNet 32 → 28 → pool 14)', () => {
    expect(outputSize(6, 3, 0, 1)).toBe(4);
    expect(outputSize(32, 5, 0, 1)).toBe(28);
    expect(outputSize(28, 2, 0, 2)).toBe(14);
  });
  it('floors when the stride does not divide', () => expect(outputSize(7, 3, 0, 2)).toBe(3));
  it('is 0 when the kernel is larger than the padded input, or for bad sizes', () => {
    expect(outputSize(2, 5, 0, 1)).toBe(0);
    expect(outputSize(5, 3, -1, 1)).toBe(0);
    expect(outputSize(5, 3, 0, 0)).toBe(0);
    expect(outputSize(Number.NaN, 3, 0, 1)).toBe(0);
  });
});

describe('multi-channel convolution (deck 002)', () => {
  it('gives −25 at (0,0) and 295 = 298 − 491 + 487 + 1 at (1,0) with padding 1, stride 1', () => {
    const out = convolve(deck);
    expect(out[0][0]).toBe(-25);
    expect(out[1][0]).toBe(295);
    const s = convStep(deck, convShape(deck).cols);
    expect([s.row, s.col]).toEqual([1, 0]);
    expect(s.channels.map((c) => c.sum)).toEqual([298, -491, 487]);
    expect(s.value).toBe(295);
  });
  it('stride 2 gives 291 at (1,0) (why the preset uses stride 1)', () => {
    expect(convolve({ ...deck, stride: 2 })[1][0]).toBe(291);
  });
  it('every step record equals the engine output, also with stride 2 and padding 2', () => {
    for (const spec of [deck, { ...deck, stride: 2, padding: 2 }]) {
      const out = convolve(spec);
      const { rows, cols } = convShape(spec);
      for (let k = 0; k < rows * cols; k++) expect(convStep(spec, k).value).toBeCloseTo(out[Math.floor(k / cols)][k % cols], 9);
    }
  });
  it('is empty when the kernel does not fit', () => {
    expect(convolve({ input: [[[1, 2], [3, 4]]], kernel: [presetKernel('identity', 5)], bias: 0, stride: 1, padding: 0 })).toEqual([]);
  });
});

describe('kernels and glyphs', () => {
  it('identity kernel returns the input; the Laplacian of a constant is 0 inside', () => {
    const x = glyph('x', 9);
    expect(convolve({ input: [x], kernel: [presetKernel('identity', 3)], bias: 0, stride: 1, padding: 1 })).toEqual(x);
    const flat = Array.from({ length: 5 }, () => Array<number>(5).fill(7));
    expect(convolve({ input: [flat], kernel: [presetKernel('laplacian', 3)], bias: 0, stride: 1, padding: 0 }).flat().every((v) => v === 0)).toBe(true);
  });
  it('a 5×5 preset centres the 3×3 one in zeros; 5×5 box blur sums to 1', () => {
    expect(presetKernel('laplacian', 5)[2]).toEqual([0, 1, -4, 1, 0]);
    expect(presetKernel('boxBlur', 5).flat().reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
  it('slash and backslash are mirror images', () => {
    expect(glyph('slash', 7).map((r) => r.slice().reverse())).toEqual(glyph('backslash', 7));
  });
  it('zero padding of 1 adds a border', () => expect(padMatrix([[5]], 1)).toEqual([[0, 0, 0], [0, 5, 0], [0, 0, 0]]));
});

describe('pooling presets', () => {
  it('max 2×2/2 on deck 000 → [[4,5],[3,4]], average → [[2.5,3],[1.25,2]]', () => {
    const p = POOL_PRESETS.deck000;
    expect(pool(p.input, 2, 2, 'max').output).toEqual([[4, 5], [3, 4]]);
    expect(pool(p.input, 2, 2, 'avg').output).toEqual([[2.5, 3], [1.25, 2]]);
  });
  it('max 2×2/2 on deck 001 → [[6,8],[3,4]]', () => {
    expect(pool(POOL_PRESETS.deck001.input, 2, 2, 'max').output).toEqual([[6, 8], [3, 4]]);
  });
  it('3×3 stride 1 over the 5×5 (deck 002) → [[3,3,3],[3,3,3],[3,2,3]]', () => {
    expect(pool(POOL_PRESETS.deck002.input, 3, 1, 'max').output).toEqual([[3, 3, 3], [3, 3, 3], [3, 2, 3]]);
  });
  it('stepped gradient routing equals the engine backward for overlapping windows with ties', () => {
    for (const mode of ['max', 'avg'] as const) {
      const { input } = POOL_PRESETS.deck002;
      const r = pool(input, 3, 1, mode);
      const stepped = gradientAfter(input, 3, 1, mode, r.rows * r.cols);
      stepped.flat().forEach((v, i) => expect(v).toBeCloseTo(r.grad.flat()[i], 12));
    }
  });
  it('max pooling routes the gradient only to the winner', () => {
    const g = pool(POOL_PRESETS.deck000.input, 2, 2, 'max').grad;
    expect(g).toEqual([[0, 0, 1, 0], [1, 0, 0, 0], [1, 0, 0, 0], [0, 0, 0, 1]]);
    expect(poolStep(POOL_PRESETS.deck000.input, 2, 2, 'max', 1).winner).toEqual({ row: 0, col: 2 });
  });
  it('window larger than the input gives an empty result; odd sizes drop the last row', () => {
    expect(pool([[1, 2], [3, 4]], 3, 1, 'max').output).toEqual([]);
    expect(pool([[1, 2, 3], [4, 5, 6], [7, 8, 9]], 2, 2, 'max').output).toEqual([[5]]);
  });
});

describe('1-D convolution over word vectors', () => {
  it('first window of the deck sentence: 0.24 + 0.27 = 0.51; max-over-time picks the largest score', () => {
    const r = textConv(SENTENCE_VECTORS, SENTENCE_FILTER);
    expect(r.scores).toHaveLength(6);
    expect(r.scores[0]).toBeCloseTo(0.51, 12);
    expect(r.max).toBe(Math.max(...r.scores));
  });
  it('a filter longer than the sentence gives no scores', () => {
    expect(textConv(SENTENCE_VECTORS.slice(0, 1), SENTENCE_FILTER).scores).toEqual([]);
  });
});
