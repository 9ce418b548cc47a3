/**
 * Recurrent cells. Each forward is one time step; the caller unrolls. Every
 * gate is returned so lessons can show it. Inputs may be a single vector [I]
 * or a batch [B, I]; states match ([H] or [B, H]).
 */
import { xavierUniform } from '../init';
import { add, mul, sub } from '../ops/arith';
import { sigmoid, tanh } from '../ops/activation';
import { linear } from '../ops/matmul';
import { slice } from '../ops/shape';
import type { Rng } from '../rng';
import { full, type Tensor, zeros } from '../tensor';
import type { Module } from './module';

const bias = (n: number, label: string, value = 0): Tensor => full([n], value, { requiresGrad: true, label });

/** Elman RNN: h_t = tanh(W h_{t−1} + U x_t + b); W: [H, H], U: [H, I], b: [H]. */
export class RNNCell implements Module {
  readonly W: Tensor;
  readonly U: Tensor;
  readonly b: Tensor;

  constructor(readonly inputSize: number, readonly hiddenSize: number, rng: Rng) {
    this.W = xavierUniform([hiddenSize, hiddenSize], rng, 'W');
    this.U = xavierUniform([hiddenSize, inputSize], rng, 'U');
    this.b = bias(hiddenSize, 'b');
  }

  /** Returns the pre-activation a_t and the new state h_t. */
  step(x: Tensor, h: Tensor): { a: Tensor; h: Tensor } {
    const a = add(linear(h, this.W), linear(x, this.U, this.b)).named('a_t = W h + U x + b');
    return { a, h: tanh(a).named('h_t') };
  }

  forward(x: Tensor, h: Tensor): Tensor {
    return this.step(x, h).h;
  }

  parameters(): Tensor[] {
    return [this.W, this.U, this.b];
  }
}

/** Everything an LSTM step computes. */
export interface LSTMState {
  f: Tensor;
  i: Tensor;
  o: Tensor;
  cTilde: Tensor;
  c: Tensor;
  h: Tensor;
}

/**
 * LSTM: [f, i, o, c̃] = [σ, σ, σ, tanh](Wx x + Wh h + b), c = f⊙c_prev + i⊙c̃,
 * h = o⊙tanh(c). Wx: [4H, I], Wh: [4H, H], b: [4H], gate blocks in the order
 * f, i, o, c̃. The forget-gate bias starts at `forgetBias` (default 1) so that
 * early training remembers rather than forgets.
 *
 * With `peephole` the gates and the candidate also read the previous cell state,
 * as in the lecture notes (deck 003): [f, i, o, c̃] = act(Wx x + Wh h + Wc c_prev + b),
 * Wc: [4H, H] (a full matrix; the original peephole LSTM uses diagonal weights).
 * Wc is drawn after the other weights, so for the same rng the plain weights,
 * and a plain cell's numbers, are unchanged.
 */
export class LSTMCell implements Module {
  readonly Wx: Tensor;
  readonly Wh: Tensor;
  readonly b: Tensor;
  /** Peephole weights c_prev → gates, or null for the plain LSTM. */
  readonly Wc: Tensor | null;

  constructor(readonly inputSize: number, readonly hiddenSize: number, rng: Rng, forgetBias = 1, peephole = false) {
    this.Wx = xavierUniform([4 * hiddenSize, inputSize], rng, 'Wx');
    this.Wh = xavierUniform([4 * hiddenSize, hiddenSize], rng, 'Wh');
    this.b = bias(4 * hiddenSize, 'b');
    this.b.data.fill(forgetBias, 0, hiddenSize);
    this.Wc = peephole ? xavierUniform([4 * hiddenSize, hiddenSize], rng, 'Wc') : null;
  }

  forward(x: Tensor, h: Tensor, c: Tensor): LSTMState {
    const H = this.hiddenSize;
    const plain = add(linear(x, this.Wx, this.b), linear(h, this.Wh));
    const gates = this.Wc ? add(plain, linear(c, this.Wc)) : plain;
    const f = sigmoid(slice(gates, -1, 0, H)).named('f_t');
    const i = sigmoid(slice(gates, -1, H, 2 * H)).named('i_t');
    const o = sigmoid(slice(gates, -1, 2 * H, 3 * H)).named('o_t');
    const cTilde = tanh(slice(gates, -1, 3 * H, 4 * H)).named('c̃_t');
    const cNew = add(mul(f, c), mul(i, cTilde)).named('c_t');
    const hNew = mul(o, tanh(cNew)).named('h_t');
    return { f, i, o, cTilde, c: cNew, h: hNew };
  }

  /** Zero h and c for a batch of `batch` (or a single vector if omitted). */
  initialState(batch?: number): { h: Tensor; c: Tensor } {
    const shape = batch === undefined ? [this.hiddenSize] : [batch, this.hiddenSize];
    return { h: zeros(shape), c: zeros(shape) };
  }

  parameters(): Tensor[] {
    return this.Wc ? [this.Wx, this.Wh, this.b, this.Wc] : [this.Wx, this.Wh, this.b];
  }
}

/** Everything a GRU step computes. */
export interface GRUState {
  z: Tensor;
  r: Tensor;
  hTilde: Tensor;
  h: Tensor;
}

/**
 * GRU: z = σ(Wz x + Uz h + bz), r = σ(Wr x + Ur h + br),
 * h̃ = tanh(Wh x + Uh (r⊙h) + bh), h_t = (1 − z)⊙h_{t−1} + z⊙h̃.
 * (z = 1 means "take the new candidate".) Wx: [3H, I] in blocks z, r, h̃;
 * Uzr: [2H, H]; Uh: [H, H]; b: [3H].
 */
export class GRUCell implements Module {
  readonly Wx: Tensor;
  readonly Uzr: Tensor;
  readonly Uh: Tensor;
  readonly b: Tensor;

  constructor(readonly inputSize: number, readonly hiddenSize: number, rng: Rng) {
    this.Wx = xavierUniform([3 * hiddenSize, inputSize], rng, 'Wx');
    this.Uzr = xavierUniform([2 * hiddenSize, hiddenSize], rng, 'Uzr');
    this.Uh = xavierUniform([hiddenSize, hiddenSize], rng, 'Uh');
    this.b = bias(3 * hiddenSize, 'b');
  }

  forward(x: Tensor, h: Tensor): GRUState {
    const H = this.hiddenSize;
    const xp = linear(x, this.Wx, this.b);
    const hp = linear(h, this.Uzr);
    const z = sigmoid(add(slice(xp, -1, 0, H), slice(hp, -1, 0, H))).named('z_t');
    const r = sigmoid(add(slice(xp, -1, H, 2 * H), slice(hp, -1, H, 2 * H))).named('r_t');
    const hTilde = tanh(add(slice(xp, -1, 2 * H, 3 * H), linear(mul(r, h), this.Uh))).named('h̃_t');
    const hNew = add(mul(sub(1, z), h), mul(z, hTilde)).named('h_t');
    return { z, r, hTilde, h: hNew };
  }

  parameters(): Tensor[] {
    return [this.Wx, this.Uzr, this.Uh, this.b];
  }
}
