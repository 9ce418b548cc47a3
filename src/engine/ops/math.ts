/** Element-wise math: pow (tensor ^ scalar), exp, log, sqrt, abs, plus scale (x·c). */
import type { Tensor } from '../tensor';
import { unaryOp } from './elementwise';

/** x^p for a constant exponent p. */
export function pow(x: Tensor, p: number): Tensor {
  return unaryOp('pow', `${p}·x^${p - 1}`, x,
    (a, y) => { for (let i = 0; i < a.length; i++) y[i] = Math.pow(a[i], p); },
    (a, _y, d) => { for (let i = 0; i < a.length; i++) d[i] = p * Math.pow(a[i], p - 1); });
}

/** eˣ. */
export function exp(x: Tensor): Tensor {
  return unaryOp('exp', 'eˣ', x,
    (a, y) => { for (let i = 0; i < a.length; i++) y[i] = Math.exp(a[i]); },
    (_a, y, d) => { d.set(y); });
}

/** Natural log (−∞ at 0, NaN below). */
export function log(x: Tensor): Tensor {
  return unaryOp('log', '1/x', x,
    (a, y) => { for (let i = 0; i < a.length; i++) y[i] = Math.log(a[i]); },
    (a, _y, d) => { for (let i = 0; i < a.length; i++) d[i] = 1 / a[i]; });
}

/** √x. */
export function sqrt(x: Tensor): Tensor {
  return unaryOp('sqrt', '1/(2√x)', x,
    (a, y) => { for (let i = 0; i < a.length; i++) y[i] = Math.sqrt(a[i]); },
    (_a, y, d) => { for (let i = 0; i < y.length; i++) d[i] = 0.5 / y[i]; });
}

/** |x|; derivative sign(x), 0 at 0. */
export function abs(x: Tensor): Tensor {
  return unaryOp('abs', 'sign(x)', x,
    (a, y) => { for (let i = 0; i < a.length; i++) y[i] = Math.abs(a[i]); },
    (a, _y, d) => { for (let i = 0; i < a.length; i++) d[i] = Math.sign(a[i]); });
}

/** x·c for a constant c (cheaper than mul with a scalar tensor). */
export function scale(x: Tensor, c: number): Tensor {
  return unaryOp('scale', `${c}`, x,
    (a, y) => { for (let i = 0; i < a.length; i++) y[i] = a[i] * c; },
    (_a, _y, d) => { d.fill(c); });
}
