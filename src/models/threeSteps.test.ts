import { describe, expect, it } from 'vitest';
import { loopStep, loopTrace, POINT_SETS, THETA_INIT, tinyNet } from './threeSteps';

describe('three steps on a 1-2-1 tanh network', () => {
  it('the function: f(0) at θ₀ = v₁tanh(b₁) + v₂tanh(b₂) + c', () => {
    expect(tinyNet(THETA_INIT, [0])[0]).toBeCloseTo(0.5 * Math.tanh(0.5) * 2, 12);
  });
  it('the gradient the engine back-propagates matches central finite differences', () => {
    const pts = POINT_SETS.bump;
    const s = loopStep(0, THETA_INIT, pts, 0.1);
    const cost = (th: number[]) => { const f = tinyNet(th, pts.map((p) => p.x)); return f.reduce((a, v, i) => a + (v - pts[i].y) ** 2, 0) / pts.length; };
    expect(s.cost).toBeCloseTo(cost([...THETA_INIT]), 12);
    for (let i = 0; i < 7; i++) {
      const h = 1e-6;
      const up = [...THETA_INIT]; up[i] += h;
      const dn = [...THETA_INIT]; dn[i] -= h;
      expect(s.grad[i]).toBeCloseTo((cost(up) - cost(dn)) / (2 * h), 7);
    }
    expect(s.next[0]).toBeCloseTo(THETA_INIT[0] - 0.1 * s.grad[0], 14);
  });
  it('the cost falls over the loop and replaying gives identical states (exact back)', () => {
    const a = loopTrace(POINT_SETS.bump, 0.3, 200);
    const b = loopTrace(POINT_SETS.bump, 0.3, 200);
    expect(a[199].cost).toBeLessThan(a[0].cost / 5);
    expect(a[57]).toEqual(b[57]);
    expect(a[1].theta).toEqual(a[0].next);
  });
  it('rejects a bad learning rate or iteration count', () => {
    expect(() => loopTrace(POINT_SETS.step, 0, 10)).toThrow(/learning rate/);
    expect(() => loopTrace(POINT_SETS.step, 0.1, 0)).toThrow(/iterations/);
  });
});
