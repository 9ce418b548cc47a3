/** The numbers the inspection widget draws, computed by the engine from one traced forward pass. */
import { noGrad } from '../../engine';
import type { LmModel } from './load';

export interface Inspection {
  /** Token ids shown (the last `n` of the prompt). */
  ids: number[];
  /** attention[layer][head] = T×T rows (row i = query position i). */
  attention: number[][][][];
  /** residual[0] = embeddings, residual[l + 1] = after block l; T×D. */
  residual: number[][][];
  /** ff[layer] = T×units (the first `ffUnits` GELU activations). */
  ff: number[][][];
  /** lens[stage][t] = arg-max token after stage (0 = embeddings only) at position t. */
  lens: number[][];
  ms: number;
}

function rows(data: ArrayLike<number>, offset: number, T: number, width: number, take = width): number[][] {
  return Array.from({ length: T }, (_, t) => Array.from({ length: take }, (_, j) => data[offset + t * width + j]));
}

function argmaxRows(data: ArrayLike<number>, T: number, V: number): number[] {
  return Array.from({ length: T }, (_, t) => {
    let best = 0;
    for (let v = 1; v < V; v++) if (data[t * V + v] > data[t * V + best]) best = v;
    return best;
  });
}

/** Traces the model on `ids` (at most its context) and reads every picture's numbers. */
export function inspect(model: LmModel, ids: number[], ffUnits = 64): Inspection {
  const t0 = performance.now();
  const { gpt } = model;
  const T = ids.length;
  const { dModel: D, heads, vocab: V } = gpt.config;
  return noGrad(() => {
    const tr = gpt.trace(ids);
    const stages = [tr.embedded, ...tr.blocks.map((b) => b.output)];
    const attention = tr.blocks.map((b) => Array.from({ length: heads }, (_, h) => rows(b.weights.data, h * T * T, T, T)));
    const residual = stages.map((s) => rows(s.data, 0, T, D));
    const dFF = tr.blocks[0]?.hidden.shape[1] ?? 0;
    const ff = tr.blocks.map((b) => rows(b.hidden.data, 0, T, dFF, Math.min(ffUnits, dFF)));
    const lens = stages.map((s) => argmaxRows(gpt.head(s).data, T, V));
    return { ids, attention, residual, ff, lens, ms: performance.now() - t0 };
  });
}
