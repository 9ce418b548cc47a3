import { useEffect, useRef, type PointerEvent } from 'react';
import { sequentialColor } from '../viz/palettes';

/** Side of the digit images (MNIST): 28×28 grey levels in [0, 1]. */
export const DIGIT_SIDE = 28;

/** Adds ink around (x, y) in cell units with a soft round brush. */
export function stamp(img: Float64Array, x: number, y: number): Float64Array {
  const next = Float64Array.from(img);
  for (let r = Math.floor(y - 2); r <= Math.ceil(y + 2); r++) {
    for (let c = Math.floor(x - 2); c <= Math.ceil(x + 2); c++) {
      if (r < 0 || c < 0 || r >= DIGIT_SIDE || c >= DIGIT_SIDE) continue;
      const d = Math.hypot(r + 0.5 - y, c + 0.5 - x);
      const ink = d <= 0.9 ? 1 : Math.max(0, 1 - (d - 0.9) / 1.1);
      next[r * DIGIT_SIDE + c] = Math.max(next[r * DIGIT_SIDE + c], ink);
    }
  }
  return next;
}

interface Props {
  value: Float64Array | null;
  onChange: (img: Float64Array) => void;
  /** Screen pixels per cell. */
  px: number;
  label: string;
  className?: string;
  'data-testid'?: string;
}

/** A 28×28 canvas to draw a digit on with mouse, pen or touch; `value` is drawn in the sequential palette. */
export function DigitCanvas({ value, onChange, px, label, className, 'data-testid': testId }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    for (let i = 0; i < DIGIT_SIDE * DIGIT_SIDE; i++) {
      ctx.fillStyle = sequentialColor(value?.[i] ?? 0, 0, 1);
      ctx.fillRect((i % DIGIT_SIDE) * px, Math.floor(i / DIGIT_SIDE) * px, px, px);
    }
  }, [value, px]);
  const paint = (e: PointerEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    const x = ((e.clientX - r.left) / r.width) * DIGIT_SIDE;
    const y = ((e.clientY - r.top) / r.height) * DIGIT_SIDE;
    onChange(stamp(value ?? new Float64Array(DIGIT_SIDE * DIGIT_SIDE), x, y));
  };
  return (
    <canvas ref={ref} width={DIGIT_SIDE * px} height={DIGIT_SIDE * px} className={className} data-testid={testId} role="img" aria-label={label}
      onPointerDown={(e) => { drawing.current = true; e.currentTarget.setPointerCapture?.(e.pointerId); paint(e); }}
      onPointerMove={(e) => { if (drawing.current) paint(e); }}
      onPointerUp={() => { drawing.current = false; }} onPointerCancel={() => { drawing.current = false; }} />
  );
}
