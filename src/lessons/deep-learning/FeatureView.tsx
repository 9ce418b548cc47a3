import { useMemo } from 'react';
import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import type { Values } from '../../lib/urlParams';
import type { MnistData } from '../../data';
import { digitFeatures, SCAN_LINES, SIDE, type FeatureGroup } from '../../models/digitFeatures';
import { NumberField } from '../../ui/NumberField';
import { groupName } from './DigitCompare';
import { dlMessages } from './messages';
import type { DlSchema } from './params';

type Params = Values<DlSchema>;
const CELL = 10;
const D = SIDE * CELL;
const BAR = 64;

/** The hand-made features of one test digit, drawn on it: what the "features" model is given instead of pixels. */
export function FeatureView({ params: p, set, data }: { params: Params; set: (patch: Partial<Params>) => void; data: MnistData | null }) {
  const m = useMessages(dlMessages);
  const pixels = useMemo(() => (data ? Float64Array.from(data.test.images.subarray(p.dg * 784, p.dg * 784 + 784), (v) => v / 255) : null), [data, p.dg]);
  const f = useMemo(() => (pixels ? digitFeatures(pixels) : null), [pixels]);
  const on = (g: FeatureGroup) => p.feat.includes(g);
  const op = (g: FeatureGroup) => (on(g) ? 1 : 0.2);
  return (
    <div className="ga-dl-featview">
      <NumberField label={m.digitIndex} value={p.dg} min={0} max={1999} integer onChange={(dg) => set({ dg })} data-testid="feat-digit" />
      {!f || !pixels || !data ? <p className="ga-dl-muted">{m.digitsLoading}</p> : (
        <div className="ga-dl-row">
          <svg viewBox={`-40 -40 ${D + BAR + 60} ${D + BAR + 60}`} width={420} className="ga-dl-featsvg" role="img"
            aria-label={fmt(m.featPictureLabel, { label: data.test.labels[p.dg], holes: f.holes })} data-testid="feature-picture">
            {Array.from(pixels, (v, i) => v > 0.02 && (
              <rect key={i} x={(i % SIDE) * CELL} y={Math.floor(i / SIDE) * CELL} width={CELL} height={CELL} fill="var(--fg)" fillOpacity={v} />
            ))}
            <rect x={0} y={0} width={D} height={D} fill="none" stroke="var(--border)" />
            <g opacity={op('holes')}>
              {Array.from(f.holeMask, (h, i) => h > 0 && (
                <rect key={i} x={(i % SIDE) * CELL} y={Math.floor(i / SIDE) * CELL} width={CELL} height={CELL} fill="var(--series-4)" fillOpacity={0.55} />
              ))}
            </g>
            <g opacity={op('rows')}>
              {f.rows.map((v, r) => <rect key={r} x={D + 6} y={r * CELL + 1} width={v * BAR * 1.5} height={CELL - 2} fill="var(--series-1)" />)}
            </g>
            <g opacity={op('cols')}>
              {f.cols.map((v, c) => <rect key={c} x={c * CELL + 1} y={D + 6} width={CELL - 2} height={v * BAR * 1.5} fill="var(--series-3)" />)}
            </g>
            <g opacity={op('crossings')} fontSize={14} fill="var(--series-2)">
              {SCAN_LINES.map((r, k) => (
                <g key={`r${r}`}>
                  <line x1={0} x2={D} y1={r * CELL + 5} y2={r * CELL + 5} stroke="var(--series-2)" strokeDasharray="5 4" strokeWidth={1.5} />
                  <text x={-8} y={r * CELL + 10} textAnchor="end">{f.crossings.rows[k]}</text>
                </g>
              ))}
              {SCAN_LINES.map((c, k) => (
                <g key={`c${c}`}>
                  <line y1={0} y2={D} x1={c * CELL + 5} x2={c * CELL + 5} stroke="var(--series-2)" strokeDasharray="2 4" strokeWidth={1.5} />
                  <text x={c * CELL + 5} y={-10} textAnchor="middle">{f.crossings.cols[k]}</text>
                </g>
              ))}
            </g>
            {f.box && (
              <rect opacity={op('box')} x={f.box.x0 * CELL} y={f.box.y0 * CELL} width={(f.box.x1 - f.box.x0 + 1) * CELL} height={(f.box.y1 - f.box.y0 + 1) * CELL}
                fill="none" stroke="var(--series-5)" strokeWidth={2} />
            )}
            <g opacity={op('centroid')} stroke="var(--series-2)" strokeWidth={3}>
              <line x1={f.centroid.x * CELL - 2} x2={f.centroid.x * CELL + 12} y1={f.centroid.y * CELL + 5} y2={f.centroid.y * CELL + 5} />
              <line x1={f.centroid.x * CELL + 5} x2={f.centroid.x * CELL + 5} y1={f.centroid.y * CELL - 2} y2={f.centroid.y * CELL + 12} />
            </g>
          </svg>
          <dl className="ga-dl-featlist" data-testid="feature-values">
            <dt className={on('ink') ? '' : 'ga-dl-off'}>{groupName(m, 'ink')}</dt><dd>{formatNumber(f.ink, 3)}</dd>
            <dt className={on('centroid') ? '' : 'ga-dl-off'}>{groupName(m, 'centroid')}</dt><dd>({formatNumber(f.centroid.x, 1)}, {formatNumber(f.centroid.y, 1)})</dd>
            <dt className={on('box') ? '' : 'ga-dl-off'}>{groupName(m, 'box')}</dt><dd>{f.box ? `${f.box.x1 - f.box.x0 + 1} × ${f.box.y1 - f.box.y0 + 1}` : '–'}</dd>
            <dt className={on('crossings') ? '' : 'ga-dl-off'}>{groupName(m, 'crossings')}</dt><dd>{f.crossings.rows.join(' ')} | {f.crossings.cols.join(' ')}</dd>
            <dt className={on('symmetry') ? '' : 'ga-dl-off'}>{groupName(m, 'symmetry')}</dt><dd>{formatNumber(f.symmetry.leftRight, 2)} / {formatNumber(f.symmetry.topBottom, 2)}</dd>
            <dt className={on('holes') ? '' : 'ga-dl-off'}>{groupName(m, 'holes')}</dt><dd data-testid="feature-holes">{f.holes}</dd>
            <dt>{m.trueLabel}</dt><dd>{data.test.labels[p.dg]}</dd>
          </dl>
        </div>
      )}
      <p className="ga-dl-muted">{m.featLegend}</p>
    </div>
  );
}
