import { describe, expect, it } from 'vitest';
import { numericJacobian } from '../engine/jacobian';
import { tanh } from '../engine/ops/activation';
import { mul } from '../engine/ops/arith';
import { createRng } from '../engine/rng';
import { noGrad } from '../engine/tape';
import { Tensor } from '../engine/tensor';
import { HELL } from './rnn';
import { gateTimeline } from './rnnGates';
import { makeCell } from './rnnCells';
import { lstmDerivative, stateChanges } from './lstmDerivative';

const ids = [...'hellohell'].map((c) => HELL.vocab.indexOf(c as (typeof HELL.vocab)[number]));

describe('LSTM ∂c_t/∂c_{t−1}: the deck\'s four terms', () => {
  for (const peephole of [false, true]) {
    it(`the four terms add up to the whole Jacobian, which finite differences confirm${peephole ? ' (peephole)' : ''}`, () => {
      const d = lstmDerivative(ids, 4, 3, 7, 1, peephole, 3);
      const sum = d.full.map((row, j) => row.map((_, k) => d.terms.reduce((s, T) => s + T[j][k], 0)));
      d.full.forEach((row, j) => row.forEach((v, k) => expect(sum[j][k]).toBeCloseTo(v, 12)));
      // Oracle: rebuild the same cell and differentiate c_t numerically with respect to c_{t−1}.
      const cell = makeCell('lstm', 4, 3, createRng('7:lstm'), 1, peephole);
      const tl = gateTimeline('lstm', ids, 4, 3, { seed: 7, forgetBias: 1, peephole });
      const x = new Tensor(Float64Array.from([0, 0, 0, 0].map((_, i) => (i === ids[3] ? 1 : 0))), [4]);
      const o = new Tensor(Float64Array.from(tl.steps[2].o), [3]);
      const num = numericJacobian((c) => noGrad(() => cell.step(x, { h: mul(o, tanh(c)), c }).gates.c), tl.steps[2].c);
      d.full.forEach((row, j) => row.forEach((v, k) => expect(v).toBeCloseTo(num[j][k], 7)));
      expect(d.f).toEqual(tl.steps[3].f);
    });
  }

  it('the second term is diag(f_t); the others are small, so the diagonal is close to f_t', () => {
    const d = lstmDerivative(ids, 4, 3, 7, 1, false, 4);
    d.terms[1].forEach((row, j) => row.forEach((v, k) => expect(v).toBeCloseTo(j === k ? d.f[j] : 0, 15)));
    expect(d.maxSmall).toBeLessThan(0.5);
    d.f.forEach((f, j) => expect(Math.abs(d.full[j][j] - f)).toBeLessThanOrEqual(3 * d.maxSmall));
  });

  it('at the first step h_{t−1} = 0 does not depend on c_{t−1}: without peepholes only f_t is left', () => {
    const d = lstmDerivative(ids, 4, 3, 7, 1, false, 0);
    expect(d.maxSmall).toBe(0);
  });

  it('state changes: ‖Δc‖/‖c_{t−1}‖ and ‖Δh‖/‖h_{t−1}‖ from the second step on', () => {
    const tl = gateTimeline('lstm', ids, 4, 3, { seed: 7, forgetBias: 1 });
    const ch = stateChanges(tl.steps);
    expect(ch.dc).toHaveLength(ids.length - 1);
    expect(ch.dc[0]).toBeCloseTo(Math.hypot(...tl.steps[1].c.map((v, i) => v - tl.steps[0].c[i])) / Math.hypot(...tl.steps[0].c), 12);
    expect(ch.dh[2]).toBeCloseTo(Math.hypot(...tl.steps[3].h.map((v, i) => v - tl.steps[2].h[i])) / Math.hypot(...tl.steps[2].h), 12);
  });

  it('rejects a step outside the sequence', () => {
    expect(() => lstmDerivative(ids, 4, 3, 7, 1, false, 99)).toThrow(RangeError);
  });
});
