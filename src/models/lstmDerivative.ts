/**
 * The LSTM's cell-state derivative at one step, as the deck writes it, with the running cell's numbers:
 *   ∂c_t/∂c_{t−1} = ∂f_t/∂c_{t−1} · c_{t−1} + f_t + ∂i_t/∂c_{t−1} · c̃_t + ∂c̃_t/∂c_{t−1} · i_t
 * Each term is a Jacobian (hidden × hidden) computed by the engine's autograd, with c_{t−1} the input
 * and h_{t−1} = o_{t−1} ⊙ tanh(c_{t−1}) (the gates see c_{t−1} through h_{t−1}; with peepholes also directly).
 * The weights are the same seeded ones as {@link gateTimeline}.
 */
import { jacobian } from '../engine/jacobian';
import { tanh } from '../engine/ops/activation';
import { mul } from '../engine/ops/arith';
import { createRng } from '../engine/rng';
import { noGrad } from '../engine/tape';
import { Tensor } from '../engine/tensor';
import { makeCell } from './rnnCells';

/** A hidden × hidden matrix, row-major rows: [j][k] = ∂(c_t)_j/∂(c_{t−1})_k. */
export type Matrix = number[][];

export interface LstmDerivative {
  /** The four terms in the deck's order: via f, the forget gate itself (diagonal), via i, via c̃. */
  terms: [Matrix, Matrix, Matrix, Matrix];
  /** ∂c_t/∂c_{t−1} of the whole step (autograd through the cell's own forward). */
  full: Matrix;
  /** The forget gate f_t. */
  f: number[];
  /** Largest |entry| of the three small terms. */
  maxSmall: number;
}

const cst = (t: Tensor) => new Tensor(Float64Array.from(t.data), t.shape.slice());

/** Runs the cell over `tokens` up to step `t` (0-based) and differentiates c_t with respect to c_{t−1}. */
export function lstmDerivative(tokens: readonly number[], inputSize: number, hidden: number, seed: number | string, forgetBias: number, peephole: boolean, t: number): LstmDerivative {
  if (!(Number.isInteger(t) && t >= 0 && t < tokens.length)) throw new RangeError(`step must be 0…${tokens.length - 1}`);
  const cell = makeCell('lstm', inputSize, hidden, createRng(`${String(seed)}:lstm`), forgetBias, peephole);
  const onehot = (id: number) => { const x = new Float64Array(inputSize); x[id] = 1; return new Tensor(x, [inputSize]); };
  // State before step t, and the output gate of step t − 1 (zero before the first step, where h is 0).
  const prev = noGrad(() => {
    let s = cell.initial();
    let o = new Tensor(new Float64Array(hidden), [hidden]);
    for (let k = 0; k < t; k++) {
      const r = cell.step(onehot(tokens[k]), s);
      s = r.state;
      o = r.gates.o;
    }
    return { c: Array.from(s.c?.data ?? new Float64Array(hidden)), o: cst(o) };
  });
  const x = onehot(tokens[t]);
  const run = (c: Tensor) => cell.step(x, { h: mul(prev.o, tanh(c)), c }).gates;
  const at = noGrad(() => run(new Tensor(Float64Array.from(prev.c), [hidden])));
  const cPrev = new Tensor(Float64Array.from(prev.c), [hidden]);
  const terms: LstmDerivative['terms'] = [
    jacobian((c) => mul(run(c).f, cPrev), prev.c),
    jacobian((c) => mul(cst(at.f), c), prev.c),
    jacobian((c) => mul(run(c).i, cst(at.cTilde)), prev.c),
    jacobian((c) => mul(cst(at.i), run(c).cTilde), prev.c),
  ];
  const full = jacobian((c) => run(c).c, prev.c);
  const maxSmall = Math.max(...[terms[0], terms[2], terms[3]].flat(2).map(Math.abs));
  return { terms, full, f: Array.from(at.f.data), maxSmall };
}


/**
 * Relative change per step, ‖c_t − c_{t−1}‖ / ‖c_{t−1}‖ and the same for h, for t = 2…T (1-based;
 * step 1 starts from the zero state, where a relative change is undefined): "slow c, fast h".
 */
export function stateChanges(steps: readonly Record<string, number[]>[]): { dc: number[]; dh: number[] } {
  const rel = (a: number[], b: number[]) => Math.hypot(...a.map((v, i) => v - b[i])) / Math.max(1e-12, Math.hypot(...b));
  return {
    dc: steps.slice(1).map((s, k) => rel(s.c, steps[k].c)),
    dh: steps.slice(1).map((s, k) => rel(s.h, steps[k].h)),
  };
}
