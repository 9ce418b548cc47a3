import { useEffect, useRef } from 'react';
import { color as parseColor } from 'd3';
import { divergingColor, sequentialColor } from './palettes';

/** Props of {@link PixelMap}. */
export interface PixelMapProps {
  /** rows × cols values, row-major. Non-finite values are drawn grey. */
  values: ArrayLike<number>;
  rows: number;
  cols: number;
  /** Accessible name (the canvas is an image). */
  label: string;
  /** `'diverging'` for signed values (symmetric domain), `'sequential'` (viridis) for magnitudes. */
  scale: 'diverging' | 'sequential';
  /** Colour domain; default: symmetric max |v| (diverging) or [min, max] (sequential). */
  domain?: readonly [number, number];
  /** Displayed width in CSS pixels (height follows the aspect ratio). Default 96. */
  size?: number;
  'data-testid'?: string;
}

function rgb(css: string): [number, number, number] {
  const c = parseColor(css)?.rgb();
  return c ? [c.r, c.g, c.b] : [154, 154, 154];
}

/**
 * A small matrix as pixels on a canvas (one pixel per value, scaled up crisply): for images,
 * feature maps and filters where thousands of SVG cells would be too heavy. Same palettes as Heatmap.
 */
export function PixelMap({ values, rows, cols, label, scale, domain, size = 96, ...rest }: PixelMapProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < rows * cols; i++) {
      const v = values[i];
      if (Number.isFinite(v)) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
    }
    const [dlo, dhi] = domain ?? [lo, hi];
    const m = Math.max(Math.abs(dlo), Math.abs(dhi));
    const img = ctx.createImageData(cols, rows);
    for (let i = 0; i < rows * cols; i++) {
      const v = values[i];
      const [r, g, b] = rgb(scale === 'diverging' ? divergingColor(v, m) : sequentialColor(v, dlo, dhi > dlo ? dhi : dlo + 1));
      img.data.set([r, g, b, 255], i * 4);
    }
    ctx.putImageData(img, 0, 0);
  }, [values, rows, cols, scale, domain]);
  return (
    <canvas ref={ref} width={cols} height={rows} role="img" aria-label={label} data-testid={rest['data-testid']}
      style={{ width: size, height: (size * rows) / cols, imageRendering: 'pixelated', border: '1px solid var(--border)' }} />
  );
}
