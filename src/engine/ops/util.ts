/** Small helpers shared by the ops: operand coercion, axis handling, error messages. */
import { fmtShape, scalar, Tensor } from '../tensor';

/** A tensor or a plain number (treated as a constant 0-d tensor). */
export type Operand = Tensor | number;

/** Coerces a number to a constant scalar tensor. */
export function toTensor(x: Operand): Tensor {
  return typeof x === 'number' ? scalar(x) : x;
}

/** Label for error messages: the tensor's label, or `unnamed`. */
export function nameOf(t: Tensor): string {
  return t.label || 'unnamed';
}

/** `op: shapes [a] and [b] do not match (la, lb)` — optionally with extra detail. */
export function shapeError(op: string, a: Tensor, b: Tensor, detail = ''): Error {
  const extra = detail ? `: ${detail}` : '';
  return new Error(
    `${op}: shapes ${fmtShape(a.shape)} and ${fmtShape(b.shape)} do not match (${nameOf(a)}, ${nameOf(b)})${extra}`,
  );
}

/** Error about a single tensor's shape. */
export function badShape(op: string, t: Tensor, detail: string): Error {
  return new Error(`${op}: shape ${fmtShape(t.shape)} ${detail} (${nameOf(t)})`);
}

/** Resolves a possibly negative axis against `ndim`; throws if out of range. */
export function normAxis(op: string, axis: number, ndim: number): number {
  const a = axis < 0 ? axis + ndim : axis;
  if (a < 0 || a >= ndim || !Number.isInteger(a)) {
    throw new Error(`${op}: axis ${axis} out of range for ${ndim} dimensions`);
  }
  return a;
}

/** View of a shape as [outer, len, inner] around `axis` (row-major). */
export function splitAxis(shape: readonly number[], axis: number): { outer: number; len: number; inner: number } {
  let outer = 1;
  let inner = 1;
  for (let d = 0; d < axis; d++) outer *= shape[d];
  for (let d = axis + 1; d < shape.length; d++) inner *= shape[d];
  return { outer, len: shape[axis], inner };
}
