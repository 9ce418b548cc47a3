import { useMemo } from 'react';
import { useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import { flattenRegPoints, runGradientDescent, type GdMode, type GdRun } from '../../models/gradientDescent';
import { NumberField } from '../../ui/NumberField';
import { useWidgetActive } from '../../ui/PresenterContext';
import { StepControls } from '../../ui/StepControls';
import { useStepper } from '../../ui/useStepper';
import { ContourPlot } from '../../viz/ContourPlot';
import { FunctionPlot } from '../../viz/FunctionPlot';
import { gdMessages } from './messages';
import type { Params } from './params';
import { regPoints, useSurface } from './SurfaceDescent';

interface Props { params: Params; set: (patch: Partial<Params>) => void }

const MODES: GdMode[] = ['batch', 'stochastic', 'minibatch'];
const COLORS: Record<GdMode, string> = { batch: 'var(--series-1)', stochastic: 'var(--series-2)', minibatch: 'var(--series-3)' };

/** Points of a run up to epoch `e` (inclusive). */
const upTo = (run: GdRun, e: number) => run.path.filter((_, i) => run.epoch[i] <= e + 1e-9);
/** Updates that raised the error: the noise of the method. */
const ups = (run: GdRun) => run.error.filter((v, i) => i > 0 && v > run.error[i - 1] + 1e-12).length;

function DeckTable() {
  const m = useMessages(gdMessages);
  const rows: [string, string][] = [[m.batch, m.deckBatch], [m.stochastic, m.deckSgd], [m.minibatch, m.deckMini]];
  return (
    <table className="ga-table" data-testid="deck-table">
      <caption>{m.deckTable}</caption>
      <thead><tr><th scope="col">{m.colMethod}</th><th scope="col">{m.colAccuracy}</th><th scope="col">{m.colSpeed}</th><th scope="col">{m.colMemory}</th><th scope="col">{m.colOnline}</th></tr></thead>
      <tbody>{rows.map(([name, cells]) => <tr key={name}><th scope="row">{name}</th>{cells.split('|').map((c, i) => <td key={i}>{c}</td>)}</tr>)}</tbody>
    </table>
  );
}

function MeasuredTable({ runs, e }: { runs: Record<GdMode, GdRun>; e: number }) {
  const m = useMessages(gdMessages);
  return (
    <table className="ga-table" data-testid="measured-table">
      <caption>{m.measuredTable}</caption>
      <thead><tr><th scope="col">{m.colMethod}</th><th scope="col">{m.colIterPerEpoch}</th><th scope="col">{m.colIterations}</th><th scope="col">{m.colExamples}</th><th scope="col">{m.colFinal}</th><th scope="col">{m.colUps}</th></tr></thead>
      <tbody>
        {MODES.map((mode) => {
          const r = runs[mode];
          const n = upTo(r, e).length - 1;
          return (
            <tr key={mode} data-testid={`measured-${mode}`}>
              <th scope="row">{m[mode]}</th><td>{r.iterationsPerEpoch}</td><td data-testid={`iters-${mode}`}>{n}</td><td>{r.batchSize}</td>
              <td data-testid={`final-${mode}`}>{formatNumber(r.error[n], 4)}</td><td>{ups({ ...r, error: r.error.slice(0, n + 1) })}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Batch, stochastic and mini-batch descent from the same start with the same η, stepped epoch by epoch. */
export function VariantsCompare({ params: p, set }: Props) {
  const m = useMessages(gdMessages);
  const points = regPoints(p);
  const surface = useSurface(points);
  const key = `${flattenRegPoints(points).join(',')}|${p.vEta}|${p.vB}|${p.vEp}`;
  const runs = useMemo(() => Object.fromEntries(MODES.map((mode) => [mode, runGradientDescent(points,
    { mode, eta: p.vEta, epochs: p.vEp, start: surface.start, batchSize: p.vB, seed: 7 })])) as Record<GdMode, GdRun>,
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` captures every input of the runs
  [key, surface]);
  const stepper = useStepper({ count: p.vEp + 1, index: Math.min(p.vE, p.vEp), onIndexChange: (vE) => set({ vE }), baseIntervalMs: 500 });
  const e = stepper.index;
  const loss = MODES.map((mode) => ({
    id: mode, label: m[mode], color: COLORS[mode],
    points: runs[mode].error.map((v, i) => [runs[mode].epoch[i], v] as [number, number]).filter(([x]) => x <= e + 1e-9),
  }));
  return (
    <div className="ga-gd">
      <div className="ga-controls">
        <NumberField label={m.eta} value={p.vEta} onChange={(vEta) => set({ vEta })} min={0.0001} max={10} step={0.005} data-testid="v-eta" />
        <NumberField label={m.batchSize} value={p.vB} onChange={(vB) => set({ vB })} min={1} max={40} integer data-testid="v-b" />
        <NumberField label={m.epochs} value={p.vEp} onChange={(vEp) => set({ vEp, vE: vEp })} min={1} max={200} integer data-testid="v-ep" />
      </div>
      <div className="ga-gd__pair">
        <ContourPlot title={m.surfaceChart} values={surface.values} n={surface.n} xDomain={surface.w0} yDomain={surface.w1} levels={surface.levels}
          xLabel="w₀" yLabel="w₁" width={420} height={380} marks={[surface.minimum]} data-testid="variant-paths"
          trajectories={MODES.map((mode) => ({ id: mode, label: m[mode], color: COLORS[mode], points: upTo(runs[mode], e) }))} />
        <FunctionPlot title={m.lossTitle} series={loss} xDomain={[0, p.vEp]} xLabel={m.epochAxis} yLabel={m.errorAxis} width={420} height={380} />
      </div>
      <StepControls stepper={stepper} label={(k) => `${m.epochAxis} ${k}`} globalKeys={useWidgetActive()} />
      <p>{m.variantsNote}</p>
      <div className="ga-gd__tables">
        <DeckTable />
        <MeasuredTable runs={runs} e={e} />
      </div>
    </div>
  );
}
