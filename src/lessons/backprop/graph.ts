/** Adapter: the replayed tape → ComputeGraph boxes and edges (local derivatives on the edges). */
import { formatNumber } from '../../lib/parseNumber';
import type { BpState } from '../../models/backprop';
import type { GraphEdge, GraphNode } from '../../viz/ComputeGraph';

const OP_TEXT: Record<string, string> = {
  matmul: 'W·x', add: '+', sigmoid: 'σ', tanh: 'tanh', relu: 'ReLU', halfSumSquaredError: '½‖y−x‖²',
  softmaxCrossEntropy: 'softmax + CE', bceWithLogits: 'σ + BCE',
};

const LOCAL: Record<string, (input: number) => string> = {
  matmul: (k) => (k === 0 ? '·xᵀ' : 'Wᵀ·'),
  add: () => '×1',
  sigmoid: () => 'x(1−x)',
  tanh: () => '1−x²',
  relu: () => '[a>0]',
  halfSumSquaredError: () => 'x−y',
  softmaxCrossEntropy: () => 'μ−y',
  bceWithLogits: () => 'σ(a)−y',
};

const short = (v: readonly number[] | undefined) =>
  v ? (v.length <= 3 ? v.map((x) => formatNumber(x, 2)).join(', ') : `${v.slice(0, 2).map((x) => formatNumber(x, 2)).join(', ')}, …`) : '?';

/** Boxes (leaves and ops) and edges for the state; the current node is "write", its inputs "read". */
export function graphOf(s: BpState): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const reached = (k: number) => (s.phase === 'forward' ? k <= s.nodeIndex : true);
  const leaves = new Set<string>();
  for (const n of s.nodes) for (const i of n.inputs) if (i && !s.nodes.some((m) => m.output === i)) leaves.add(i);
  const current = s.nodeIndex >= 0 ? s.nodes[s.nodeIndex] : null;
  const stateOf = (name: string, k: number | null): GraphNode['state'] => {
    if (current && (s.phase === 'forward' ? current.output === name : current.inputs.includes(name))) return 'write';
    if (current && (s.phase === 'forward' ? current.inputs.includes(name) : current.output === name)) return 'read';
    return k !== null && !reached(k) ? 'future' : 'none';
  };
  const gradLine = (name: string) => (s.grads[name] ? `∂E: ${short(s.grads[name])}` : '');
  const nodes: GraphNode[] = [...leaves].map((name) => ({
    id: name, label: name, leaf: true, state: stateOf(name, null),
    lines: [name[0] === 'W' ? `${s.values[name]?.length ?? 0} weights` : short(s.values[name]), gradLine(name)].filter(Boolean),
  }));
  s.nodes.forEach((n, k) => nodes.push({
    id: n.output, label: `${n.output} = ${OP_TEXT[n.op] ?? n.op}`, state: stateOf(n.output, k),
    lines: [reached(k) ? short(s.values[n.output]) : '?', gradLine(n.output)].filter(Boolean),
  }));
  const edges: GraphEdge[] = s.nodes.flatMap((n, k) => n.inputs.filter(Boolean).map((from, i) => ({
    from, to: n.output, label: LOCAL[n.op]?.(i) ?? '∂',
    active: s.phase === 'backward' && s.nodeIndex === k,
  })));
  return { nodes, edges };
}
