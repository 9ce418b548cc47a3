import { describe, expect, it } from 'vitest';
import { jacobianChain } from './jacobianChain';

describe('Jacobian chain rule on g(x) = (x₁x₂, x₁ + x₂), f(y) = (tanh y₁, y₁y₂²)', () => {
  it('at x = (1, 0): J_g = [[0, 1], [1, 1]], J_f(0, 1) = [[1, 0], [1, 0]], product [[0, 1], [0, 1]] (by hand)', () => {
    const s = jacobianChain([1, 0]);
    expect(s.y).toEqual([0, 1]);
    expect(s.jg).toEqual([[0, 1], [1, 1]]);
    expect(s.jf).toEqual([[1, 0], [1, 0]]);
    expect(s.product).toEqual([[0, 1], [0, 1]]);
    s.composite.flat().forEach((v, i) => expect(v).toBeCloseTo([0, 1, 0, 1][i], 12));
  });

  it('at x = (1, 0.5): autograd J_f, J_g equal the hand-derived formulas', () => {
    const s = jacobianChain([1, 0.5]);
    const [y1, y2] = [0.5, 1.5];
    expect(s.y).toEqual([y1, y2]);
    expect(s.jg).toEqual([[0.5, 1], [1, 1]]);
    expect(s.jf[0][0]).toBeCloseTo(1 - Math.tanh(y1) ** 2, 12);
    expect(s.jf[0][1]).toBe(0);
    expect(s.jf[1][0]).toBeCloseTo(y2 * y2, 12);
    expect(s.jf[1][1]).toBeCloseTo(2 * y1 * y2, 12);
  });

  it.each([[1, 0.5], [-0.7, 2], [3, -1.2], [0, 0]] as [number, number][])('at (%d, %d): J_f·J_g = J_{f∘g} = finite differences', (a, b) => {
    const s = jacobianChain([a, b]);
    expect(s.chainError).toBeLessThan(1e-12);
    expect(s.numericError).toBeLessThan(1e-6);
  });
});
