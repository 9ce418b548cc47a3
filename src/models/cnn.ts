/**
 * Convolution as a lesson: kernels, the deck's worked examples, and step-by-step records of a kernel
 * sliding over an input (window, products, per-channel partial sums). Full outputs come from the
 * engine's conv2d/conv1d; the step records are checked against them in the tests.
 */
import { convOutSize } from '../engine/kernels/conv';
import { conv1d, conv2d } from '../engine/ops/conv';
import { noGrad } from '../engine/tape';
import { Tensor } from '../engine/tensor';

export type Matrix = number[][];

/** ⌊(n + 2p − f)/s⌋ + 1, or 0 when the kernel does not fit the padded input. */
export function outputSize(n: number, f: number, p: number, s: number): number {
  if (![n, f, p, s].every(Number.isFinite) || s < 1 || f < 1 || n < 1 || p < 0) return 0;
  return Math.max(0, convOutSize(n, f, s, p));
}

export const KERNEL_PRESETS = {
  laplacian: [[0, 1, 0], [1, -4, 1], [0, 1, 0]],
  sobelX: [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]],
  sobelY: [[-1, -2, -1], [0, 0, 0], [1, 2, 1]],
  sharpen: [[0, -1, 0], [-1, 5, -1], [0, -1, 0]],
  boxBlur: [[1 / 9, 1 / 9, 1 / 9], [1 / 9, 1 / 9, 1 / 9], [1 / 9, 1 / 9, 1 / 9]],
  identity: [[0, 0, 0], [0, 1, 0], [0, 0, 0]],
} satisfies Record<string, Matrix>;
export type KernelPreset = keyof typeof KERNEL_PRESETS;
export const KERNEL_PRESET_NAMES = Object.keys(KERNEL_PRESETS) as KernelPreset[];

/** A preset at side 3 or 5: the 5×5 box blur is 1/25 everywhere; the others are centred in zeros. */
export function presetKernel(name: KernelPreset, size: 3 | 5): Matrix {
  const k = KERNEL_PRESETS[name];
  if (size === 3) return k.map((r) => r.slice());
  if (name === 'boxBlur') return Array.from({ length: 5 }, () => Array<number>(5).fill(1 / 25));
  return Array.from({ length: 5 }, (_, r) => Array.from({ length: 5 }, (_, c) => (r >= 1 && r <= 3 && c >= 1 && c <= 3 ? k[r - 1][c - 1] : 0)));
}

/** The deck's RGB example (deck 002): 5×6 input per channel, 3×3 kernel per channel, bias 1. */
export const DECK_RGB = {
  input: [
    [[156, 155, 156, 158, 158, 158], [153, 154, 157, 159, 159, 159], [149, 151, 155, 158, 159, 159], [146, 146, 149, 153, 158, 158], [145, 143, 143, 148, 158, 158]],
    [[167, 166, 167, 169, 169, 169], [164, 165, 168, 170, 170, 170], [160, 162, 166, 169, 170, 170], [156, 156, 159, 163, 168, 168], [155, 153, 153, 158, 168, 168]],
    [[163, 162, 163, 165, 165, 165], [160, 161, 164, 166, 166, 166], [156, 158, 162, 165, 166, 166], [155, 155, 158, 162, 167, 167], [154, 152, 152, 157, 167, 167]],
  ],
  kernel: [
    [[-1, -1, 1], [0, 1, -1], [0, 1, 1]],
    [[1, 0, 0], [1, -1, -1], [1, 0, -1]],
    [[0, 1, 1], [0, 1, 0], [1, -1, 1]],
  ],
  bias: 1,
  padding: 1,
  stride: 1,
};

/** Input channels C×H×W, kernel C×f×f, bias, stride, zero padding. */
export interface ConvSpec { input: Matrix[]; kernel: Matrix[]; bias: number; stride: number; padding: number }

/** Output rows and columns, or an empty size when the kernel does not fit. */
export function convShape(s: ConvSpec): { rows: number; cols: number } {
  const H = s.input[0]?.length ?? 0;
  const W = s.input[0]?.[0]?.length ?? 0;
  const f = s.kernel[0]?.length ?? 0;
  return { rows: outputSize(H, f, s.padding, s.stride), cols: outputSize(W, f, s.padding, s.stride) };
}

/** The whole output map, computed by the engine's conv2d. Empty when the kernel does not fit. */
export function convolve(s: ConvSpec): Matrix {
  const { rows, cols } = convShape(s);
  if (rows < 1 || cols < 1) return [];
  const C = s.input.length;
  const H = s.input[0].length;
  const W = s.input[0][0].length;
  const f = s.kernel[0].length;
  const x = new Tensor(Float64Array.from(s.input.flat(2)), [C, H, W]);
  const w = new Tensor(Float64Array.from(s.kernel.flat(2)), [1, C, f, f]);
  const b = new Tensor(Float64Array.of(s.bias), [1]);
  const out = noGrad(() => conv2d(x, w, b, { stride: s.stride, padding: s.padding })).data;
  return Array.from({ length: rows }, (_, r) => Array.from(out.subarray(r * cols, (r + 1) * cols)));
}

