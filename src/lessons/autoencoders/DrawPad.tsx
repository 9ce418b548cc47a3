import { useEffect, useRef, type PointerEvent } from 'react';
import { useMessages } from '../../i18n';
import { sequentialColor } from '../../viz/palettes';
import { aeMessages } from './messages';

const SIDE = 28;
const PX = 8;

/** Adds ink around (x, y) in cell units with a soft round brush. */
function stamp(img: Float64Array, x: number, y: number): Float64Array {
  const next = Float64Array.from(img);
  for (let r = Math.floor(y - 2); r <= Math.ceil(y + 2); r++) {
    for (let c = Math.floor(x - 2); c <= Math.ceil(x + 2); c++) {
      if (r < 0 || c < 0 || r >= SIDE || c >= SIDE) continue;
      const d = Math.hypot(r + 0.5 - y, c + 0.5 - x);
      next[r * SIDE + c] = Math.max(next[r * SIDE + c], d <= 0.9 ? 1 : Math.max(0, 1 - (d - 0.9) / 1.1));
    }
  }
  return next;
}

/** A 28×28 drawing pad (mouse, pen, touch). */
export function DrawPad({ value, onChange }: { value: Float64Array | null; onChange: (v: Float64Array | null) => void }) {
  const m = useMessages(aeMessages);
  const ref = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    for (let i = 0; i < SIDE * SIDE; i++) {
      ctx.fillStyle = sequentialColor(value?.[i] ?? 0, 0, 1);
      ctx.fillRect((i % SIDE) * PX, Math.floor(i / SIDE) * PX, PX, PX);
    }
  }, [value]);
  const paint = (e: PointerEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    onChange(stamp(value ?? new Float64Array(SIDE * SIDE), ((e.clientX - r.left) / r.width) * SIDE, ((e.clientY - r.top) / r.height) * SIDE));
  };
  return (
    <div className="ga-ae-pad">
      <canvas ref={ref} width={SIDE * PX} height={SIDE * PX} className="ga-ae-pad__canvas" data-testid="ae-pad" role="img" aria-label={m.padLabel}
        onPointerDown={(e) => { drawing.current = true; e.currentTarget.setPointerCapture?.(e.pointerId); paint(e); }}
        onPointerMove={(e) => { if (drawing.current) paint(e); }}
        onPointerUp={() => { drawing.current = false; }} onPointerCancel={() => { drawing.current = false; }} />
      <button type="button" className="ga-button" onClick={() => onChange(null)} data-testid="ae-pad-clear">{m.clear}</button>
    </div>
  );
}
