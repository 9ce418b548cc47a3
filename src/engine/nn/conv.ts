/** Convolutional building blocks: Conv2d, MaxPool2d, AvgPool2d, Flatten, Embedding. */
import { INITIALIZERS, type InitName } from '../init';
import { conv2d } from '../ops/conv';
import { avgPool2d, maxPool2d } from '../ops/pool';
import { gather, reshape } from '../ops/shape';
import type { Rng } from '../rng';
import { type Tensor, zeros } from '../tensor';
import type { Module } from './module';

/** Options for {@link Conv2d}: stride (default 1), zero padding (default 0), bias (default true), init (default heNormal). */
export interface Conv2dOptions {
  stride?: number;
  padding?: number;
  bias?: boolean;
  init?: InitName;
}

/** 2-D convolution layer, NCHW; weight [out, in, k, k]. */
export class Conv2d implements Module {
  readonly W: Tensor;
  readonly b: Tensor | null;
  readonly stride: number;
  readonly padding: number;

  constructor(inChannels: number, outChannels: number, kernelSize: number, rng: Rng, opts: Conv2dOptions = {}) {
    this.W = INITIALIZERS[opts.init ?? 'heNormal']([outChannels, inChannels, kernelSize, kernelSize], rng, 'K');
    this.b = opts.bias === false ? null : zeros([outChannels], { requiresGrad: true, label: 'b' });
    this.stride = opts.stride ?? 1;
    this.padding = opts.padding ?? 0;
  }

  forward(x: Tensor): Tensor {
    return conv2d(x, this.W, this.b, { stride: this.stride, padding: this.padding });
  }

  parameters(): Tensor[] {
    return this.b ? [this.W, this.b] : [this.W];
  }
}

/** Max pooling, window `size` (default 2), stride default = size. */
export class MaxPool2d implements Module {
  constructor(readonly size = 2, readonly stride = size) {}
  forward(x: Tensor): Tensor {
    return maxPool2d(x, this.size, this.stride);
  }
  parameters(): Tensor[] {
    return [];
  }
}

/** Average pooling, window `size` (default 2), stride default = size. */
export class AvgPool2d implements Module {
  constructor(readonly size = 2, readonly stride = size) {}
  forward(x: Tensor): Tensor {
    return avgPool2d(x, this.size, this.stride);
  }
  parameters(): Tensor[] {
    return [];
  }
}

/** [N, …] → [N, product of the rest]. */
export class Flatten implements Module {
  forward(x: Tensor): Tensor {
    return reshape(x, [x.shape[0], -1]);
  }
  parameters(): Tensor[] {
    return [];
  }
}

/** Lookup table [vocab, dim], initialised N(0, 1). */
export class Embedding implements Module {
  readonly table: Tensor;

  constructor(readonly vocabSize: number, readonly dim: number, rng: Rng) {
    const data = new Float64Array(vocabSize * dim);
    for (let i = 0; i < data.length; i++) data[i] = rng.normal();
    this.table = zeros([vocabSize, dim], { requiresGrad: true, label: 'E' });
    this.table.data.set(data);
  }

  /** Rows for `indices`; output shape `indexShape` (default [n]) + [dim]. */
  forward(indices: ArrayLike<number>, indexShape?: readonly number[]): Tensor {
    return gather(this.table, indices, indexShape);
  }

  parameters(): Tensor[] {
    return [this.table];
  }
}
