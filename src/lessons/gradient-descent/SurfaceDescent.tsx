import { useMemo } from 'react';
import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import { texNum, texVector } from '../../lib/texNumber';
import {
  REGRESSION_DATA, flattenRegPoints, hessianMaxEig, runGradientDescent, unflattenRegPoints, type RegPoint,
} from '../../models/gradientDescent';
import { Notice } from '../../ui/Notice';
import { NumberField } from '../../ui/NumberField';
import { useWidgetActive } from '../../ui/PresenterContext';
import { StepControls } from '../../ui/StepControls';
import { ScrollTex } from '../../ui/ScrollTex';
import { useStepper } from '../../ui/useStepper';
import { ContourPlot } from '../../viz/ContourPlot';
import { PointBoard } from '../../viz/PointBoard';
import { gdMessages } from './messages';
import { BOX, MAX_POINTS, type Params } from './params';
import { downhill, surfaceFor } from './surfaceView';

interface Props { params: Params; set: (patch: Partial<Params>) => void }

export const ITERATIONS = 150;
/** Presets as multiples of 1/λ_max (stable below 2). */
const PRESETS = [['tooSmall', 0.05], ['good', 0.9], ['oscillates', 1.85], ['diverges', 2.15]] as const;

const pair = (a: number, b: number) => texVector([a, b]);

/** ∇E and the update w ← w − η∇E with the live numbers. */
function stepTex(w: readonly number[], grad: readonly number[], eta: number, next: readonly number[]): string {
  const g = pair(grad[0], grad[1]);
  return `\\nabla E = \\Big(\\textstyle\\sum_d (t_d - o_d)(-1),\\ \\sum_d (t_d - o_d)(-x_d)\\Big) = ${g},\\quad `
    + `\\mathbf{w} \\leftarrow ${pair(w[0], w[1])} - ${texNum(eta)}\\cdot${g} = ${pair(next[0], next[1])}`;
}

export function regPoints(p: Params): RegPoint[] {
  return p.rp.length >= 2 ? unflattenRegPoints(p.rp) : [...REGRESSION_DATA];
}

export function useSurface(points: RegPoint[]) {
  const key = flattenRegPoints(points).join(',');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` captures the points
  return useMemo(() => surfaceFor(points), [key]);
}

/** Batch gradient descent on the linear unit: data and line on the left, the error surface and path on the right. */
export function SurfaceDescent({ params: p, set }: Props) {
  const m = useMessages(gdMessages);
  const points = regPoints(p);
  const surface = useSurface(points);
  const key = `${flattenRegPoints(points).join(',')}|${p.eta}`;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` captures every input of the run
  const run = useMemo(() => runGradientDescent(points, { mode: 'batch', eta: p.eta, epochs: ITERATIONS, start: surface.start }), [key, surface]);
  const stepper = useStepper({ count: run.path.length, index: p.gs, onIndexChange: (gs) => set({ gs }), baseIntervalMs: 250 });
  const k = stepper.index;
  const w = run.path[k];
  const grad = k < run.grads.length ? run.grads[k] : null;
  const next = grad ? [w[0] - p.eta * grad[0], w[1] - p.eta * grad[1]] : null;
  const lambda = hessianMaxEig(points);
  const edit = (next: RegPoint[]) => set({ rp: flattenRegPoints(next.slice(0, MAX_POINTS)), gs: 0 });
  const label = (i: number) => fmt(i === 0 ? m.gdStart : m.gdStep, { k: i, w0: formatNumber(run.path[i][0], 3), w1: formatNumber(run.path[i][1], 3), e: formatNumber(run.error[i], 4) });
  return (
    <div className="ga-gd">
      <div className="ga-controls">
        <NumberField label={m.eta} value={p.eta} onChange={(eta) => set({ eta })} min={0.0001} max={10} step={0.005} data-testid="eta" />
        <div className="ga-gd__presets" role="group" aria-label={m.presets}>
          <span className="ga-field__label">{m.presets}</span>
          {PRESETS.map(([name, f]) => (
            <button key={name} type="button" className="ga-button" data-testid={`preset-${name}`}
              onClick={() => set({ eta: Number((f / lambda).toPrecision(3)), gs: 0 })}>{m[name]}</button>
          ))}
        </div>
        <button type="button" className="ga-button" disabled={p.rp.length === 0} onClick={() => set({ rp: [], gs: 0 })}>{m.resetData}</button>
      </div>
      <div className="ga-gd__pair">
        <PointBoard title={m.dataTitle} points={points.map((q) => ({ x: q.x, y: q.t }))} xDomain={[-BOX, BOX]} yDomain={[-BOX, BOX]}
          line={{ a: w[1], b: -1, c: w[0] }} xLabel="x" yLabel="t" width={380} height={380} data-testid="reg-board"
          onAdd={(x, t) => edit([...points, { x, t }])} onMove={(i, x, t) => edit(points.map((q, j) => (j === i ? { x, t } : q)))}
          onRemove={(i) => points.length > 2 && edit(points.filter((_, j) => j !== i))} />
        <ContourPlot title={m.surfaceChart} values={surface.values} n={surface.n} xDomain={surface.w0} yDomain={surface.w1}
          levels={surface.levels} xLabel="w₀" yLabel="w₁" width={420} height={380} marks={[surface.minimum]} data-testid="gd-paths"
          trajectories={[{ id: 'gd', label: `η = ${formatNumber(p.eta, 4)}`, color: 'var(--series-1)', points: run.path.slice(0, k + 1) }]}
          arrow={grad ? { at: w, vector: downhill(grad, 0.8), label: '−∇E' } : null} />
      </div>
      {grad && next && (
        <ScrollTex label={m.stepFormula} math={stepTex(w, grad, p.eta, next)} />
      )}
      <p className="ga-readout">
        w = (<output data-testid="gd-w0" data-value={w[0]}>{formatNumber(w[0], 4)}</output>, <output data-testid="gd-w1" data-value={w[1]}>{formatNumber(w[1], 4)}</output>)
        {' · '}{m.errorNow}: <output data-testid="gd-error">{formatNumber(run.error[k], 4)}</output>
      </p>
      <StepControls stepper={stepper} label={label} globalKeys={useWidgetActive()} />
      {run.divergedAt !== null && k === run.path.length - 1 && (
        <Notice kind="warn" data-testid="gd-status">{fmt(m.diverged, { n: run.divergedAt })}</Notice>
      )}
    </div>
  );
}
