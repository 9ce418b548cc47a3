import { describe, expect, it } from 'vitest';
import { expectGradOk, rand, testRng } from '../testing/helpers';
import { backward } from '../tape';
import { randn, tensor, toFloat32 } from '../tensor';
import { createRng } from '../rng';
import { mul } from './arith';
import { activation, gelu, hardTanh, leakyRelu, relu, sigmoid, swish, tanh } from './activation';
import { dropout } from './dropout';
import { layerNorm } from './norm';
import { sum } from './reduce';
import { logSoftmax, maskFill, softmax } from './softmax';

describe('activation ops', () => {
  const rng = testRng('act');
  it.each([
    ['sigmoid', sigmoid],
    ['tanh', tanh],
    ['relu', relu],
    ['hardTanh', hardTanh],
    ['gelu', gelu],
    ['swish', swish],
    ['leakyRelu(0.2)', (x: ReturnType<typeof tensor>) => leakyRelu(x, 0.2)],
    ['geluApprox by name', (x: ReturnType<typeof tensor>) => activation(x, 'geluApprox')],
  ])('%s: gradient', (_n, op) => {
    expectGradOk((x) => op(x), [mul(rand(rng, 3, 4), 1.5)]);
  });

  it('relu propagates NaN', () => {
    expect(relu(tensor([Number.NaN])).data[0]).toBeNaN();
  });
});

describe('softmax', () => {
  const rng = testRng('softmax');

  it('rows sum to 1 and the gradient matches, on axis −1 and axis 0', () => {
    const y = softmax(rand(rng, 3, 5));
    for (let r = 0; r < 3; r++) expect(sum(y, 1).data[r]).toBeCloseTo(1, 14);
    expectGradOk((x) => softmax(x), [rand(rng, 3, 5)]);
    expectGradOk((x) => softmax(x, 0), [rand(rng, 3, 2, 2)]);
    expectGradOk((x) => logSoftmax(x, 1), [rand(rng, 2, 4, 3)]);
  });

  it('is stable for huge logits', () => {
    expect(softmax(tensor([1000, 1000])).toArray()).toEqual([0.5, 0.5]);
    expect(logSoftmax(tensor([1000, 0])).data[1]).toBeCloseTo(-1000, 10);
  });

  it('masked positions get probability 0 and no gradient', () => {
    const x = tensor([[1, 2, 3]], undefined, { requiresGrad: true });
    const y = softmax(maskFill(x, [false, true, false]));
    expect(y.data[1]).toBe(0);
    backward(sum(mul(y, tensor([[1, 2, 3]]))));
    expect(x.grad![1]).toBe(0);
    expectGradOk((t) => softmax(maskFill(t, [0, 1, 0, 0])), [rand(rng, 3, 4)]);
  });

  it('softmax of a fully masked row is all zeros, not NaN, with zero gradient', () => {
    const x = tensor([[1, 2], [3, 4]], undefined, { requiresGrad: true });
    const y = softmax(maskFill(x, [1, 1, 0, 0]));
    expect(Array.from(y.data.subarray(0, 2))).toEqual([0, 0]);
    expect(y.data[2] + y.data[3]).toBeCloseTo(1, 15);
    backward(sum(mul(y, tensor([[1, 2], [3, 5]]))));
    expect(Array.from(x.grad!).every(Number.isFinite)).toBe(true);
    expect(x.grad![0]).toBe(0);
    const ls = logSoftmax(maskFill(tensor([1, 2]), [1, 1]));
    expect(Array.from(ls.data)).toEqual([-Infinity, -Infinity]);
  });

  it('propagates NaN', () => {
    expect(Array.from(softmax(tensor([1, Number.NaN])).data).every(Number.isNaN)).toBe(true);
  });
});

describe('layerNorm and dropout', () => {
  const rng = testRng('norm');

  it('layerNorm normalises the last axis and has correct gradients', () => {
    const y = layerNorm(rand(rng, 2, 6), null, null, 0);
    const row = Array.from(y.data.subarray(0, 6));
    expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 12);
    expect(row.reduce((a, b) => a + b * b, 0) / 6).toBeCloseTo(1, 12);
    expectGradOk((x, g, b) => layerNorm(x, g, b), [rand(rng, 3, 5), rand(rng, 5), rand(rng, 5)]);
    expectGradOk((x) => layerNorm(x, null, null), [rand(rng, 2, 2, 4)]);
  });

  it('dropout is seeded, scales survivors by 1/(1−p) and is identity when not training', () => {
    const x = tensor(new Array(1000).fill(1), [1000]);
    const a = dropout(x, 0.3, testRng('d'));
    const b = dropout(x, 0.3, testRng('d'));
    expect(Array.from(a.data)).toEqual(Array.from(b.data));
    const kept = Array.from(a.data).filter((v) => v !== 0);
    expect(kept.every((v) => Math.abs(v - 1 / 0.7) < 1e-12)).toBe(true);
    expect(kept.length).toBeGreaterThan(600);
    expect(kept.length).toBeLessThan(800);
    expect(dropout(x, 0.3, testRng('d'), false)).toBe(x);
  });

  it('dropout gradient uses the same mask', () => {
    const x = rand(rng, 4, 4);
    // A fresh rng with the same seed for each call makes the mask deterministic.
    expectGradOk((t) => dropout(t, 0.5, testRng('mask')), [x]);
  });
});

describe('float32 storage', () => {
  it('maskFill and layerNorm keep float32 inputs in float32 (softmax already does)', () => {
    const x = toFloat32(randn([2, 3], createRng('f32')));
    expect(maskFill(x, [0, 1, 0]).data).toBeInstanceOf(Float32Array);
    expect(layerNorm(x, null, null).data).toBeInstanceOf(Float32Array);
    expect(layerNorm(randn([2, 3], createRng('f64')), null, null).data).toBeInstanceOf(Float64Array);
  });
});
