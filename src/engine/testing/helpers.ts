/** Test helpers: seeded random tensors and a gradcheck assertion. */
import { expect } from 'vitest';
import { createRng, type Rng } from '../rng';
import { randn, type Tensor } from '../tensor';
import { gradcheck, type GradcheckOptions } from './gradcheck';

/** A seeded rng per test, so failures reproduce. */
export function testRng(seed: string | number = 'test'): Rng {
  return createRng(seed);
}

/** Gaussian tensor from the given rng. */
export function rand(rng: Rng, ...shape: number[]): Tensor {
  return randn(shape, rng);
}

/** Asserts autograd matches central differences to a relative error < 1e-6. */
export function expectGradOk(fn: (...inputs: Tensor[]) => Tensor, inputs: Tensor[], opts?: GradcheckOptions): void {
  const r = gradcheck(fn, inputs, opts);
  expect(r.maxRelError, JSON.stringify(r.worst)).toBeLessThan(1e-6);
}
