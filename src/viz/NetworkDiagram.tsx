import { useRef } from 'react';
import { fmt, useMessages } from '../i18n';
import { ChartFrame } from './ChartFrame';
import { formatNumber, px } from './format';
import { WINDOW_STYLE } from './MatrixView';
import { networkMessages } from './networkMessages';
import { divergingColor, textColorOn } from './palettes';

/** Props of {@link NetworkDiagram}. */
export interface NetworkDiagramProps {
  title: string;
  /** Layer widths, input first. */
  sizes: readonly number[];
  /** Weights per layer l, row-major [sizes[l+1] × sizes[l]]. Colour = sign and size, width = |w|. */
  weights: readonly (readonly number[])[];
  /** Neuron values per layer (null = not computed yet: drawn empty). */
  values?: readonly (readonly number[] | null)[];
  /** Label under each layer, e.g. `x(1)`. */
  layerLabels?: readonly string[];
  /** Neurons read / written by the current step, as `layer:index` keys. */
  readNeurons?: readonly string[];
  writeNeurons?: readonly string[];
  /** Weight layers (0-based) read / written by the current step. */
  readLayers?: readonly number[];
  writeLayers?: readonly number[];
  /** The selected neuron (its formulas are shown), drawn with a thick ring. */
  selected?: { layer: number; index: number } | null;
  onWeightClick?: (layer: number, row: number, col: number) => void;
  onNeuronClick?: (layer: number, index: number) => void;
  /** viewBox width (default 640). */
  width?: number;
}

const R = 19;

function positions(sizes: readonly number[], width: number, height: number) {
  const left = 50;
  const dx = sizes.length > 1 ? (width - 2 * left) / (sizes.length - 1) : 0;
  const maxN = Math.max(...sizes);
  const gap = Math.min(64, (height - 60) / Math.max(1, maxN));
  return sizes.map((n, l) => Array.from({ length: n }, (_, i) => ({
    x: left + l * dx,
    y: 20 + (height - 60) / 2 + (i - (n - 1) / 2) * gap,
  })));
}

/**
 * A layered network: neurons as circles holding their values, edges coloured by
 * the diverging palette and sized by |w|. Parts read by the current step are
 * outlined dashed, parts written solid (the same styles as MatrixView windows).
 */
export function NetworkDiagram(props: NetworkDiagramProps) {
  const { sizes, weights, values, width = 640 } = props;
  const t = useMessages(networkMessages);
  const svgRef = useRef<SVGSVGElement>(null);
  const height = Math.max(220, Math.max(...sizes) * 56 + 60);
  const pos = positions(sizes, width, height);
  const maxAbs = Math.max(1e-9, ...weights.flat().map(Math.abs));
  const focus = (props.readLayers?.length ?? 0) + (props.writeLayers?.length ?? 0) > 0;
  const read = new Set(props.readNeurons ?? []);
  const write = new Set(props.writeNeurons ?? []);
  return (
    <ChartFrame title={props.title} width={width} height={height} svgRef={svgRef} className="ga-network">
      {weights.map((w, l) => {
        const isWrite = props.writeLayers?.includes(l);
        const isRead = props.readLayers?.includes(l);
        const opacity = !focus || isWrite || isRead ? 1 : 0.28;
        return (
          <g key={l} opacity={opacity} data-testid={`edges-${l}`} data-state={isWrite ? 'write' : isRead ? 'read' : 'none'}>
            {w.map((v, k) => {
              const row = Math.floor(k / sizes[l]);
              const col = k % sizes[l];
              const a = pos[l][col];
              const b = pos[l + 1][row];
              const tip = fmt(t.weightTip, { layer: l + 1, row: row + 1, col: col + 1, value: formatNumber(v, 4) });
              return (
                <g key={k} className={props.onWeightClick ? 'ga-edge ga-edge--clickable' : 'ga-edge'}
                  onClick={props.onWeightClick && (() => props.onWeightClick!(l, row, col))} data-testid={`edge-${l}-${row}-${col}`} data-value={v}>
                  <title>{tip}</title>
                  <line x1={px(a.x + R)} y1={px(a.y)} x2={px(b.x - R)} y2={px(b.y)} stroke={divergingColor(v, maxAbs)}
                    strokeWidth={px(0.6 + (4.5 * Math.abs(v)) / maxAbs)} strokeDasharray={isWrite ? undefined : undefined} />
                  <line x1={px(a.x + R)} y1={px(a.y)} x2={px(b.x - R)} y2={px(b.y)} stroke="transparent" strokeWidth={9} />
                </g>
              );
            })}
          </g>
        );
      })}
      {pos.map((layer, l) => layer.map((p, i) => {
        const v = values?.[l]?.[i];
        const known = v !== undefined && v !== null;
        const fill = known ? divergingColor(v, 1) : 'var(--bg)';
        const key = `${l}:${i}`;
        const style = write.has(key) ? WINDOW_STYLE.write : read.has(key) ? WINDOW_STYLE.read : null;
        const sel = props.selected?.layer === l && props.selected.index === i;
        return (
          <g key={key} className={props.onNeuronClick ? 'ga-neuron ga-neuron--clickable' : 'ga-neuron'} data-testid={`neuron-${l}-${i}`}
            onClick={props.onNeuronClick && (() => props.onNeuronClick!(l, i))}>
            <title>{fmt(t.neuronTip, { layer: l + 1, index: i + 1, value: known ? formatNumber(v, 4) : t.unknown })}</title>
            <circle cx={p.x} cy={p.y} r={R} fill={fill} stroke={style ? style.stroke : 'var(--fg)'} strokeWidth={style ? 3.5 : 1.2}
              strokeDasharray={style?.dash} />
            {sel && <circle cx={p.x} cy={p.y} r={R + 5} fill="none" stroke="var(--focus)" strokeWidth={2.5} />}
            <text x={p.x} y={p.y} dy="0.35em" textAnchor="middle" fontSize={10.5} fill={known ? textColorOn(fill) : 'var(--fg)'}>
              {known ? formatNumber(v, 2) : '?'}
            </text>
          </g>
        );
      }))}
      {props.layerLabels?.map((label, l) => (
        <text key={l} x={pos[l][0].x} y={height - 12} textAnchor="middle" fontSize={13} fill="var(--fg)">{label}</text>
      ))}
    </ChartFrame>
  );
}
