import { describe, expect, it } from 'vitest';
import { jacobian, matProduct, maxAbsDiff, numericJacobian } from './jacobian';
import { matmul } from './ops/matmul';
import { reshape } from './ops/shape';
import { sigmoid } from './ops/activation';
import { tensor } from './tensor';

describe('jacobian', () => {
  const W = [[1, -2, 0.5], [0, 3, 1]];
  const layer = (x: ReturnType<typeof tensor>) => reshape(matmul(tensor(W), reshape(x, [3, 1])), [2]);

  it('of a linear map x ↦ Wx is W itself (2 × 3, not square)', () => {
    expect(jacobian(layer, [0.3, -1, 2])).toEqual(W);
  });

  it('of σ(Wx) is diag(σ′(a))·W and agrees with central differences', () => {
    const x = [0.3, -1, 2];
    const a = W.map((row) => row.reduce((s, w, j) => s + w * x[j], 0));
    const diag = a.map((ai, i) => a.map((_, j) => (i === j ? Math.exp(-ai) / (1 + Math.exp(-ai)) ** 2 : 0)));
    const J = jacobian((t) => sigmoid(layer(t)), x);
    expect(maxAbsDiff(J, matProduct(diag, W))).toBeLessThan(1e-12);
    expect(maxAbsDiff(J, numericJacobian((t) => sigmoid(layer(t)), x))).toBeLessThan(1e-8);
  });

  it('matProduct refuses mismatched sizes', () => {
    expect(() => matProduct([[1, 2]], [[1, 2]])).toThrow(/matProduct/);
  });
});
