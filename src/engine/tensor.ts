/**
 * The Tensor: a shape plus a contiguous row-major typed array, with an optional
 * gradient and a link to the tape node that produced it.
 */
import type { TapeNode } from './tape';
import type { Rng } from './rng';
import { float32Buffer, float64Buffer } from './buffers';

/** Storage for tensor values: float64 by default, float32 allowed for large data. */
export type TensorData = Float64Array | Float32Array;

/** Nested number arrays as accepted by {@link tensor} and returned by `toArray()`. */
export type NestedArray = number | NestedArray[];

/** Number of elements of a shape (1 for a scalar shape `[]`). */
export function shapeSize(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/** Row-major strides of a shape, in elements. */
export function stridesOf(shape: readonly number[]): number[] {
  const strides = new Array<number>(shape.length);
  let s = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    strides[i] = s;
    s *= shape[i];
  }
  return strides;
}

/** `[2,3]` formatting used in error messages. */
export function fmtShape(shape: readonly number[]): string {
  return `[${shape.join(',')}]`;
}

let nextTensorId = 1;

/** An n-dimensional array of numbers that can take part in automatic differentiation. */
export class Tensor {
  /** Unique id (for keys in lesson views). */
  readonly id: number = nextTensorId++;
  /** Dimensions, outermost first. */
  readonly shape: number[];
  /** Values in row-major order; length equals `size`. */
  data: TensorData;
  /** ∂loss/∂this after `backward`, same layout as `data`; null until computed. */
  grad: Float64Array | null = null;
  /** Whether gradients flow to this tensor. */
  requiresGrad: boolean;
  /** Human label shown in graph views, e.g. `z2 = W2·a1`; defaults to ''. */
  label: string;
  /** The tape node that produced this tensor (null for leaves and under noGrad). */
  node: TapeNode | null = null;

  constructor(data: TensorData, shape: readonly number[], requiresGrad = false, label = '') {
    const n = shapeSize(shape);
    if (data.length !== n) {
      throw new Error(`tensor: ${data.length} values do not fill shape ${fmtShape(shape)} (${n})`);
    }
    this.data = data;
    this.shape = shape.slice();
    this.requiresGrad = requiresGrad;
    this.label = label;
  }

  /** Number of elements. */
  get size(): number {
    return this.data.length;
  }

  /** Number of dimensions. */
  get ndim(): number {
    return this.shape.length;
  }

  /** True if no op created this tensor (inputs, parameters, constants). */
  get isLeaf(): boolean {
    return this.node === null;
  }

  /** Sets the label and returns this, for chaining: `matmul(W, x).named('z1')`. */
  named(label: string): this {
    this.label = label;
    return this;
  }

  /** Element at a multi-index; negative indices count from the end. */
  get(...idx: number[]): number {
    if (idx.length !== this.shape.length) {
      throw new Error(`get: ${idx.length} indices for shape ${fmtShape(this.shape)}`);
    }
    let off = 0;
    for (let d = 0; d < idx.length; d++) {
      const n = this.shape[d];
      const i = idx[d] < 0 ? idx[d] + n : idx[d];
      if (i < 0 || i >= n) throw new Error(`get: index ${idx[d]} out of range for axis ${d} of size ${n}`);
      off = off * n + i;
    }
    return this.data[off];
  }

  /** The single value of a one-element tensor. */
  item(): number {
    if (this.size !== 1) throw new Error(`item: tensor of shape ${fmtShape(this.shape)} has ${this.size} elements`);
    return this.data[0];
  }

  /** Values as nested arrays (a number for a 0-d tensor). */
  toArray(): NestedArray {
    return nest(this.data, this.shape, 0, 0);
  }

  /** Gradient as nested arrays, or null if none. */
  gradArray(): NestedArray | null {
    return this.grad ? nest(this.grad, this.shape, 0, 0) : null;
  }
}

function nest(data: ArrayLike<number>, shape: readonly number[], dim: number, offset: number): NestedArray {
  if (dim === shape.length) return data[offset];
  const inner = shapeSize(shape.slice(dim + 1));
  const out: NestedArray[] = [];
  for (let i = 0; i < shape[dim]; i++) out.push(nest(data, shape, dim + 1, offset + i * inner));
  return out;
}

function inferShape(values: NestedArray): number[] {
  const shape: number[] = [];
  let v: NestedArray = values;
  while (Array.isArray(v)) {
    shape.push(v.length);
    v = v.length > 0 ? v[0] : 0;
  }
  return shape;
}

function flattenInto(values: NestedArray, out: number[], shape: number[], dim: number): void {
  if (!Array.isArray(values)) {
    if (dim !== shape.length) throw new Error('tensor: ragged nested array');
    out.push(values);
    return;
  }
  if (values.length !== shape[dim]) throw new Error('tensor: ragged nested array');
  for (const v of values) flattenInto(v, out, shape, dim + 1);
}

