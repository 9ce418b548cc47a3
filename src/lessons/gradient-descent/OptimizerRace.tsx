import { useMemo } from 'react';
import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import { RACERS, RACER_SETS, RACER_SET_NAMES, raceSurface, type RaceResult, type RacerSet, type TestFunctionName, TEST_FUNCTION_NAMES } from '../../models/gradientDescentRace';
import { Notice } from '../../ui/Notice';
import { NumberField } from '../../ui/NumberField';
import { useWidgetActive } from '../../ui/PresenterContext';
import { Select } from '../../ui/Select';
import { StepControls } from '../../ui/StepControls';
import { Tex } from '../../ui/Tex';
import { useStepper } from '../../ui/useStepper';
import { ContourPlot } from '../../viz/ContourPlot';
import { FunctionPlot } from '../../viz/FunctionPlot';
import { gdMessages } from './messages';
import { RACE_STEPS, RACER_LR_KEYS, type Params } from './params';
import { RaceRules } from './RaceRules';
import { RACER_COLORS, RACER_DASHED, logLossFor, lossSeries, racerStop } from './raceView';
import { useRace } from './useRace';
import { useRacerLabels } from './useRacerLabels';

interface Props { params: Params; set: (patch: Partial<Params>) => void }

/** 300 steps in about ten seconds at speed 1. */
const STEP_MS = 33;

function RacerLearningRates({ params: p, set, race }: Props & { race: RaceResult | null }) {
  const m = useMessages(gdMessages);
  const labels = useRacerLabels();
  return (
    <div className="ga-controls ga-race__rates">
      {RACER_SETS[p.rs].map((name) => {
        const key = RACER_LR_KEYS[name];
        const shown = p[key] >= 0 ? p[key] : race?.runs.find((r) => r.name === name)?.hyper.lr ?? 0;
        return (
          <NumberField key={`${p.fn}-${name}`} label={name === 'adadelta' ? m.lrAdadelta : fmt(m.lrOf, { name: labels[name] })}
            value={shown} onChange={(v) => set({ [key]: v })} min={0} max={100} step={shown / 2 || 0.001} size={7}
            data-testid={`lr-${name}`} />
        );
      })}
    </div>
  );
}

/** The engine optimizers (the seven classics, or Adam's family) from one start on a 2-D test function: paths, loss curves, live state. */
export function OptimizerRace({ params: p, set }: Props) {
  const m = useMessages(gdMessages);
  const labels = useRacerLabels();
  const { race, error, pending } = useRace(p);
  // Domains are memoised with the surface: new arrays would make the contour plot recompute its bands every step.
  const surface = useMemo(() => {
    const s = raceSurface(p.fn);
    return { ...s, xDomain: [s.view.xMin, s.view.xMax] as [number, number], yDomain: [s.view.yMin, s.view.yMax] as [number, number] };
  }, [p.fn]);
  const stepper = useStepper({ count: RACE_STEPS + 1, index: p.ri, onIndexChange: (ri) => set({ ri }), baseIntervalMs: STEP_MS, keepPace: true });
  const k = stepper.index;
  const resetRates = Object.fromEntries(RACERS.map((n) => [RACER_LR_KEYS[n], -1]));
  const fnOptions = TEST_FUNCTION_NAMES.map((value) => ({ value, label: m[value] }));
  const setOptions = RACER_SET_NAMES.map((value) => ({ value, label: value === 'classic' ? m.setClassic : m.setAdam }));
  return (
    <div className="ga-race">
      <div className="ga-controls">
        <Select label={m.fn} value={p.fn} options={fnOptions} data-testid="race-fn"
          onChange={(fn: TestFunctionName) => set({ fn, ri: 0, ...resetRates })} />
        <Select label={m.racerSet} value={p.rs} options={setOptions} data-testid="race-set"
          onChange={(rs: RacerSet) => set({ rs, ri: 0 })} />
        <div className="ga-race__formula"><Tex math={surface.tex} /></div>
      </div>
      <RacerLearningRates params={p} set={set} race={race} />
      {error && <Notice kind="error">{fmt(m.raceFailed, { message: error })}</Notice>}
      <p role="status" className="ga-race__pending">{pending ? m.raceComputing : ''}</p>
      <div className="ga-gd__pair">
        <ContourPlot title={m.raceChart} values={surface.values} n={surface.n} xDomain={surface.xDomain} yDomain={surface.yDomain}
          levels={surface.levels} xLabel="x" yLabel="y" width={520} height={440} marks={surface.minima} data-testid="race-paths"
          trajectories={(race?.runs ?? []).map((run) => ({
            id: run.name, label: labels[run.name], color: RACER_COLORS[run.name], dashed: RACER_DASHED[run.name], points: run.path.slice(0, k + 1),
          }))} />
        {race && (
          <FunctionPlot title={m.raceLoss} series={lossSeries(race, k, labels)} xDomain={[0, RACE_STEPS]} xLabel={m.stepAxis}
            yLabel={logLossFor(race) ? m.raceLossLog : m.raceLossLin} width={460} height={440} digits={3} />
        )}
      </div>
      <StepControls stepper={stepper} label={(i) => fmt(m.raceStep, { k: i })} globalKeys={useWidgetActive()} />
      {race && <RaceTable race={race} k={k} />}
      {race && <RaceRules race={race} k={k} />}
    </div>
  );
}

function RaceTable({ race, k }: { race: RaceResult; k: number }) {
  const m = useMessages(gdMessages);
  const labels = useRacerLabels();
  return (
    <table className="ga-table ga-race__table" data-testid="race-table" tabIndex={0} aria-label={m.raceTable}>
      <thead><tr><th scope="col">{m.colOptimizer}</th><th scope="col">{m.colPosition}</th><th scope="col">{m.colLoss}</th><th scope="col">{m.colStatus}</th></tr></thead>
      <tbody>
        {race.runs.map((run) => {
          const i = Math.min(k, run.path.length - 1);
          const [x, y] = run.path[i];
          const stop = racerStop(run);
          const stopped = stop && k >= stop.step;
          return (
            <tr key={run.name} data-testid={`racer-${run.name}`} data-x={x} data-y={y} data-f={run.loss[i]}>
              <th scope="row"><span className="ga-race__swatch" style={{ background: RACER_COLORS[run.name] }} aria-hidden="true" />{labels[run.name]}</th>
              <td>({formatNumber(x, 3)}, {formatNumber(y, 3)})</td>
              <td>{formatNumber(run.loss[i], 4)}</td>
              <td data-testid={`racer-status-${run.name}`}>
                {stopped ? fmt(stop.kind === 'escaped' ? (race.fn === 'saddle' ? m.racerEscaped : m.racerLeft) : m.racerDiverged, { n: stop.step }) : '✓'}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
