import { useEffect, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import { aeMessages } from './messages';

/**
 * Paul Tol's "muted" scheme (colour-blind safe) with a dark grey for the tenth class; each point is
 * drawn as its digit, so the class can be read without the colour too.
 */
export const DIGIT_COLORS = ['#332288', '#88CCEE', '#44AA99', '#117733', '#999933', '#DDCC77', '#CC6677', '#882255', '#AA4499', '#555555'];

export interface Bounds { x0: number; x1: number; y0: number; y1: number }

/** A square window around the codes (10 % margin), or [−1, 1]² when there are none. */
export function boundsOf(latent: readonly number[]): Bounds {
  let x0 = Infinity; let x1 = -Infinity; let y0 = Infinity; let y1 = -Infinity;
  for (let k = 0; k + 1 < latent.length; k += 2) {
    const x = latent[k]; const y = latent[k + 1];
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y);
  }
  if (!(x1 > x0) || !(y1 > y0)) return { x0: -1, x1: 1, y0: -1, y1: 1 };
  const side = Math.max(x1 - x0, y1 - y0) * 1.1;
  const cx = (x0 + x1) / 2; const cy = (y0 + y1) / 2;
  return { x0: cx - side / 2, x1: cx + side / 2, y0: cy - side / 2, y1: cy + side / 2 };
}

interface Props {
  latent: readonly number[];
  labels: ArrayLike<number>;
  bounds: Bounds;
  picked: [number, number] | null;
  /** The student's drawing's code, drawn as a ring. */
  mine: [number, number] | null;
  onPick: (z: [number, number]) => void;
}

const SIZE = 420;

/** The 2-D code plane: test digits coloured by class; click (or arrows + Enter) picks a point to decode. */
export function LatentMap({ latent, labels, bounds: b, picked, mine, onPick }: Props) {
  const m = useMessages(aeMessages);
  const ref = useRef<HTMLCanvasElement>(null);
  const toPx = (x: number, y: number) => [((x - b.x0) / (b.x1 - b.x0)) * SIZE, (1 - (y - b.y0) / (b.y1 - b.y0)) * SIZE];
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    ctx.clearRect(0, 0, SIZE, SIZE);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, SIZE, SIZE);
    ctx.font = 'bold 11px sans-serif';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    for (let k = 0; 2 * k + 1 < latent.length; k++) {
      const [px, py] = toPx(latent[2 * k], latent[2 * k + 1]);
      ctx.fillStyle = DIGIT_COLORS[labels[k]] ?? '#000';
      ctx.fillText(String(labels[k]), px, py);
    }
    const ring = (z: [number, number] | null, colour: string, r: number) => {
      if (!z) return;
      const [px, py] = toPx(z[0], z[1]);
      ctx.strokeStyle = colour;
      ctx.lineWidth = 3;
      ctx.beginPath();
      ctx.arc(px, py, r, 0, 2 * Math.PI);
      ctx.stroke();
    };
    ring(picked, '#000000', 9);
    ring(mine, '#CC3311', 12);
  });
  const click = (e: MouseEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    const fx = (e.clientX - r.left) / r.width;
    const fy = (e.clientY - r.top) / r.height;
    onPick([b.x0 + fx * (b.x1 - b.x0), b.y1 - fy * (b.y1 - b.y0)]);
  };
  const key = (e: KeyboardEvent<HTMLCanvasElement>) => {
    const step = (b.x1 - b.x0) / 20;
    const cur = picked ?? [(b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2];
    const moves: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
    const d = moves[e.key];
    if (!d && e.key !== 'Enter') return;
    e.preventDefault();
    e.stopPropagation();
    onPick([cur[0] + (d?.[0] ?? 0), cur[1] + (d?.[1] ?? 0)]);
  };
  return (
    <figure className="ga-ae-map">
      <canvas ref={ref} width={SIZE} height={SIZE} className="ga-ae-map__canvas" data-testid="latent-map" tabIndex={0}
        role="img" aria-label={fmt(m.mapLabel, { n: latent.length / 2 })} onClick={click} onKeyDown={key} />
      <figcaption>
        {m.mapCaption}{' '}
        <span className="ga-ae-axes">z₁ {formatNumber(b.x0, 1)} … {formatNumber(b.x1, 1)}, z₂ {formatNumber(b.y0, 1)} … {formatNumber(b.y1, 1)}</span>
        <ul className="ga-ae-legend" aria-label={m.legend}>
          {DIGIT_COLORS.map((c, d) => <li key={d}><span className="ga-ae-swatch" style={{ background: c }} aria-hidden="true" />{d}</li>)}
        </ul>
      </figcaption>
    </figure>
  );
}
