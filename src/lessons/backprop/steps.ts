/**
 * Pure adapters from the engine's replayed state to what the stepped view shows:
 * which layer a tensor belongs to, what the step reads and writes, the deck's δ.
 */
import type { BpConfig, BpNode, BpState } from '../../models/backprop';

/** Layer index (0-based, in the diagram) and kind of a named tensor: x3 → neurons of layer 2. */
export function placeOf(name: string, L: number): { kind: 'neuron' | 'weight' | 'loss'; layer: number } {
  const n = Number(name.slice(1));
  if (name === 'E') return { kind: 'loss', layer: L };
  if (name[0] === 'W' || name[0] === 'b') return { kind: 'weight', layer: n - 1 };
  if (name[0] === 'x') return { kind: 'neuron', layer: n - 1 };
  return { kind: 'neuron', layer: n }; // a, m, F: pre-activations of the next layer's neurons
}

/** The deck's δ(l+1) = −∂E/∂a(l) for every layer reached so far (index = diagram layer), and δ_x for the input. */
export function deltas(s: BpState, L: number): (number[] | null)[] {
  return Array.from({ length: L + 1 }, (_, layer) => {
    const g = layer === 0 ? s.grads.x1 : s.grads[`a${layer}`];
    return g ? g.map((v) => -v) : null;
  });
}

/** ΔW(l) = −η ∂E/∂W(l) for every weight layer reached so far. */
export function weightSteps(s: BpState, cfg: BpConfig): (number[] | null)[] {
  return s.weights.map((_, l) => {
    const g = s.grads[`W${l + 1}`];
    return g ? g.map((v) => -cfg.eta * v) : null;
  });
}

/** What the current step reads and writes, as diagram keys. */
export interface StepSets { readNeurons: string[]; writeNeurons: string[]; readLayers: number[]; writeLayers: number[] }

function neuronsOf(name: string, s: BpState, L: number): string[] {
  const p = placeOf(name, L);
  if (p.kind === 'weight') return [];
  const n = p.kind === 'loss' ? (s.values[`x${L + 1}`]?.length ?? 0) : (s.values[name]?.length ?? 0);
  return Array.from({ length: n }, (_, i) => `${p.layer}:${i}`);
}

/** Read/write sets: forward reads the inputs and writes the output; backward the other way round. */
export function stepSets(s: BpState, L: number): StepSets {
  const sets: StepSets = { readNeurons: [], writeNeurons: [], readLayers: [], writeLayers: [] };
  if (s.phase === 'update') return { ...sets, writeLayers: s.weights.map((_, l) => l) };
  const node = s.nodes[s.nodeIndex];
  const reads = s.phase === 'forward' ? node.inputs : [node.output, ...node.inputs.filter((n) => n[0] === 'x' || n[0] === 'W')];
  const writes = s.phase === 'forward' ? [node.output] : node.inputs;
  for (const name of reads) {
    const p = placeOf(name, L);
    if (p.kind === 'weight') sets.readLayers.push(p.layer);
    else sets.readNeurons.push(...neuronsOf(name, s, L));
  }
  for (const name of writes) {
    const p = placeOf(name, L);
    if (p.kind === 'weight') sets.writeLayers.push(p.layer);
    else sets.writeNeurons.push(...neuronsOf(name, s, L));
  }
  return sets;
}

/** Forward values known after step k: node outputs up to the current forward node (all after the forward pass). */
export function knownValues(s: BpState, L: number): (number[] | null)[] {
  const done = s.phase === 'forward' ? s.nodeIndex : s.nodes.length;
  const known = new Set(s.nodes.slice(0, done + 1).map((n) => n.output));
  return Array.from({ length: L + 1 }, (_, layer) => {
    const name = `x${layer + 1}`;
    if (layer === 0) return s.values.x1;
    if (known.has(name)) return s.values[name];
    const pre = `a${layer}`;
    return layer === L && known.has(pre) && !s.values[name] ? s.values[pre] : null;
  });
}

/** The weight layer a node touches (matmul / bias add), if any. */
export function layerOfNode(node: BpNode | undefined): number | null {
  const w = node?.inputs.find((n) => n[0] === 'W' || n[0] === 'b');
  return w ? Number(w.slice(1)) - 1 : null;
}
