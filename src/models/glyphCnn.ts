/**
 * The deck's character-recognition example as a trained network: 9×9 glyphs X, O, / and \,
 * shifted by up to one pixel and with a few pixels flipped (seeded), classified by a tiny CNN:
 * conv 3×3 (F filters) → ReLU → max-pool 2 → dense 4 → softmax.
 */
import { heNormal } from '../engine/init';
import { conv2d } from '../engine/ops/conv';
import { linear } from '../engine/ops/matmul';
import { maxPool2d } from '../engine/ops/pool';
import { reshape } from '../engine/ops/shape';
import { softmax } from '../engine/ops/softmax';
import { createRng } from '../engine/rng';
import { noGrad } from '../engine/tape';
import { Tensor } from '../engine/tensor';
import { GLYPHS, glyph } from './cnn';

export const GLYPH_SIDE = 9;
export const GLYPH_PIXELS = GLYPH_SIDE * GLYPH_SIDE;
/** Side of the convolution output (valid 3×3) and of the pooled map. */
export const GLYPH_CONV = GLYPH_SIDE - 2;
export const GLYPH_POOL = Math.floor(GLYPH_CONV / 2);

/** Images (count × 81, 0/1) and labels (index into GLYPHS). */
export interface GlyphSet { images: Float64Array; labels: Int32Array; count: number }

/** The glyph of class `c` moved by (dy, dx) pixels, background filling the gap. */
export function shiftedGlyph(c: number, dy: number, dx: number): Float64Array {
  const g = glyph(GLYPHS[c], GLYPH_SIDE);
  const out = new Float64Array(GLYPH_PIXELS);
  for (let i = 0; i < GLYPH_SIDE; i++) {
    for (let j = 0; j < GLYPH_SIDE; j++) out[i * GLYPH_SIDE + j] = g[i - dy]?.[j - dx] ?? 0;
  }
  return out;
}

/**
 * Every glyph at every shift in {−1, 0, 1}², `copies` times, each copy with each pixel flipped
 * with probability `flip` (seeded). 4 · 9 · copies images.
 */
export function glyphDataset(seed: string | number, copies: number, flip: number): GlyphSet {
  const rng = createRng(`${String(seed)}:glyphs`);
  const count = GLYPHS.length * 9 * copies;
  const images = new Float64Array(count * GLYPH_PIXELS);
  const labels = new Int32Array(count);
  let n = 0;
  for (let c = 0; c < GLYPHS.length; c++) {
    for (let s = 0; s < 9; s++) {
      const base = shiftedGlyph(c, Math.floor(s / 3) - 1, (s % 3) - 1);
      for (let k = 0; k < copies; k++, n++) {
        for (let i = 0; i < GLYPH_PIXELS; i++) images[n * GLYPH_PIXELS + i] = rng.next() < flip ? 1 - base[i] : base[i];
        labels[n] = c;
      }
    }
  }
  return { images, labels, count };
}

export interface GlyphParams { K: Tensor; bK: Tensor; W: Tensor; b: Tensor }
export const GLYPH_PARAM_ORDER = ['K', 'bK', 'W', 'b'] as const;

export function initGlyphParams(filters: number, seed: string | number): GlyphParams {
  const rng = createRng(`${String(seed)}:glyph-init`);
  return {
    K: heNormal([filters, 1, 3, 3], rng, 'K'), bK: new Tensor(new Float64Array(filters), [filters], true, 'bK'),
    W: heNormal([GLYPHS.length, filters * GLYPH_POOL * GLYPH_POOL], rng, 'W'), b: new Tensor(new Float64Array(GLYPHS.length), [GLYPHS.length], true, 'b'),
  };
}

/** Forward pass on x [N, 1, 9, 9]. */
export function glyphForward(p: GlyphParams, x: Tensor) {
  const conv = conv2d(x, p.K, p.bK, { activation: 'relu' });
  const pool = maxPool2d(conv, 2, 2);
  const logits = linear(reshape(pool, [x.shape[0], -1]), p.W, p.b);
  return { conv, pool, logits };
}

/** Rebuilds parameters from snapshot arrays (name → data). @throws RangeError on a size mismatch. */
export function glyphParamsFrom(filters: number, arrays: Record<string, Float64Array>): GlyphParams {
  const shapes = { K: [filters, 1, 3, 3], bK: [filters], W: [GLYPHS.length, filters * GLYPH_POOL * GLYPH_POOL], b: [GLYPHS.length] };
  const out = {} as Record<(typeof GLYPH_PARAM_ORDER)[number], Tensor>;
  for (const name of GLYPH_PARAM_ORDER) {
    const size = shapes[name].reduce((a, b) => a * b, 1);
    if (arrays[name]?.length !== size) throw new RangeError(`parameter ${name} should hold ${size} values`);
    out[name] = new Tensor(arrays[name], shapes[name], false, name);
  }
  return out;
}

/** One glyph (81 values) through the network: probabilities, the winner, conv and pooled maps per filter. */
export function glyphInfer(p: GlyphParams, pixels: ArrayLike<number>) {
  if (pixels.length !== GLYPH_PIXELS) throw new RangeError(`expected ${GLYPH_PIXELS} pixels, got ${pixels.length}`);
  return noGrad(() => {
    const a = glyphForward(p, new Tensor(Float64Array.from(pixels), [1, 1, GLYPH_SIDE, GLYPH_SIDE]));
    const probs = Array.from(softmax(a.logits, -1).data);
    const predicted = probs.indexOf(Math.max(...probs));
    const F = p.K.shape[0];
    const split = (t: Tensor, side: number) => Array.from({ length: F }, (_, f) => Float64Array.from(t.data.subarray(f * side * side, (f + 1) * side * side)));
    return { probs, predicted, conv: split(a.conv, GLYPH_CONV), pool: split(a.pool, GLYPH_POOL) };
  });
}

/** Fraction of `set` classified correctly. */
export function glyphAccuracy(p: GlyphParams, set: GlyphSet): number {
  const logits = noGrad(() => glyphForward(p, new Tensor(set.images, [set.count, 1, GLYPH_SIDE, GLYPH_SIDE])).logits.data);
  let correct = 0;
  for (let r = 0; r < set.count; r++) {
    let best = 0;
    for (let k = 1; k < GLYPHS.length; k++) if (logits[r * GLYPHS.length + k] > logits[r * GLYPHS.length + best]) best = k;
    if (best === set.labels[r]) correct++;
  }
  return correct / set.count;
}
