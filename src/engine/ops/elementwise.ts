/**
 * The shared shape of every unary element-wise op: a forward loop filling the
 * output, and a loop filling ∂out/∂in per element (used by backward and shown
 * by the stepper as the local derivative).
 */
import { allocFor, Tensor, type TensorData } from '../tensor';
import { record } from '../tape';
import { float64Buffer } from '../buffers';

/** Fills `y` from `x`. */
export type ForwardLoop = (x: TensorData, y: TensorData) => void;
/** Fills `d[i]` = ∂y[i]/∂x[i] from the input and output values. */
export type DerivLoop = (x: TensorData, y: TensorData, d: Float64Array) => void;

/** The gradient ∂L/∂x from the input, output and ∂L/∂y in one pass (a fused `deriv`·g). */
export type GradLoop = (x: TensorData, y: TensorData, g: Float64Array) => Float64Array;

/**
 * Applies an element-wise op and records it with rule text `rule` (e.g. `σ(x)(1−σ(x))`). `grad`, if
 * given, computes the backward in one pass (it must equal `deriv`·g); `deriv` still feeds the stepper.
 */
export function unaryOp(op: string, rule: string, x: Tensor, forward: ForwardLoop, deriv: DerivLoop, grad?: GradLoop): Tensor {
  const y = allocFor(x.size, x);
  forward(x.data, y);
  return record(op, [x], new Tensor(y, x.shape), (g) => {
    if (grad) return [grad(x.data, y, g)];
    const d = float64Buffer(y.length);
    deriv(x.data, y, d);
    for (let i = 0; i < d.length; i++) d[i] *= g[i];
    return [d];
  }, () => {
    const values = new Float64Array(y.length);
    deriv(x.data, y, values);
    return { rules: [rule], values };
  });
}
