/**
 * Gate timelines: run an LSTM or GRU over a sequence of one-hot tokens and
 * return every gate's value per unit per time step, for a heatmap whose rows
 * are gates/units and whose columns are time steps.
 */
import { createRng } from '../engine/rng';
import { noGrad } from '../engine/tape';
import { Tensor } from '../engine/tensor';
import { GATE_NAMES, makeCell, type CellKind } from './rnnCells';
import type { WeightSnapshot } from './types';

/** One heatmap row: a gate of one unit over time. */
export interface GateRow {
  gate: string;
  unit: number;
  values: number[];
}

/** What a timeline run returns. */
export interface GateTimeline {
  rows: GateRow[];
  /** Per step, per gate name, the vector (all units). */
  steps: Record<string, number[]>[];
}

/** Where the weights come from: a seed (random initial weights) or trained weights with a name prefix (e.g. `lstm.`). */
export type WeightSource = { seed: number | string; forgetBias?: number; peephole?: boolean } | { weights: readonly WeightSnapshot[]; prefix: string };

/** Run `kind` over tokens (ids into a vocabulary of size `inputSize`) and collect the gates. */
export function gateTimeline(kind: CellKind, tokens: readonly number[], inputSize: number, hidden: number, source: WeightSource): GateTimeline {
  const seeded = 'seed' in source;
  const cell = makeCell(kind, inputSize, hidden, createRng(seeded ? `${String(source.seed)}:${kind}` : 'trained'),
    seeded ? source.forgetBias ?? 1 : 1, seeded && source.peephole === true);
  if (!seeded) {
    const mine = source.weights.filter((w) => w.name.startsWith(source.prefix));
    cell.params().forEach((p, i) => {
      const w = mine[i];
      if (!w || w.data.length !== p.data.length) throw new Error(`trained weights for ${kind} do not match (${source.prefix})`);
      p.data.set(w.data);
    });
  }
  return noGrad(() => {
    let s = cell.initial();
    const steps: Record<string, number[]>[] = [];
    for (const id of tokens) {
      const x = new Float64Array(inputSize);
      x[id] = 1;
      const o = cell.step(new Tensor(x, [inputSize]), s);
      s = o.state;
      steps.push(Object.fromEntries(Object.entries(o.gates).map(([k, v]) => [k, Array.from(v.data)])));
    }
    const rows = GATE_NAMES[kind].flatMap((gate) =>
      Array.from({ length: hidden }, (_, unit) => ({ gate, unit, values: steps.map((st) => st[gate][unit]) })));
    return { rows, steps };
  });
}
