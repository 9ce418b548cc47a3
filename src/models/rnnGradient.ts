/**
 * How far back a gradient reaches: the norm of the Jacobian ∂h_T/∂h_{T−k}
 * (tanh RNN) or ∂h_T/∂c_{T−k} (LSTM, through its cell state) for k = 0…K,
 * computed with the engine's autograd. The sequence runs as a batch of H identical copies and copy u is
 * seeded with unit u of h_T, so one backward pass yields the whole Jacobian (row u from copy u) instead of H
 * passes of one row each: the same numbers, several times faster (the lesson draws four curves on the page).
 */
import { createRng } from '../engine/rng';
import { backward } from '../engine/tape';
import { fromTyped, randn, type Tensor } from '../engine/tensor';
import { makeCell } from './rnnCells';

/** Settings shared by the curves. */
export interface DecaySettings {
  /** Hidden units, 2…32. */
  hidden: number;
  /** Largest k (steps back), 1…100. */
  steps: number;
  /** Standard deviation of the random inputs. */
  inputStd: number;
  seed: number | string;
}

/** One curve: ‖∂h_T/∂state_{T−k}‖_F for k = 0…steps. */
export interface DecayCurve {
  norms: number[];
  /** LSTM only: mean forget gate f at step T−k (the factor ∂c_t/∂c_{t−1} carries per step). */
  forget?: number[];
}

/** Random inputs x_1 … x_n, the same for every curve with the same settings, each repeated H times (a batch). */
function inputs(s: DecaySettings, n: number): Tensor[] {
  const rng = createRng(`${String(s.seed)}:inputs`);
  return Array.from({ length: n }, () => {
    const x = randn([s.hidden], rng, s.inputStd).data;
    const batch = new Float64Array(s.hidden * s.hidden);
    for (let u = 0; u < s.hidden; u++) batch.set(x, u * s.hidden);
    return fromTyped(batch, [s.hidden, s.hidden]);
  });
}

/**
 * Frobenius norms of ∂out/∂states[i] for every i, where `out` and the states are [H, H] batches of H identical
 * copies: copy u is seeded with its unit u, so copy u's gradient is row u of the Jacobian.
 */
function jacobianNorms(out: Tensor, states: readonly Tensor[]): number[] {
  const units = out.shape[1];
  const seed = new Float64Array(out.size);
  for (let u = 0; u < units; u++) seed[u * units + u] = 1;
  backward(out, seed);
  return states.map((st) => {
    const g = st === out ? seed : st.grad;
    let sq = 0;
    if (g) for (let j = 0; j < g.length; j++) sq += g[j] * g[j];
    return Math.sqrt(sq);
  });
}

/**
 * tanh RNN whose recurrent matrix is scaled so its spectral radius is about `radius`
 * (random Gaussian entries with standard deviation radius/√H).
 */
export function rnnDecay(s: DecaySettings, radius: number): DecayCurve {
  const rng = createRng(`${String(s.seed)}:rnn`);
  const cell = makeCell('rnn', s.hidden, s.hidden, rng);
  const [W] = cell.params();
  for (let i = 0; i < W.data.length; i++) W.data[i] = rng.normal(0, radius / Math.sqrt(s.hidden));
  const xs = inputs(s, s.steps + 1);
  let st = cell.initial(s.hidden);
  const hs: Tensor[] = [];
  for (const x of xs) {
    st = cell.step(x, st).state;
    hs.push(st.h);
  }
  const norms = jacobianNorms(hs[hs.length - 1], hs);
  return { norms: norms.reverse() };
}

/** LSTM with random weights and the given forget-gate bias: ‖∂h_T/∂c_{T−k}‖ and the mean forget gate per step. */
export function lstmDecay(s: DecaySettings, forgetBias: number): DecayCurve {
  const rng = createRng(`${String(s.seed)}:lstm`);
  const cell = makeCell('lstm', s.hidden, s.hidden, rng, forgetBias);
  const xs = inputs(s, s.steps + 2);
  let st = cell.initial(s.hidden);
  const cs: Tensor[] = [];
  const forget: number[] = [];
  for (const x of xs) {
    const o = cell.step(x, st);
    st = o.state;
    cs.push(o.gates.c);
    let fs = 0;
    for (const v of o.gates.f.data) fs += v;
    forget.push(fs / o.gates.f.size);
  }
  // The last step only produces h_T; the states are c_{T−1}, c_{T−2}, … (k = 1…), with k = 0 → c_T.
  const norms = jacobianNorms(st.h, cs);
  return { norms: norms.reverse().slice(0, s.steps + 1), forget: forget.reverse().slice(0, s.steps + 1) };
}
