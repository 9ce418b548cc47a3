import { color as parseColor } from 'd3';
import { useEffect, useRef, type PointerEvent } from 'react';
import { useMessages } from '../i18n';
import { networkMessages } from './networkMessages';
import { divergingColor } from './palettes';

/** A labelled 2-D point drawn over the heatmap (test points get a dark ring). */
export interface CanvasPoint { x: number; y: number; label: 0 | 1; test?: boolean }

export interface DecisionCanvasProps {
  title: string;
  /** Grid points per axis; row r ↔ y from min (bottom) to max (top), column c ↔ x. */
  n: number;
  /** Grid values, index (r·n + c)·stride + offset. */
  values: ArrayLike<number> | null;
  stride?: number;
  offset?: number;
  /** Values are probabilities in [0, 1] (centre 0.5) or signed activations (centre 0). Default 'prob'. */
  mode?: 'prob' | 'signed';
  /** Square data window [−extent, extent]². */
  extent: number;
  points?: readonly CanvasPoint[];
  /** Displayed size in CSS px (default 320). */
  size?: number;
  /** Click in data coordinates (drawing points). */
  onPick?: (x: number, y: number) => void;
  testId?: string;
}

const LUT: [number, number, number][] = Array.from({ length: 257 }, (_, i) => {
  const c = parseColor(divergingColor(i / 128 - 1, 1))!.rgb();
  return [c.r, c.g, c.b];
});

function paintGrid(ctx: CanvasRenderingContext2D, p: DecisionCanvasProps, scratch: HTMLCanvasElement) {
  const { n, values, stride = 1, offset = 0 } = p;
  if (!values) return;
  scratch.width = n;
  scratch.height = n;
  const sctx = scratch.getContext('2d')!;
  const img = sctx.createImageData(n, n);
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      const v = values[(r * n + c) * stride + offset];
      const s = p.mode === 'signed' ? Math.tanh(v) : 2 * v - 1;
      const k = Number.isFinite(s) ? Math.round((Math.max(-1, Math.min(1, s)) * 0.85 + 1) * 128) : 128;
      const o = ((n - 1 - r) * n + c) * 4; // row 0 is the bottom
      const [R, G, B] = LUT[k];
      img.data[o] = R;
      img.data[o + 1] = G;
      img.data[o + 2] = B;
      img.data[o + 3] = 255;
    }
  }
  sctx.putImageData(img, 0, 0);
  ctx.imageSmoothingEnabled = true;
  ctx.drawImage(scratch, 0, 0, ctx.canvas.width, ctx.canvas.height);
}

function paintPoints(ctx: CanvasRenderingContext2D, pts: readonly CanvasPoint[], extent: number) {
  const W = ctx.canvas.width;
  const rad = Math.max(2.5, W / 110);
  for (const q of pts) {
    const x = ((q.x + extent) / (2 * extent)) * W;
    const y = (1 - (q.y + extent) / (2 * extent)) * W;
    ctx.beginPath();
    ctx.arc(x, y, rad, 0, 2 * Math.PI);
    ctx.fillStyle = q.label === 1 ? '#b2182b' : '#2166ac';
    ctx.fill();
    ctx.lineWidth = q.test ? 2 : 1;
    ctx.strokeStyle = q.test ? '#000000' : '#ffffff';
    ctx.stroke();
  }
}

/**
 * A fast canvas heatmap of a model over the plane (decision boundary, or one
 * neuron's activation), with the data points on top. Each repaint increments
 * the canvas's `data-frames` attribute so frame rates can be measured.
 */
export function DecisionCanvas(props: DecisionCanvasProps) {
  const t = useMessages(networkMessages);
  const ref = useRef<HTMLCanvasElement>(null);
  const scratch = useRef<HTMLCanvasElement | null>(null);
  const frames = useRef(0);
  const size = props.size ?? 320;
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    scratch.current ??= document.createElement('canvas');
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    paintGrid(ctx, props, scratch.current);
    if (props.points) paintPoints(ctx, props.points, props.extent);
    frames.current += 1;
    canvas.dataset.frames = String(frames.current);
  });
  const onPointerDown = (e: PointerEvent<HTMLCanvasElement>) => {
    if (!props.onPick) return;
    const r = e.currentTarget.getBoundingClientRect();
    const fx = (e.clientX - r.left) / r.width;
    const fy = (e.clientY - r.top) / r.height;
    props.onPick((fx * 2 - 1) * props.extent, (1 - fy * 2) * props.extent);
  };
  const res = Math.round(size * 1.5);
  return (
    <canvas ref={ref} width={res} height={res} className="ga-decision-canvas" style={{ width: size, height: size, maxWidth: '100%' }}
      role="img" aria-label={props.onPick ? `${props.title}. ${t.boundaryHint}` : props.title} data-testid={props.testId}
      onPointerDown={onPointerDown} />
  );
}
