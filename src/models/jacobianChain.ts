/**
 * The chain rule for Jacobians on a 2-D example: g(x) = (x₁x₂, x₁ + x₂), f(y) = (tanh y₁, y₁y₂²).
 * Both maps are written with engine ops, so the engine's autograd gives J_g, J_f and J_{f∘g}; central
 * differences check all three, and the product J_f(g(x))·J_g(x) is compared with the composite's Jacobian.
 */
import { jacobian, matProduct, maxAbsDiff, numericJacobian, type VectorFn } from '../engine/jacobian';
import { add, concat, mul, pow, slice, tanh } from '../engine/ops/index';
import { tensor } from '../engine/tensor';

/** g(x) = (x₁x₂, x₁ + x₂). */
export const gMap: VectorFn = (x) => {
  const x1 = slice(x, 0, 0, 1);
  const x2 = slice(x, 0, 1, 2);
  return concat([mul(x1, x2), add(x1, x2)]);
};

/** f(y) = (tanh y₁, y₁·y₂²). */
export const fMap: VectorFn = (y) => {
  const y1 = slice(y, 0, 0, 1);
  const y2 = slice(y, 0, 1, 2);
  return concat([tanh(y1), mul(y1, pow(y2, 2))]);
};

/** Everything the widget shows at one point x (all matrices row-major, 2 × 2). */
export interface JacobianChainSnapshot {
  x: [number, number];
  /** y = g(x). */
  y: [number, number];
  /** f(g(x)). */
  out: [number, number];
  jg: number[][];
  jf: number[][];
  /** J_f(g(x)) · J_g(x). */
  product: number[][];
  /** J_{f∘g}(x) by autograd through the composite, in one tape. */
  composite: number[][];
  /** J_{f∘g}(x) by central differences. */
  numeric: number[][];
  /** max |product − composite| and max |composite − numeric|. */
  chainError: number;
  numericError: number;
}

/** The chain rule worked at x (pure; a few dozen scalar ops). */
export function jacobianChain(x: readonly [number, number]): JacobianChainSnapshot {
  const xs = [x[0], x[1]];
  const y = Array.from(gMap(tensor(xs)).data) as [number, number];
  const out = Array.from(fMap(tensor(y)).data) as [number, number];
  const jg = jacobian(gMap, xs);
  const jf = jacobian(fMap, y);
  const product = matProduct(jf, jg);
  const fog: VectorFn = (t) => fMap(gMap(t));
  const composite = jacobian(fog, xs);
  const numeric = numericJacobian(fog, xs);
  return {
    x: [x[0], x[1]], y, out, jg, jf, product, composite, numeric,
    chainError: maxAbsDiff(product, composite), numericError: maxAbsDiff(composite, numeric),
  };
}
