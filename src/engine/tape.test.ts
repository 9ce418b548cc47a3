import { describe, expect, it } from 'vitest';
import { xavierNormal } from './init';
import { halfSumSquaredError, softmaxCrossEntropy } from './losses';
import { add, mul } from './ops/arith';
import { sigmoid, tanh } from './ops/activation';
import { linear, matmul } from './ops/matmul';
import { sum } from './ops/reduce';
import { createRng } from './rng';
import { backward, backwardSteps, forwardNodes, noGrad, zeroGrad } from './tape';
import { type Tensor, randn, tensor } from './tensor';

function mlpLoss(params: Tensor[], x: Tensor): Tensor {
  const [W1, b1, W2, b2] = params;
  const h = tanh(linear(x, W1, b1).named('z1')).named('a1');
  return softmaxCrossEntropy(linear(h, W2, b2).named('z2'), [0, 2, 1]);
}

function snapshot(ts: Tensor[]): number[][] {
  return ts.map((t) => Array.from(t.grad!));
}

describe('tape', () => {
  it('stepped backward equals full backward on an MLP', () => {
    const rng = createRng('mlp');
    const params = [xavierNormal([4, 3], rng), randn([4], rng), xavierNormal([3, 4], rng), randn([3], rng)];
    params.forEach((p) => (p.requiresGrad = true));
    const x = randn([3, 3], rng);
    backward(mlpLoss(params, x));
    const full = snapshot(params);
    zeroGrad(params);
    const steps = [...backwardSteps(mlpLoss(params, x))];
    expect(snapshot(params)).toEqual(full);
    expect(steps.map((s) => s.node.label)).toEqual(['softmaxCrossEntropy', 'z2', 'a1', 'z1']);
    expect(steps[2].local.values).toBeDefined();
    expect(steps[0].gradOut).toEqual(Float64Array.of(1));
  });

  it('stepped backward equals full backward on a graph with fan-out', () => {
    const build = (x: Tensor) => sum(add(mul(x, x), sigmoid(mul(x, 3))));
    const x1 = tensor([0.3, -1.2, 2], undefined, { requiresGrad: true });
    backward(build(x1));
    const x2 = tensor([0.3, -1.2, 2], undefined, { requiresGrad: true });
    const steps = [...backwardSteps(build(x2))];
    expect(Array.from(x2.grad!)).toEqual(Array.from(x1.grad!));
    // x feeds two nodes (mul(x,x) and mul(x,3)); the mul(x,x) step writes two contributions.
    const square = steps.find((s) => s.node.op === 'mul' && s.node.inputs[0] === s.node.inputs[1]);
    expect(square?.contributions).toHaveLength(2);
  });

  it('each step exposes the upstream gradient, local derivative and contributions', () => {
    const z = tensor([0.5, -0.5], undefined, { requiresGrad: true, label: 'z' });
    const s = sigmoid(z).named('σ(z)');
    const steps = [...backwardSteps(sum(s))];
    const sig = steps[1];
    expect(sig.node.op).toBe('sigmoid');
    expect(Array.from(sig.gradOut)).toEqual([1, 1]);
    const expected = Array.from(s.data, (v) => v * (1 - v));
    expect(Array.from(sig.local.values!)).toEqual(expected);
    expect(Array.from(sig.contributions[0].grad!)).toEqual(expected);
    const mm = [...backwardSteps(sum(matmul(tensor([[1, 2]], undefined, { requiresGrad: true }), tensor([[3], [4]]))))][1];
    expect(mm.local.info?.transposed).toEqual(['B', 'A']);
    expect(mm.contributions[1].grad).toBeNull();
  });

  it('forwardNodes lists nodes in topological order', () => {
    const x = tensor([1, 2], undefined, { requiresGrad: true });
    const a = mul(x, 2).named('a');
    const b = add(a, x).named('b');
    const c = mul(a, b).named('c');
    expect(forwardNodes(c).map((n) => n.label)).toEqual(['a', 'b', 'c']);
  });

  it('handles a 20 000-step chain without recursion (long unrolled RNN)', () => {
    const x = tensor([0.5], undefined, { requiresGrad: true });
    let h: Tensor = x;
    for (let t = 0; t < 20000; t++) h = add(mul(h, 0.9999), 0.0001);
    backward(h);
    expect(x.grad![0]).toBeCloseTo(Math.pow(0.9999, 20000), 10);
  });

  it('leaf gradients accumulate across backward calls until zeroGrad', () => {
    const w = tensor([2], undefined, { requiresGrad: true });
    backward(mul(w, 3));
    backward(mul(w, 3));
    expect(w.grad![0]).toBe(6);
    zeroGrad([w]);
    expect(w.grad![0]).toBe(0);
  });

  it('noGrad records nothing', () => {
    const w = tensor([2], undefined, { requiresGrad: true });
    const y = noGrad(() => mul(w, 3));
    expect(y.node).toBeNull();
    expect(y.requiresGrad).toBe(false);
    expect(mul(w, 3).node).not.toBeNull();
  });

  it('non-scalar loss needs a seed gradient', () => {
    const w = tensor([1, 2], undefined, { requiresGrad: true });
    expect(() => backward(mul(w, 2))).toThrow(/seed/);
    backward(mul(w, 2), [1, 10]);
    expect(Array.from(w.grad!)).toEqual([2, 20]);
  });
});

describe('3-5-5-4 sigmoid network: the deck’s δ formulas equal autograd', () => {
  it('−∂E/∂W(l) = δ(l+1) x(l)ᵀ to 1e-12', () => {
    const rng = createRng('deck-3554');
    const sizes = [3, 5, 5, 4];
    const W = [0, 1, 2].map((l) => randn([sizes[l + 1], sizes[l]], rng).named(`W${l + 1}`));
    W.forEach((w) => (w.requiresGrad = true));
    const x1 = tensor([0.2, -0.4, 0.9]);
    const y = [1, 0, 0, 1];
    const xs: Tensor[] = [x1];
    for (const w of W) xs.push(sigmoid(matmul(w, xs[xs.length - 1])));
    backward(halfSumSquaredError(xs[3], y));
    // Manual backprop with the deck's formulas, in plain arrays.
    const v = xs.map((t) => Array.from(t.data));
    const deltas: number[][] = [];
    deltas[3] = v[3].map((o, i) => (y[i] - o) * o * (1 - o));
    for (let l = 2; l >= 1; l--) {
      deltas[l] = v[l].map((o, j) => {
        let s = 0;
        for (let i = 0; i < sizes[l + 1]; i++) s += W[l].get(i, j) * deltas[l + 1][i];
        return s * o * (1 - o);
      });
    }
    for (let l = 0; l < 3; l++) {
      for (let i = 0; i < sizes[l + 1]; i++) {
        for (let j = 0; j < sizes[l]; j++) {
          const minusGrad = deltas[l + 1][i] * v[l][j];
          expect(Math.abs(-W[l].grad![i * sizes[l] + j] - minusGrad)).toBeLessThan(1e-12);
        }
      }
    }
  });
});
