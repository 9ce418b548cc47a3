import { afterEach, describe, expect, it } from 'vitest';
import { clearBufferPool, float32Buffer, float64Buffer, pooledBufferBytes, recycle } from './buffers';
import { softmaxCrossEntropy } from './losses';
import { Adam } from './optim';
import { conv2d } from './ops/conv';
import { linear } from './ops/matmul';
import { maxPool2d } from './ops/pool';
import { reshape } from './ops/shape';
import { releaseGraph, releaseTensors } from './release';
import { createRng } from './rng';
import { backward } from './tape';
import { Tensor } from './tensor';

afterEach(() => clearBufferPool());

const N = 4096;

describe('the buffer pool', () => {
  it('hands a released array out again, zero-filled, for the same kind and length only', () => {
    const a = new Float64Array(N).fill(7);
    recycle(a);
    expect(pooledBufferBytes()).toBe(N * 8);
    expect(float32Buffer(N)).not.toBe(a);
    expect(float64Buffer(N + 1)).not.toBe(a);
    const b = float64Buffer(N);
    expect(b).toBe(a);
    expect(b.every((v) => v === 0)).toBe(true);
    expect(pooledBufferBytes()).toBe(0);
  });

  it('keeps nothing small, and no view of a shared buffer', () => {
    recycle(new Float64Array(10));
    recycle(new Float64Array(2 * N).subarray(0, N));
    expect(pooledBufferBytes()).toBe(0);
    const t = new Tensor(new Float64Array(10), [10]);
    const shared = new Float32Array(2 * N);
    const view = new Tensor(shared.subarray(0, N), [N]);
    releaseTensors([t, view]);
    expect(pooledBufferBytes()).toBe(0);
    expect(view.size).toBe(0);
  });

  it('spares arrays shared with kept tensors: a reshape of the input batch', () => {
    const x = new Tensor(new Float32Array(N), [N]);
    const r = reshape(x, [64, 64]);
    releaseTensors([r], [x]);
    expect(pooledBufferBytes()).toBe(0);
    expect(x.size).toBe(N);
  });
});

/** A small CNN step on fixed data: conv+ReLU, pool, dense, Adam; returns the parameters after `steps`. */
function train(steps: number, release: boolean): number[][] {
  const rng = createRng('release-test');
  const param = (shape: number[]) => {
    const n = shape.reduce((a, b) => a * b, 1);
    return new Tensor(Float32Array.from({ length: n }, () => rng.normal() * 0.3), shape, true);
  };
  const K = param([8, 1, 3, 3]);
  const b = param([8]);
  const W = param([10, 8 * 14 * 14]);
  const c = param([10]);
  const x = new Tensor(Float32Array.from({ length: 16 * 28 * 28 }, () => rng.next()), [16, 1, 28, 28]);
  const y = Int32Array.from({ length: 16 }, (_, i) => i % 10);
  const opt = new Adam([K, b, W, c], { lr: 0.01 });
  for (let s = 0; s < steps; s++) {
    opt.zeroGrad();
    const h = maxPool2d(conv2d(x, K, b, { padding: 1, activation: 'relu' }), 2);
    const loss = softmaxCrossEntropy(linear(reshape(h, [16, -1]), W, c), y);
    backward(loss);
    if (release) releaseGraph(loss);
    opt.step();
  }
  return [K, b, W, c].map((p) => Array.from(p.data));
}

describe('releaseGraph', () => {
  it('a training loop that recycles its activations learns exactly what one that does not learns', () => {
    const plain = train(4, false);
    const recycled = train(4, true);
    expect(pooledBufferBytes()).toBeGreaterThan(0);
    expect(recycled).toEqual(plain);
  });

  it('empties the released tensors and leaves parameters, their gradients and the input alone', () => {
    const x = new Tensor(new Float32Array(N).fill(1), [N], true);
    const K = new Tensor(new Float32Array(9).fill(0.5), [1, 1, 3, 3], true);
    // The reshape (on the tape: x needs a gradient) shares the array of x, which must survive.
    const h = conv2d(reshape(x, [1, 1, 64, 64]), K, null, { padding: 1, activation: 'relu' });
    const pooled = maxPool2d(h, 2);
    const loss = linear(reshape(pooled, [1, -1]), new Tensor(new Float32Array(1024).fill(1), [1, 1024]));
    backward(loss);
    const grad = Array.from(K.grad!);
    releaseGraph(loss);
    expect(h.size).toBe(0);
    expect(h.grad).toBeNull();
    expect(x.size).toBe(N);
    const reused = [float32Buffer(N), float32Buffer(N), float32Buffer(N)];
    expect(reused).not.toContain(x.data);
    expect(x.data[0]).toBe(1);
    expect(Array.from(K.grad!)).toEqual(grad);
    expect(K.data[0]).toBe(0.5);
  });
});
