/**
 * A common face for the engine's three recurrent cells (tanh RNN, LSTM, GRU), so a
 * task can unroll any of them the same way and read the gates per step.
 */
import { GRUCell, LSTMCell, RNNCell } from '../engine/nn/recurrent';
import type { Rng } from '../engine/rng';
import { type Tensor, zeros } from '../engine/tensor';

/** Which recurrent cell. */
export type CellKind = 'rnn' | 'lstm' | 'gru';
export const CELL_KINDS: readonly CellKind[] = ['rnn', 'lstm', 'gru'];

/** The state carried between steps: h, and c for the LSTM. */
export interface CellState {
  h: Tensor;
  c: Tensor | null;
}

/** One step's named intermediate tensors (gate name → tensor), e.g. f, i, o, c̃, c, h. */
export type StepGates = Record<string, Tensor>;

/** The gate rows each cell kind exposes, in display order. */
export const GATE_NAMES: Record<CellKind, readonly string[]> = {
  rnn: ['h'],
  lstm: ['f', 'i', 'o', 'cTilde', 'c', 'h'],
  gru: ['z', 'r', 'hTilde', 'h'],
};

/** A recurrent cell of any kind behind one interface. */
export interface AnyCell {
  readonly kind: CellKind;
  readonly hiddenSize: number;
  params(): Tensor[];
  initial(batch?: number): CellState;
  step(x: Tensor, s: CellState): { state: CellState; gates: StepGates };
}

/** Build a cell of `kind`; `forgetBias` and `peephole` (gates also read c_{t−1}) only apply to the LSTM. */
export function makeCell(kind: CellKind, inputSize: number, hiddenSize: number, rng: Rng, forgetBias = 1, peephole = false): AnyCell {
  const shape = (batch?: number) => (batch === undefined ? [hiddenSize] : [batch, hiddenSize]);
  if (kind === 'lstm') {
    const cell = new LSTMCell(inputSize, hiddenSize, rng, forgetBias, peephole);
    return {
      kind, hiddenSize,
      params: () => cell.parameters(),
      initial: (batch) => ({ h: zeros(shape(batch)), c: zeros(shape(batch)) }),
      step: (x, s) => {
        const o = cell.forward(x, s.h, s.c ?? zeros(s.h.shape));
        return { state: { h: o.h, c: o.c }, gates: { f: o.f, i: o.i, o: o.o, cTilde: o.cTilde, c: o.c, h: o.h } };
      },
    };
  }
  if (kind === 'gru') {
    const cell = new GRUCell(inputSize, hiddenSize, rng);
    return {
      kind, hiddenSize,
      params: () => cell.parameters(),
      initial: (batch) => ({ h: zeros(shape(batch)), c: null }),
      step: (x, s) => {
        const o = cell.forward(x, s.h);
        return { state: { h: o.h, c: null }, gates: { z: o.z, r: o.r, hTilde: o.hTilde, h: o.h } };
      },
    };
  }
  const cell = new RNNCell(inputSize, hiddenSize, rng);
  return {
    kind, hiddenSize,
    params: () => cell.parameters(),
    initial: (batch) => ({ h: zeros(shape(batch)), c: null }),
    step: (x, s) => {
      const o = cell.step(x, s.h);
      return { state: { h: o.h, c: null }, gates: { h: o.h } };
    },
  };
}

/** Scale all gradients so their global L2 norm is at most `maxNorm` (the usual RNN safeguard). */
export function clipGradients(params: readonly Tensor[], maxNorm: number): number {
  let sq = 0;
  for (const p of params) if (p.grad) for (let i = 0; i < p.grad.length; i++) sq += p.grad[i] * p.grad[i];
  const norm = Math.sqrt(sq);
  if (norm > maxNorm && norm > 0) {
    const k = maxNorm / norm;
    for (const p of params) if (p.grad) for (let i = 0; i < p.grad.length; i++) p.grad[i] *= k;
  }
  return norm;
}
