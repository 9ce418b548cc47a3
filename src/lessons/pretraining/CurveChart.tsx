/** A small line chart for this lesson's live curves (re-training, fine-tuning): d3-free, since the full plot component would take the lesson over its size budget. */
export interface Curve { id: string; label: string; points: readonly [number, number][]; dashed?: boolean }

const W = 440, H = 220, L = 44, R = 12, T = 12, B = 34;

function niceTicks(lo: number, hi: number, n = 4): number[] {
  const span = hi - lo || 1;
  const raw = span / n;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * mag).find((s) => span / s <= n + 1) ?? raw;
  const out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + 1e-9; v += step) out.push(+v.toPrecision(6));
  return out;
}

export function CurveChart({ title, curves, xMax, xLabel, yLabel, testId }: { title: string; curves: readonly Curve[]; xMax: number; xLabel: string; yLabel: string; testId?: string }) {
  const ys = curves.flatMap((c) => c.points.map((p) => p[1])).filter(Number.isFinite);
  const lo0 = ys.length ? Math.min(...ys) : 0, hi0 = ys.length ? Math.max(...ys) : 1;
  const pad = (hi0 - lo0) * 0.08 || Math.abs(hi0) * 0.1 || 0.1;
  const lo = Math.max(0, lo0 - pad), hi = hi0 + pad;
  const x = (s: number) => L + ((W - L - R) * s) / Math.max(1, xMax);
  const y = (v: number) => H - B - ((H - T - B) * (v - lo)) / (hi - lo || 1);
  const path = (c: Curve) => c.points.map((p, i) => `${i ? 'L' : 'M'}${x(p[0]).toFixed(1)},${y(p[1]).toFixed(1)}`).join('');
  return (
    <figure className="ga-pt-chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} className="ga-pt-curves" role="img" aria-label={`${title}: ${curves.map((c) => c.label).join(', ')}`}>
        {niceTicks(lo, hi).map((v) => (
          <g key={v}><line x1={L} x2={W - R} y1={y(v)} y2={y(v)} className="ga-pt-grid" /><text x={L - 4} y={y(v) + 4} textAnchor="end">{v}</text></g>
        ))}
        {niceTicks(0, xMax).map((s) => <text key={s} x={x(s)} y={H - B + 14} textAnchor="middle">{s}</text>)}
        <text x={(L + W - R) / 2} y={H - 4} textAnchor="middle">{xLabel}</text>
        <text x={10} y={(T + H - B) / 2} textAnchor="middle" transform={`rotate(-90 10 ${(T + H - B) / 2})`}>{yLabel}</text>
        {curves.map((c, i) => (
          <g key={c.id}>
            <path d={path(c)} className={`ga-pt-line ga-pt-line--s${i + 1}`} strokeDasharray={c.dashed ? '6 3' : undefined} />
            {c.points.length === 1 && <circle cx={x(c.points[0][0])} cy={y(c.points[0][1])} r={3} className={`ga-pt-dot--s${i + 1}`} />}
          </g>
        ))}
      </svg>
      <ul className="ga-pt-legend ga-pt-legend--row">
        {curves.map((c, i) => <li key={c.id}><span className={`ga-pt-swatch ga-pt-swatch--s${i + 1}${c.dashed ? ' ga-pt-swatch--dashed' : ''}`} aria-hidden="true" />{c.label}</li>)}
      </ul>
    </figure>
  );
}
