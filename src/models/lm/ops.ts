/**
 * The op-by-op view: one forward pass of the model on a few tokens, recorded on the engine's tape,
 * then the backward steps of the last position's loss through the first block's attention.
 */
import { backwardSteps, causalMask, forwardNodes, slice, softmaxCrossEntropy, type Tensor } from '../../engine';
import { BOS } from './bpe';
import type { LmModel } from './load';

export interface OpRow {
  kind: 'forward' | 'backward';
  op: string;
  label: string;
  shape: number[];
  inputs: number[][];
  /** Output values (forward) or the gradient handed back (backward) at the last position, at most 8. */
  values: number[];
}

/** Tokens the stepper runs on. */
export const OPS_TOKENS = 6;

function lastRow(data: ArrayLike<number>, shape: readonly number[], T: number): number[] {
  const n = shape.length;
  const w = shape[n - 1] ?? 1;
  const off = n >= 2 && shape[n - 2] === T ? (T - 1) * w : 0;
  return Array.from({ length: Math.min(8, data.length - off) }, (_, j) => data[off + j]);
}

/** Forward nodes of loss(last position) and the backward steps inside block 1's attention. */
export function opRows(model: LmModel, promptIds: number[]): { rows: OpRow[]; forward: number; ids: number[]; target: number } {
  const seq = [BOS, ...promptIds].slice(-(OPS_TOKENS + 1));
  const ids = seq.slice(0, -1);
  const target = seq[seq.length - 1];
  const { gpt } = model;
  const T = ids.length;
  const mask = causalMask(T);
  const x0 = gpt.embed(ids, T);
  let h: Tensor = x0;
  let attn: Tensor | null = null;
  gpt.blocks.forEach((b, l) => {
    const t = b.trace(h, mask);
    if (l === 0) attn = t.attention;
    h = t.output;
  });
  const logits = gpt.head(h);
  const loss = softmaxCrossEntropy(slice(logits, 0, T - 1, T), [target]);
  const nodes = forwardNodes(loss);
  const rows: OpRow[] = nodes.map((n) => ({
    kind: 'forward', op: n.op, label: n.label, shape: n.output.shape.slice(), inputs: n.inputs.map((i) => i.shape.slice()), values: lastRow(n.output.data, n.output.shape, T),
  }));
  const before = new Set(forwardNodes(x0));
  const inAttn = new Set(forwardNodes(attn!).filter((n) => !before.has(n)));
  for (const p of gpt.parameters()) p.grad = null;
  for (const s of backwardSteps(loss)) {
    if (!inAttn.has(s.node)) continue;
    const c = s.contributions.find((k) => k.grad && k.input.node) ?? s.contributions.find((k) => k.grad);
    rows.push({
      kind: 'backward', op: s.node.op, label: s.node.label, shape: s.node.output.shape.slice(), inputs: s.node.inputs.map((i) => i.shape.slice()),
      values: c?.grad ? lastRow(c.grad, c.input.shape, T) : [],
    });
  }
  for (const p of gpt.parameters()) p.grad = null;
  return { rows, forward: nodes.length, ids, target };
}