/** One position of the kernel: what is read, multiplied and written. */
export interface ConvStep {
  /** Output cell written. */
  row: number;
  col: number;
  /** Top-left of the window in padded input coordinates. */
  top: number;
  left: number;
  /** Per channel: the window (padding reads 0), its element-wise products with the kernel, their sum. */
  channels: { window: Matrix; products: Matrix; sum: number }[];
  bias: number;
  /** Σ partial sums + bias. */
  value: number;
}

/** The step record for output cell number `index` (row-major). */
export function convStep(s: ConvSpec, index: number): ConvStep {
  const { cols } = convShape(s);
  const row = Math.floor(index / cols);
  const col = index % cols;
  const f = s.kernel[0].length;
  const top = row * s.stride;
  const left = col * s.stride;
  const channels = s.input.map((plane, c) => {
    const window = Array.from({ length: f }, (_, i) => Array.from({ length: f }, (_, j) => plane[top + i - s.padding]?.[left + j - s.padding] ?? 0));
    const products = window.map((r, i) => r.map((v, j) => v * s.kernel[c][i][j]));
    return { window, products, sum: products.flat().reduce((a, b) => a + b, 0) };
  });
  const value = channels.reduce((a, ch) => a + ch.sum, 0) + s.bias;
  return { row, col, top, left, channels, bias: s.bias, value };
}

/** Zero padding of `p` on every side. */
export function padMatrix(m: Matrix, p: number): Matrix {
  const W = (m[0]?.length ?? 0) + 2 * p;
  const zeros = () => Array<number>(W).fill(0);
  return [...Array.from({ length: p }, zeros), ...m.map((r) => [...Array<number>(p).fill(0), ...r, ...Array<number>(p).fill(0)]), ...Array.from({ length: p }, zeros)];
}

export const relu = (m: Matrix): Matrix => m.map((r) => r.map((v) => Math.max(0, v)));

/** Glyphs of the deck's character-recognition example on an n×n grid: 1 = ink, 0 = background. */
export const GLYPHS = ['x', 'o', 'slash', 'backslash'] as const;
export type Glyph = (typeof GLYPHS)[number];

export function glyph(kind: Glyph, n = 9): Matrix {
  const c = (n - 1) / 2;
  const r0 = c - 0.5;
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => {
    if (kind === 'slash') return i + j === n - 1 ? 1 : 0;
    if (kind === 'backslash') return i === j ? 1 : 0;
    if (kind === 'x') return i === j || i + j === n - 1 ? 1 : 0;
    const d = Math.hypot(i - c, j - c);
    return Math.abs(d - r0) < 0.62 ? 1 : 0;
  }));
}

/** The deck's sentence for 1-D convolution. */
export const SENTENCE = ['I', 'like', 'this', 'movie', 'very', 'much', '!'];
/**
 * 5-d word vectors: the first three rows are the deck's; the deck elides the rest, so rows 4–7
 * are our own made-up values.
 */
export const SENTENCE_VECTORS: Matrix = [
  [0.6, 0.5, 0.2, -0.1, 0.4], [0.8, 0.9, 0.1, 0.5, 0.1], [0.4, 0.6, 0.1, -0.1, 0.7],
  [0.3, 0.8, -0.2, 0.6, 0.2], [0.1, 0.2, 0.7, 0.3, -0.4], [0.2, 0.4, 0.6, 0.1, -0.3], [-0.2, 0.1, 0.3, 0.0, 0.5],
];
/** The deck's 2-word filter over 5-d vectors. */
export const SENTENCE_FILTER: Matrix = [[0.2, 0.1, 0.2, 0.1, 0.1], [0.1, 0.1, 0.4, 0.1, 0.1]];

/**
 * A filter spanning k consecutive word vectors, slid over the sentence (engine conv1d with the
 * vector dimensions as channels), then max-over-time pooling.
 */
export function textConv(vectors: Matrix, filter: Matrix): { scores: number[]; max: number; argmax: number } {
  const L = vectors.length;
  const d = vectors[0]?.length ?? 0;
  const k = filter.length;
  if (k < 1 || k > L || filter.some((r) => r.length !== d)) return { scores: [], max: Number.NaN, argmax: -1 };
  const xData = new Float64Array(d * L);
  for (let t = 0; t < L; t++) for (let c = 0; c < d; c++) xData[c * L + t] = vectors[t][c];
  const wData = new Float64Array(d * k);
  for (let c = 0; c < d; c++) for (let j = 0; j < k; j++) wData[c * k + j] = filter[j][c];
  const out = noGrad(() => conv1d(new Tensor(xData, [d, L]), new Tensor(wData, [1, d, k]))).data;
  const scores = Array.from(out);
  let argmax = 0;
  for (let i = 1; i < scores.length; i++) if (scores[i] > scores[argmax]) argmax = i;
  return { scores, max: scores[argmax], argmax };
}
