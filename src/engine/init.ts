/**
 * Weight initialisers. Fans follow PyTorch: for a matrix [out, in], fanIn = in
 * and fanOut = out; for a kernel [F, C, KH, KW], fanIn = C·KH·KW and fanOut = F·KH·KW.
 * All return parameters (requiresGrad = true).
 */
import type { Rng } from './rng';
import { shapeSize, Tensor } from './tensor';

/** fanIn and fanOut of a weight shape (a 1-D shape counts as fanIn = fanOut = length). */
export function fans(shape: readonly number[]): { fanIn: number; fanOut: number } {
  if (shape.length < 2) return { fanIn: shape[0] ?? 1, fanOut: shape[0] ?? 1 };
  const receptive = shapeSize(shape.slice(2));
  return { fanIn: shape[1] * receptive, fanOut: shape[0] * receptive };
}

function fill(shape: readonly number[], label: string, sample: () => number): Tensor {
  const data = new Float64Array(shapeSize(shape));
  for (let i = 0; i < data.length; i++) data[i] = sample();
  return new Tensor(data, shape, true, label);
}

/** Glorot/Xavier uniform: U(−a, a), a = √(6 / (fanIn + fanOut)). Suits tanh/sigmoid. */
export function xavierUniform(shape: readonly number[], rng: Rng, label = ''): Tensor {
  const { fanIn, fanOut } = fans(shape);
  const a = Math.sqrt(6 / (fanIn + fanOut));
  return fill(shape, label, () => rng.uniform(-a, a));
}

/** Glorot/Xavier normal: N(0, 2 / (fanIn + fanOut)). */
export function xavierNormal(shape: readonly number[], rng: Rng, label = ''): Tensor {
  const { fanIn, fanOut } = fans(shape);
  const std = Math.sqrt(2 / (fanIn + fanOut));
  return fill(shape, label, () => rng.normal(0, std));
}

/** He/Kaiming normal: N(0, 2 / fanIn). Suits ReLU. */
export function heNormal(shape: readonly number[], rng: Rng, label = ''): Tensor {
  const std = Math.sqrt(2 / fans(shape).fanIn);
  return fill(shape, label, () => rng.normal(0, std));
}

/** He/Kaiming uniform: U(−a, a), a = √(6 / fanIn). */
export function heUniform(shape: readonly number[], rng: Rng, label = ''): Tensor {
  const a = Math.sqrt(6 / fans(shape).fanIn);
  return fill(shape, label, () => rng.uniform(-a, a));
}

/** Names accepted by layers' `init` option. */
export type InitName = 'xavierUniform' | 'xavierNormal' | 'heNormal' | 'heUniform';

/** Initialiser by name. */
export const INITIALIZERS: Record<InitName, (shape: readonly number[], rng: Rng, label?: string) => Tensor> = {
  xavierUniform,
  xavierNormal,
  heNormal,
  heUniform,
};
