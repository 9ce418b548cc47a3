import { useRef } from 'react';
import { ChartFrame } from './ChartFrame';
import { px } from './format';
import { WINDOW_STYLE } from './MatrixView';

/** One box: a tensor (leaf) or the op that produced it. */
export interface GraphNode {
  id: string;
  /** First line, e.g. `x2 = σ(a1)`. */
  label: string;
  /** Further lines (value, gradient), already formatted. */
  lines?: readonly string[];
  leaf?: boolean;
  /** Drawn dashed (read), solid thick (written), or faded (not reached yet). */
  state?: 'read' | 'write' | 'future' | 'none';
}

/** An input edge, labelled with the local derivative applied on the way back. */
export interface GraphEdge { from: string; to: string; label?: string; active?: boolean }

export interface ComputeGraphProps {
  title: string;
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
}

const BOX_W = 150;
const BOX_H = 58;
const COL = 205;
const ROW = 92;

/** Columns: ops by longest path from the leaves; a leaf sits one column before its first consumer. */
function layout(nodes: readonly GraphNode[], edges: readonly GraphEdge[]) {
  const col = new Map<string, number>();
  const inputs = (id: string) => edges.filter((e) => e.to === id).map((e) => e.from);
  for (const n of nodes) if (!n.leaf) col.set(n.id, 1 + Math.max(0, ...inputs(n.id).map((i) => col.get(i) ?? 0)));
  for (const n of nodes) {
    if (!n.leaf) continue;
    const uses = edges.filter((e) => e.from === n.id).map((e) => col.get(e.to) ?? 1);
    col.set(n.id, Math.max(0, Math.min(...uses, 99) - 1));
  }
  const rows = new Map<number, number>();
  const at = new Map<string, { x: number; y: number }>();
  for (const n of nodes) {
    const c = col.get(n.id) ?? 0;
    const r = rows.get(c) ?? 0;
    rows.set(c, r + 1);
    at.set(n.id, { x: 20 + c * COL, y: 20 + r * ROW + (n.leaf ? 0 : ROW * 0.5) });
  }
  return at;
}

/** The engine's tape drawn as boxes and arrows, one box per tensor / operation. */
export function ComputeGraph({ title, nodes, edges }: ComputeGraphProps) {
  const svgRef = useRef<SVGSVGElement>(null);
  const at = layout(nodes, edges);
  const width = Math.max(...[...at.values()].map((p) => p.x)) + BOX_W + 20;
  const height = Math.max(...[...at.values()].map((p) => p.y)) + BOX_H + 20;
  return (
    <ChartFrame title={title} width={width} height={height} svgRef={svgRef} className="ga-compute-graph">
      <defs>
        <marker id="ga-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" fill="var(--fg-muted, #666)" />
        </marker>
      </defs>
      {edges.map((e, i) => {
        const a = at.get(e.from);
        const b = at.get(e.to);
        if (!a || !b) return null;
        const x1 = a.x + BOX_W;
        const y1 = a.y + BOX_H / 2;
        const x2 = b.x;
        const y2 = b.y + BOX_H / 2;
        return (
          <g key={i} data-testid={`gedge-${e.from}-${e.to}`}>
            <path d={`M${px(x1)},${px(y1)} C${px(x1 + 30)},${px(y1)} ${px(x2 - 30)},${px(y2)} ${px(x2)},${px(y2)}`} fill="none"
              stroke={e.active ? WINDOW_STYLE.write.stroke : 'var(--fg-muted, #666)'} strokeWidth={e.active ? 3 : 1.3} markerEnd="url(#ga-arrow)" />
            {e.label && (
              <text x={px((x1 + x2) / 2)} y={px((y1 + y2) / 2 - 6)} textAnchor="middle" fontSize={10.5} fill="var(--fg)"
                fontWeight={e.active ? 700 : undefined}>{e.label}</text>
            )}
          </g>
        );
      })}
      {nodes.map((n) => {
        const p = at.get(n.id)!;
        const style = n.state === 'write' ? WINDOW_STYLE.write : n.state === 'read' ? WINDOW_STYLE.read : null;
        return (
          <g key={n.id} opacity={n.state === 'future' ? 0.45 : 1} data-testid={`gnode-${n.id}`} data-state={n.state ?? 'none'}>
            <rect x={p.x} y={p.y} width={BOX_W} height={BOX_H} rx={n.leaf ? 14 : 4} fill="var(--bg)"
              stroke={style ? style.stroke : 'var(--fg)'} strokeWidth={style ? 3 : 1.2} strokeDasharray={style?.dash} />
            <text x={p.x + 8} y={p.y + 17} fontSize={12.5} fontWeight={700} fill="var(--fg)">{n.label}</text>
            {(n.lines ?? []).map((line, i) => (
              <text key={i} x={p.x + 8} y={p.y + 33 + i * 14} fontSize={10.5} fill="var(--fg)">{line}</text>
            ))}
          </g>
        );
      })}
    </ChartFrame>
  );
}
