/**
 * Pooling as a lesson: forward outputs and gradients from the engine's maxPool2d/avgPool2d, plus
 * per-window step records (window, winner, the gradient each window sends back).
 */
import { avgPool2d, maxPool2d } from '../engine/ops/pool';
import { backward } from '../engine/tape';
import { Tensor } from '../engine/tensor';
import { outputSize, type Matrix } from './cnn';

export type PoolMode = 'max' | 'avg';

/** The deck's three pooling examples. */
export const POOL_PRESETS = {
  deck000: { input: [[1, 3, 5, 3], [4, 2, 3, 1], [3, 1, 1, 3], [0, 1, 0, 4]], size: 2, stride: 2 },
  deck001: { input: [[1, 1, 2, 4], [5, 6, 7, 8], [3, 2, 1, 0], [1, 2, 3, 4]], size: 2, stride: 2 },
  deck002: { input: [[3, 3, 2, 1, 0], [0, 0, 1, 3, 1], [3, 1, 2, 2, 3], [2, 0, 0, 2, 2], [2, 0, 0, 0, 1]], size: 3, stride: 1 },
} satisfies Record<string, { input: Matrix; size: number; stride: number }>;
export type PoolPreset = keyof typeof POOL_PRESETS;

export interface PoolResult {
  output: Matrix;
  /** ∂L/∂input when every output sends back the gradient `upstream` (default 1 each). */
  grad: Matrix;
  rows: number;
  cols: number;
}

/** Forward and backward of one pooling layer through the engine; empty when the window does not fit. */
export function pool(input: Matrix, size: number, stride: number, mode: PoolMode, upstream?: Matrix): PoolResult {
  const H = input.length;
  const W = input[0]?.length ?? 0;
  const rows = outputSize(H, size, 0, stride);
  const cols = outputSize(W, size, 0, stride);
  if (rows < 1 || cols < 1) return { output: [], grad: [], rows: 0, cols: 0 };
  const x = new Tensor(Float64Array.from(input.flat()), [1, H, W], true);
  const y = mode === 'max' ? maxPool2d(x, size, stride) : avgPool2d(x, size, stride);
  const seed = new Float64Array(rows * cols).fill(1);
  if (upstream) upstream.flat().forEach((v, i) => { if (i < seed.length) seed[i] = v; });
  backward(y, seed);
  const out = y.data;
  const g = x.grad ?? new Float64Array(H * W);
  return {
    output: Array.from({ length: rows }, (_, r) => Array.from(out.subarray(r * cols, (r + 1) * cols))),
    grad: Array.from({ length: H }, (_, r) => Array.from(g.subarray(r * W, (r + 1) * W))),
    rows, cols,
  };
}

/** One window of a pooling pass. */
export interface PoolStep {
  row: number;
  col: number;
  top: number;
  left: number;
  /** The first maximal cell (as the engine picks it), in input coordinates. */
  winner: { row: number; col: number };
  value: number;
}

/** The window for output cell `index` (row-major). */
export function poolStep(input: Matrix, size: number, stride: number, mode: PoolMode, index: number): PoolStep {
  const cols = outputSize(input[0]?.length ?? 0, size, 0, stride);
  const row = Math.floor(index / cols);
  const col = index % cols;
  const top = row * stride;
  const left = col * stride;
  let winner = { row: top, col: left };
  let sum = 0;
  for (let i = 0; i < size; i++) {
    for (let j = 0; j < size; j++) {
      const v = input[top + i][left + j];
      sum += v;
      if (v > input[winner.row][winner.col]) winner = { row: top + i, col: left + j };
    }
  }
  const value = mode === 'max' ? input[winner.row][winner.col] : sum / (size * size);
  return { row, col, top, left, winner, value };
}

/**
 * The input gradient after the first `count` windows have sent back their gradient (1 each):
 * max sends it all to the winner, average spreads 1/size² over the window. With every window
 * counted this equals the engine's backward (see the tests).
 */
export function gradientAfter(input: Matrix, size: number, stride: number, mode: PoolMode, count: number): Matrix {
  const g = input.map((r) => r.map(() => 0));
  for (let k = 0; k < count; k++) {
    const s = poolStep(input, size, stride, mode, k);
    if (mode === 'max') g[s.winner.row][s.winner.col] += 1;
    else for (let i = 0; i < size; i++) for (let j = 0; j < size; j++) g[s.top + i][s.left + j] += 1 / (size * size);
  }
  return g;
}
