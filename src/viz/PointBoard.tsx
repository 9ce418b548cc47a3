import { useId, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { fmt, useMessages } from '../i18n';
import { FigureToolbar } from '../ui/FigureToolbar';
import { halfPlaneInBox, lineInBox, type BoardLine, type Box } from './boardMath';
import { slugify } from './ChartFrame';
import { formatNumber, px } from './format';
import { divergingColor } from './palettes';
import { Axes } from './plotParts';
import { axisTicks, linearScale, plotArea, type Domain } from './plotMath';
import { pointBoardMessages } from './pointBoardMessages';
import './viz.css';

export type { BoardLine } from './boardMath';

/** A point on the board; `cls` ±1 colours and shapes it (none: a neutral dot). */
export interface BoardPoint { x: number; y: number; cls?: 1 | -1; wrong?: boolean; current?: boolean }

export interface PointBoardProps {
  title: string;
  points: readonly BoardPoint[];
  xDomain: Domain;
  yDomain: Domain;
  /** viewBox size, user units (default 420 × 420). */
  width?: number;
  height?: number;
  /** The current line (drawn solid) and, optionally, the one before an update (dashed). */
  line?: BoardLine | null;
  previousLine?: BoardLine | null;
  /** Shade the two sides of `line` in the colours of class +1 (positive side) and −1. */
  shade?: boolean;
  xLabel?: string;
  yLabel?: string;
  /** Editing callbacks; without them the board is read-only. `other` is true for Shift-click / Shift+Enter. */
  onAdd?: (x: number, y: number, other: boolean) => void;
  onMove?: (index: number, x: number, y: number) => void;
  onRemove?: (index: number) => void;
  /** Coordinates are rounded to multiples of this (default 0.1). */
  snap?: number;
  'data-testid'?: string;
}

const CLASS_VALUE = 0.85;
export const classColor = (cls: 1 | -1 | undefined) => (cls === undefined ? 'var(--series-1)' : divergingColor(cls * CLASS_VALUE, 1));

function useBoardLayout(p: PointBoardProps, width: number, height: number) {
  return useMemo(() => {
    const area = plotArea(width, height, { top: 10, right: 12, bottom: 26 + (p.xLabel ? 18 : 0), left: 40 + (p.yLabel ? 18 : 0) });
    const x = linearScale(p.xDomain, [area.left, area.left + area.width]);
    const y = linearScale(p.yDomain, [area.top + area.height, area.top]);
    return { area, x, y, xTicks: axisTicks(x, 6), yTicks: axisTicks(y, 6) };
  }, [p.xDomain, p.yDomain, p.xLabel, p.yLabel, width, height]);
}

function Marker({ p, cx, cy }: { p: BoardPoint; cx: number; cy: number }) {
  const fill = classColor(p.cls);
  return (
    <>
      {p.current && <circle cx={cx} cy={cy} r={13} fill="none" stroke="var(--focus)" strokeWidth={3} />}
      {p.wrong && <circle cx={cx} cy={cy} r={10} fill="none" stroke="var(--fg)" strokeWidth={2} strokeDasharray="3 2" className="ga-board__wrong" />}
      {p.cls === -1
        ? <rect x={cx - 5.5} y={cy - 5.5} width={11} height={11} fill={fill} stroke="var(--fg)" strokeWidth={1} />
        : <circle cx={cx} cy={cy} r={6} fill={fill} stroke="var(--fg)" strokeWidth={1} />}
    </>
  );
}

/**
 * A 2-D board of points with an optional line a·x + b·y + c = 0 and its two half-planes shaded. Points can be
 * added (click, or Enter at the keyboard cross-hair), dragged or moved with the arrow keys, and removed
 * (double-click, Delete). React renders the SVG; a drag is kept locally and reported once, on release.
 */
export function PointBoard(props: PointBoardProps) {
  const { width = 420, height = 420, points, snap = 0.1 } = props;
  const m = useMessages(pointBoardMessages);
  const svgRef = useRef<SVGSVGElement>(null);
  const hintId = `ga-board-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const { area, x, y, xTicks, yTicks } = useBoardLayout(props, width, height);
  const [drag, setDrag] = useState<{ i: number; x: number; y: number; moved: boolean } | null>(null);
  const [cursor, setCursor] = useState<[number, number] | null>(null);
  const [live, setLive] = useState('');
  const press = useRef<{ x: number; y: number } | null>(null);
  const editable = !!props.onAdd;
  const box: Box = { xMin: props.xDomain[0], xMax: props.xDomain[1], yMin: props.yDomain[0], yMax: props.yDomain[1] };
  const round = (v: number) => Number((Math.round(v / snap) * snap).toFixed(6));
  const clampX = (v: number) => Math.min(box.xMax, Math.max(box.xMin, round(v)));
  const clampY = (v: number) => Math.min(box.yMax, Math.max(box.yMin, round(v)));

  const toData = (e: PointerEvent): [number, number] | null => {
    const svg = svgRef.current;
    const ctm = svg?.getScreenCTM();
    if (!svg || !ctm) return null;
    const pt = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
    return [clampX(x.invert(pt.x)), clampY(y.invert(pt.y))];
  };
  const polygon = (pts: [number, number][]) => pts.map(([a, b]) => `${px(x(a))},${px(y(b))}`).join(' ');
  const seg = (l: BoardLine | null | undefined) => (l ? lineInBox(l, box) : null);
  const line = seg(props.line);
  const prev = seg(props.previousLine);

  const onSvgKey = (e: KeyboardEvent<SVGSVGElement>) => {
    if (!editable || e.target !== svgRef.current) return;
    const c = cursor ?? [round((box.xMin + box.xMax) / 2), round((box.yMin + box.yMax) / 2)];
    const d = (e.shiftKey ? 5 : 1) * snap;
    const moves: Record<string, [number, number]> = { ArrowLeft: [-d, 0], ArrowRight: [d, 0], ArrowUp: [0, d], ArrowDown: [0, -d] };
    if (moves[e.key]) {
      e.preventDefault();
      const next: [number, number] = [clampX(c[0] + moves[e.key][0]), clampY(c[1] + moves[e.key][1])];
      setCursor(next);
      setLive(fmt(m.cursor, { x: formatNumber(next[0], 2), y: formatNumber(next[1], 2) }));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      props.onAdd?.(c[0], c[1], e.shiftKey);
      setCursor(c);
      setLive(fmt(m.added, { x: formatNumber(c[0], 2), y: formatNumber(c[1], 2) }));
    }
  };

  const onPointKey = (i: number, e: KeyboardEvent<SVGGElement>) => {
    const p = points[i];
    const d = (e.shiftKey ? 5 : 1) * snap;
    const moves: Record<string, [number, number]> = { ArrowLeft: [-d, 0], ArrowRight: [d, 0], ArrowUp: [0, d], ArrowDown: [0, -d] };
    if (moves[e.key] && props.onMove) {
      e.preventDefault();
      e.stopPropagation();
      props.onMove(i, clampX(p.x + moves[e.key][0]), clampY(p.y + moves[e.key][1]));
    } else if ((e.key === 'Delete' || e.key === 'Backspace') && props.onRemove) {
      e.preventDefault();
      e.stopPropagation();
      props.onRemove(i);
    }
  };

  const onDown = (e: PointerEvent<SVGSVGElement>) => {
    if (!editable || e.button !== 0) return;
    press.current = { x: e.clientX, y: e.clientY };
  };
  const onMovePointer = (e: PointerEvent<SVGSVGElement>) => {
    if (!drag) return;
    const d = toData(e);
    if (d) setDrag({ i: drag.i, x: d[0], y: d[1], moved: true });
  };
  const onUp = (e: PointerEvent<SVGSVGElement>) => {
    if (drag) {
      if (drag.moved) props.onMove?.(drag.i, drag.x, drag.y);
      setDrag(null);
      press.current = null;
      return;
    }
    const start = press.current;
    press.current = null;
    if (!start || Math.hypot(e.clientX - start.x, e.clientY - start.y) > 4) return;
    const d = toData(e);
    if (d) props.onAdd?.(d[0], d[1], e.shiftKey);
  };

  const shown = points.map((p, i) => (drag && drag.i === i ? { ...p, x: drag.x, y: drag.y } : p));
  const cls = (c: 1 | -1 | undefined) => (c === 1 ? m.classPos : c === -1 ? m.classNeg : '');
  return (
    <figure className="ga-figure ga-board" style={{ maxWidth: `${Math.round((width / 15) * 100) / 100}rem` }} data-testid={props['data-testid']}>
      <figcaption className="ga-figure-title">{props.title}</figcaption>
      <div className="ga-figure-tools"><FigureToolbar getSvg={() => svgRef.current} filename={slugify(props.title)} /></div>
      <svg ref={svgRef} className="ga-chart ga-board__svg" xmlns="http://www.w3.org/2000/svg" viewBox={`0 0 ${width} ${height}`}
        role="group" aria-label={fmt(m.boardLabel, { title: props.title, n: points.length })} aria-describedby={hintId}
        tabIndex={0} onKeyDown={onSvgKey} onPointerDown={onDown} onPointerMove={onMovePointer} onPointerUp={onUp}
        onPointerCancel={() => setDrag(null)} style={{ touchAction: drag ? 'none' : undefined }}>
        {props.shade && props.line && (
          <g className="ga-board__shade" opacity={0.35}>
            <polygon points={polygon(halfPlaneInBox(props.line, box, 1))} fill={divergingColor(0.5, 1)} data-side="positive" />
            <polygon points={polygon(halfPlaneInBox(props.line, box, -1))} fill={divergingColor(-0.5, 1)} data-side="negative" />
          </g>
        )}
        <Axes area={area} xTicks={xTicks} yTicks={yTicks} xLabel={props.xLabel} yLabel={props.yLabel} chartHeight={height} />
        {prev && <line className="ga-board__prev" x1={px(x(prev[0][0]))} y1={px(y(prev[0][1]))} x2={px(x(prev[1][0]))} y2={px(y(prev[1][1]))}
          stroke="var(--fg-muted)" strokeWidth={2} strokeDasharray="6 4" />}
        {line && <line className="ga-board__line" data-testid="board-line" x1={px(x(line[0][0]))} y1={px(y(line[0][1]))} x2={px(x(line[1][0]))} y2={px(y(line[1][1]))}
          stroke="var(--fg)" strokeWidth={2.5} />}
        {cursor && editable && (
          <g className="ga-board__cursor" stroke="var(--focus)" strokeWidth={2}>
            <line x1={px(x(cursor[0])) - 8} x2={px(x(cursor[0])) + 8} y1={px(y(cursor[1]))} y2={px(y(cursor[1]))} />
            <line x1={px(x(cursor[0]))} x2={px(x(cursor[0]))} y1={px(y(cursor[1])) - 8} y2={px(y(cursor[1])) + 8} />
          </g>
        )}
        {shown.map((p, i) => (
          <g key={i} className="ga-board__point" tabIndex={0} role="button" data-testid={`board-point-${i}`}
            data-x={p.x} data-y={p.y} data-cls={p.cls} data-wrong={p.wrong ? 'true' : undefined}
            aria-label={[fmt(m.pointName, { i: i + 1, x: formatNumber(p.x, 2), y: formatNumber(p.y, 2) }), cls(p.cls), p.wrong ? m.wrong : ''].filter(Boolean).join(', ')}
            onKeyDown={(e) => onPointKey(i, e)}
            onPointerDown={(e) => {
              if (!props.onMove || e.button !== 0) return;
              e.stopPropagation();
              svgRef.current?.setPointerCapture?.(e.pointerId);
              setDrag({ i, x: p.x, y: p.y, moved: false });
            }}
            onDoubleClick={() => props.onRemove?.(i)} style={{ cursor: props.onMove ? 'grab' : undefined }}>
            <Marker p={p} cx={px(x(p.x))} cy={px(y(p.y))} />
          </g>
        ))}
      </svg>
      <p id={hintId} className="ga-sr-only">{editable ? m.hint : m.hintReadOnly}</p>
      <div className="ga-sr-only" aria-live="polite" aria-atomic="true">{live}</div>
    </figure>
  );
}
