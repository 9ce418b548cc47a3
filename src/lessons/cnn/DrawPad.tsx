import { useEffect, useId, useRef, useState, type PointerEvent } from 'react';
import { fmt, useMessages } from '../../i18n';
import type { MnistData } from '../../data';
import { Notice } from '../../ui/Notice';
import { NumberField } from '../../ui/NumberField';
import { sequentialColor } from '../../viz/palettes';
import { imageFileToDigit, UploadProblem } from './imageUpload';
import { cnnMessages } from './messages';

const SIDE = 28;
const PX = 10;

/** Adds ink around (x, y) in cell units with a soft round brush. */
export function stamp(img: Float64Array, x: number, y: number): Float64Array {
  const next = Float64Array.from(img);
  for (let r = Math.floor(y - 2); r <= Math.ceil(y + 2); r++) {
    for (let c = Math.floor(x - 2); c <= Math.ceil(x + 2); c++) {
      if (r < 0 || c < 0 || r >= SIDE || c >= SIDE) continue;
      const d = Math.hypot(r + 0.5 - y, c + 0.5 - x);
      const ink = d <= 0.9 ? 1 : Math.max(0, 1 - (d - 0.9) / 1.1);
      next[r * SIDE + c] = Math.max(next[r * SIDE + c], ink);
    }
  }
  return next;
}

interface Props { value: Float64Array | null; onChange: (img: Float64Array | null) => void; digits: MnistData | null }

/** A 28×28 pad: draw with mouse, pen or touch; or load a test digit by number (keyboard); or read an image file. */
export function DrawPad({ value, onChange, digits }: Props) {
  const m = useMessages(cnnMessages);
  const ref = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const fileId = useId();
  const [sample, setSample] = useState(7);
  const [upload, setUpload] = useState<string | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);

  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    for (let i = 0; i < SIDE * SIDE; i++) {
      ctx.fillStyle = sequentialColor(value?.[i] ?? 0, 0, 1);
      ctx.fillRect((i % SIDE) * PX, Math.floor(i / SIDE) * PX, PX, PX);
    }
  }, [value]);

  const at = (e: PointerEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    return { x: ((e.clientX - r.left) / r.width) * SIDE, y: ((e.clientY - r.top) / r.height) * SIDE };
  };
  const paint = (e: PointerEvent<HTMLCanvasElement>) => {
    const { x, y } = at(e);
    onChange(stamp(value ?? new Float64Array(SIDE * SIDE), x, y));
  };
  const loadSample = () => {
    if (!digits) return;
    onChange(Float64Array.from(digits.test.images.subarray(sample * 784, sample * 784 + 784), (v) => v / 255));
  };
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setUploadError(null);
    try {
      onChange(await imageFileToDigit(file));
      setUpload(file.name);
    } catch (err) {
      const code = err instanceof UploadProblem ? err.code : 'decode';
      setUploadError(fmt(code === 'notImage' ? m.uploadNotImage : code === 'tooLarge' ? m.uploadTooLarge : m.uploadDecode, { name: file.name }));
    }
  };
  return (
    <div className="ga-cnn-pad">
      <canvas ref={ref} width={SIDE * PX} height={SIDE * PX} className="ga-cnn-pad__canvas" data-testid="draw-pad"
        role="img" aria-label={m.padLabel}
        onPointerDown={(e) => { drawing.current = true; e.currentTarget.setPointerCapture?.(e.pointerId); paint(e); }}
        onPointerMove={(e) => { if (drawing.current) paint(e); }}
        onPointerUp={() => { drawing.current = false; }} onPointerCancel={() => { drawing.current = false; }} />
      <div className="ga-cnn-pad__tools">
        <button type="button" className="ga-button" onClick={() => onChange(null)} data-testid="pad-clear">{m.clear}</button>
        <NumberField label={m.sampleDigit} value={sample} min={0} max={1999} integer onChange={setSample} data-testid="pad-sample" />
        <button type="button" className="ga-button" onClick={loadSample} disabled={!digits} data-testid="pad-load">{m.loadSample}</button>
        <div className="ga-field">
          <label className="ga-field__label" htmlFor={fileId}>{m.uploadLabel}</label>
          <input id={fileId} type="file" accept="image/*" data-testid="pad-upload" onChange={(e) => { void onFile(e.target.files?.[0]); e.target.value = ''; }} />
        </div>
        <p className="ga-cnn-note">{m.uploadPrivacy}</p>
        {uploadError && <Notice kind="error" data-testid="upload-error">{uploadError}</Notice>}
        {upload && !uploadError && <p className="ga-cnn-note">{fmt(m.uploadDone, { name: upload })}</p>}
      </div>
    </div>
  );
}