/** Options shared by the factories. */
export interface TensorOptions {
  /** Track gradients (default false). */
  requiresGrad?: boolean;
  /** Human label (default ''). */
  label?: string;
  /** Use float32 storage (default false: float64). */
  float32?: boolean;
}

function alloc(n: number, opts: TensorOptions): TensorData {
  return opts.float32 ? new Float32Array(n) : new Float64Array(n);
}

/** Tensor from nested arrays, or from a flat array plus an explicit shape. */
export function tensor(values: NestedArray | ArrayLike<number>, shape?: readonly number[], opts: TensorOptions = {}): Tensor {
  let flat: ArrayLike<number>;
  let sh: number[];
  if (typeof values === 'number') {
    flat = [values];
    sh = shape ? shape.slice() : [];
  } else if (shape && !Array.isArray((values as ArrayLike<number>)[0])) {
    flat = values as ArrayLike<number>;
    sh = shape.slice();
  } else {
    sh = inferShape(values as NestedArray);
    const out: number[] = [];
    flattenInto(values as NestedArray, out, sh, 0);
    flat = out;
    if (shape) sh = shape.slice();
  }
  const data = alloc(flat.length, opts);
  for (let i = 0; i < flat.length; i++) data[i] = flat[i];
  return new Tensor(data, sh, opts.requiresGrad ?? false, opts.label ?? '');
}

/** Tensor filled with `value`. */
export function full(shape: readonly number[], value: number, opts: TensorOptions = {}): Tensor {
  const data = alloc(shapeSize(shape), opts);
  if (value !== 0) data.fill(value);
  return new Tensor(data, shape, opts.requiresGrad ?? false, opts.label ?? '');
}

/** Tensor of zeros. */
export function zeros(shape: readonly number[], opts: TensorOptions = {}): Tensor {
  return full(shape, 0, opts);
}

/** Tensor of ones. */
export function ones(shape: readonly number[], opts: TensorOptions = {}): Tensor {
  return full(shape, 1, opts);
}

/** Gaussian samples N(mean, std²) from a seeded rng; defaults mean 0, std 1. */
export function randn(shape: readonly number[], rng: Rng, std = 1, mean = 0, opts: TensorOptions = {}): Tensor {
  const t = zeros(shape, opts);
  for (let i = 0; i < t.data.length; i++) t.data[i] = rng.normal(mean, std);
  return t;
}

/** Uniform samples in [lo, hi) from a seeded rng. */
export function randu(shape: readonly number[], rng: Rng, lo = 0, hi = 1, opts: TensorOptions = {}): Tensor {
  const t = zeros(shape, opts);
  for (let i = 0; i < t.data.length; i++) t.data[i] = rng.uniform(lo, hi);
  return t;
}

/**
 * Storage for an op's output of `n` values: float32 when any input stores float32 (the caller
 * chose float32 for its data or parameters, see {@link TensorOptions.float32}), else float64.
 * Gradients stay float64 either way: they are accumulated across batch, time and paths.
 */
export function allocFor(n: number, a: Tensor, b?: Tensor | null, c?: Tensor | null): TensorData {
  const f32 = a.data instanceof Float32Array || (b != null && b.data instanceof Float32Array) || (c != null && c.data instanceof Float32Array);
  return f32 ? float32Buffer(n) : float64Buffer(n);
}

/**
 * Switches a tensor's storage to float32 in place (values rounded to float32) and returns it:
 * the explicit opt-in for training workloads where float32 is enough (e.g. the MNIST CNN's
 * parameters before training). Ops on it then store float32 and run the SIMD kernels.
 */
export function toFloat32<T extends Tensor>(t: T): T {
  if (!(t.data instanceof Float32Array)) t.data = Float32Array.from(t.data);
  return t;
}

/** Whether a tensor stores float32 values. */
export function isFloat32(t: Tensor): boolean {
  return t.data instanceof Float32Array;
}

/** Wraps an existing typed array without copying. */
export function fromTyped(data: TensorData, shape: readonly number[], opts: Omit<TensorOptions, 'float32'> = {}): Tensor {
  return new Tensor(data, shape, opts.requiresGrad ?? false, opts.label ?? '');
}

/** A trainable parameter: like {@link tensor} with requiresGrad = true. */
export function param(values: NestedArray | ArrayLike<number>, shape?: readonly number[], label = ''): Tensor {
  return tensor(values, shape, { requiresGrad: true, label });
}

/** Wraps a number as a constant 0-d tensor. */
export function scalar(value: number): Tensor {
  return new Tensor(Float64Array.of(value), []);
}
