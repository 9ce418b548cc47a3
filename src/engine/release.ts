/**
 * Handing dead tensors' arrays back to the pool of ./buffers.ts: explicitly, by code that knows
 * the tensors are no longer used (see that file for why).
 */
import { recycle, wholeBuffer } from './buffers';
import { forwardNodes } from './tape';
import type { Tensor } from './tensor';

const EMPTY = new Float64Array(0);

/**
 * Recycles the values and gradients of `tensors`, which the caller promises are dead, except any
 * array shared with a tensor in `keep`. Each released tensor is emptied (size 0, no gradient), so a
 * mistaken later use fails loudly instead of reading recycled memory.
 */
export function releaseTensors(tensors: Iterable<Tensor>, keep: Iterable<Tensor> = []): void {
  const kept = new Set<ArrayBufferLike>();
  for (const t of keep) {
    kept.add(t.data.buffer);
    if (t.grad) kept.add(t.grad.buffer);
  }
  const done = new Set<ArrayBufferLike>();
  for (const t of tensors) {
    for (const a of [t.data, t.grad]) {
      if (!wholeBuffer(a) || kept.has(a.buffer) || done.has(a.buffer)) continue;
      done.add(a.buffer);
      recycle(a);
    }
    t.data = EMPTY;
    t.grad = null;
    t.node = null;
  }
}

/**
 * Recycles every tensor the tape made on the way to `root` (op outputs and their gradients), after
 * the caller has read what it needs (the loss value, the parameters' gradients). Leaves, constants
 * and anything in `keep` are left alone, and so is every array an op output shares with them
 * (a reshape of the input batch, say).
 */
export function releaseGraph(root: Tensor, keep: Iterable<Tensor> = []): void {
  const nodes = forwardNodes(root);
  const protect: Tensor[] = [...keep];
  for (const node of nodes) for (const input of node.inputs) if (!input.node) protect.push(input);
  releaseTensors(nodes.map((n) => n.output), protect);
}
