import { scaleLinear, select, zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { fmt, useMessages } from '../i18n';
import { ChartFrame } from './ChartFrame';
import { wordMapMessages } from './wordMapMessages';
import './wordMap.css';

/** One labelled point of the map, in data units. */
export interface WordPoint {
  label: string;
  x: number;
  y: number;
  /** `highlight` draws a larger, accented dot (e.g. an analogy's answer). */
  kind?: 'normal' | 'highlight';
}

/** An arrow from point `from` to point `to` (indices into points); arrows sharing `series` share a colour. */
export interface WordArrow {
  from: number;
  to: number;
  series?: number;
}

export interface WordMapProps {
  title: string;
  points: readonly WordPoint[];
  arrows?: readonly WordArrow[];
  width?: number;
  height?: number;
  /** Fixed data extent; default: the points' extent, padded. Animations pass one so the frame stays put. */
  domain?: { x: [number, number]; y: [number, number] };
  filename?: string;
}

const PAD = 28;

function extent(values: number[]): [number, number] {
  if (values.length === 0) return [-1, 1];
  let lo = Math.min(...values), hi = Math.max(...values);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [-1, 1];
  if (hi - lo < 1e-9) { lo -= 1; hi += 1; }
  const m = (hi - lo) * 0.08;
  return [lo - m, hi + m];
}

/**
 * A 2-D scatter of labelled words with arrows, zoomable and pannable. d3-zoom listens on the SVG (the
 * ref'd node) and only computes the transform; React draws every node with transformed coordinates, so
 * labels keep their size while zooming.
 */
export function WordMap({ title, points, arrows = [], width = 640, height = 420, domain, filename }: WordMapProps) {
  const m = useMessages(wordMapMessages);
  const svgRef = useRef<SVGSVGElement | null>(null);
  const zoomRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const [t, setT] = useState<ZoomTransform>(zoomIdentity);
  const markerId = `wm-arrow-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const z = zoom<SVGSVGElement, unknown>().scaleExtent([0.5, 40]).on('zoom', (e: { transform: ZoomTransform }) => setT(e.transform));
    zoomRef.current = z;
    const sel = select(svg);
    sel.call(z);
    return () => void sel.on('.zoom', null);
  }, []);

  const xd = domain?.x ?? extent(points.map((p) => p.x));
  const yd = domain?.y ?? extent(points.map((p) => p.y));
  const xs = scaleLinear().domain(xd).range([PAD, width - PAD]);
  const ys = scaleLinear().domain(yd).range([height - PAD, PAD]);
  const px = (p: WordPoint) => t.applyX(xs(p.x));
  const py = (p: WordPoint) => t.applyY(ys(p.y));

  const act = (fn: (sel: ReturnType<typeof select<SVGSVGElement, unknown>>, z: ZoomBehavior<SVGSVGElement, unknown>) => void) => {
    if (svgRef.current && zoomRef.current) fn(select(svgRef.current), zoomRef.current);
  };
  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const keys: Record<string, () => void> = {
      '+': () => act((s, z) => z.scaleBy(s, 1.4)), '=': () => act((s, z) => z.scaleBy(s, 1.4)), '-': () => act((s, z) => z.scaleBy(s, 1 / 1.4)),
      '0': () => act((s, z) => z.transform(s, zoomIdentity)),
      ArrowLeft: () => act((s, z) => z.translateBy(s, 40 / t.k, 0)), ArrowRight: () => act((s, z) => z.translateBy(s, -40 / t.k, 0)),
      ArrowUp: () => act((s, z) => z.translateBy(s, 0, 40 / t.k)), ArrowDown: () => act((s, z) => z.translateBy(s, 0, -40 / t.k)),
    };
    const fn = keys[e.key];
    if (fn) {
      e.preventDefault();
      e.stopPropagation();
      fn();
    }
  };

  return (
    <div className="ga-wordmap">
      <div className="ga-wordmap__tools">
        <button type="button" className="ga-button ga-button--quiet" onClick={() => act((s, z) => z.scaleBy(s, 1.4))}>{m.zoomIn}</button>
        <button type="button" className="ga-button ga-button--quiet" onClick={() => act((s, z) => z.scaleBy(s, 1 / 1.4))}>{m.zoomOut}</button>
        <button type="button" className="ga-button ga-button--quiet" onClick={() => act((s, z) => z.transform(s, zoomIdentity))}>{m.resetView}</button>
      </div>
      <ChartFrame title={title} width={width} height={height} svgRef={svgRef} hint={m.hint} onKeyDown={onKeyDown} filename={filename}
        live={fmt(m.summary, { count: points.length, k: t.k.toFixed(1) })}>
        <defs>
          <marker id={markerId} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" fill="context-stroke" />
          </marker>
        </defs>
        <rect x={0} y={0} width={width} height={height} fill="transparent" />
        <g className="ga-wordmap__arrows">
          {arrows.map((a, i) => {
            const p = points[a.from], q = points[a.to];
            if (!p || !q) return null;
            return (
              <line key={i} x1={px(p)} y1={py(p)} x2={px(q)} y2={py(q)} stroke={`var(--series-${((a.series ?? 0) % 6) + 1})`}
                strokeWidth={2} markerEnd={`url(#${markerId})`} data-arrow={`${p.label}→${q.label}`} />
            );
          })}
        </g>
        <g className="ga-wordmap__points">
          {points.map((p, i) => (
            <g key={`${p.label}-${i}`} data-word={p.label} data-x={p.x.toFixed(4)} data-y={p.y.toFixed(4)}>
              <circle cx={px(p)} cy={py(p)} r={p.kind === 'highlight' ? 6 : 4}
                fill={p.kind === 'highlight' ? 'var(--focus)' : 'var(--fg)'} />
              <text x={px(p) + 7} y={py(p) - 6} className="ga-wordmap__label" fontWeight={p.kind === 'highlight' ? 700 : 400}>{p.label}</text>
            </g>
          ))}
        </g>
      </ChartFrame>
    </div>
  );
}
