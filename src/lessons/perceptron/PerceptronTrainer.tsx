import { useMemo } from 'react';
import { fmt, useMessages } from '../../i18n';
import type { Values } from '../../lib/urlParams';
import {
  PERCEPTRON_DATASETS, PERCEPTRON_DATASET_NAMES, flattenPoints, trainPerceptron, unflattenPoints, type LabeledPoint, type PerceptronRun,
} from '../../models/perceptron';
import { NumberField } from '../../ui/NumberField';
import { useWidgetActive } from '../../ui/PresenterContext';
import { Select } from '../../ui/Select';
import { Slider } from '../../ui/Slider';
import { StepControls } from '../../ui/StepControls';
import { Segmented } from '../../ui/Toggle';
import { useStepper } from '../../ui/useStepper';
import { FunctionPlot } from '../../viz/FunctionPlot';
import { PointBoard } from '../../viz/PointBoard';
import { perceptronMessages } from './messages';
import { BOX, MAX_POINTS, type perceptronSchema } from './params';
import { StepPanel, TrainerStatus } from './StepPanel';
import { boundaryOf, trainerView } from './trainerView';

type Params = Values<typeof perceptronSchema>;
interface Props { params: Params; set: (patch: Partial<Params>) => void }
type Msgs = (typeof perceptronMessages)['en'];

/** The points on the board: the chosen data set until the student edits it. */
export function boardPoints(p: Params): LabeledPoint[] {
  return p.own ? unflattenPoints(p.pts) : [...PERCEPTRON_DATASETS[p.ds]];
}

function useRun(p: Params, points: LabeledPoint[]): PerceptronRun {
  const key = `${flattenPoints(points).join(',')}|${p.eta}|${p.seed}|${p.cap}`;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` captures every input of the run
  return useMemo(() => trainPerceptron(points, { eta: p.eta, seed: p.seed, maxEpochs: p.cap }), [key]);
}

/** Stepper over presentations (k) or over whole epochs, both stored as k in the URL. */
function useTrainerStepper(p: Params, run: PerceptronRun, n: number, k: number, set: Props['set'], m: Msgs) {
  const byEpoch = p.by === 'epoch' && n > 0;
  const epochs = run.epochMistakes.length;
  const stepper = useStepper({
    count: byEpoch ? epochs + 1 : run.steps.length + 1,
    index: byEpoch ? Math.floor(k / n) : k,
    onIndexChange: (i) => set({ k: byEpoch ? Math.min(i * n, run.steps.length) : i }),
    baseIntervalMs: byEpoch ? 900 : 700,
  });
  const label = (i: number) => {
    if (i === 0) return m.stepStart;
    if (byEpoch) return fmt(m.stepEpochEnd, { epoch: i });
    const s = run.steps[i - 1];
    return fmt(s.mistake ? m.stepMistake : m.stepRight, { epoch: s.epoch, example: s.example + 1 });
  };
  return { stepper, label };
}

function TrainerControls({ params: p, set, points }: Props & { points: LabeledPoint[] }) {
  const m = useMessages(perceptronMessages);
  const dsOptions = PERCEPTRON_DATASET_NAMES.map((d) => ({ value: d, label: m[d] }));
  return (
    <div className="ga-controls">
      <div className="ga-controls__column">
        <Select label={m.dataset} value={p.ds} options={dsOptions} onChange={(ds) => set({ ds, own: false, pts: [], k: 0 })} data-testid="dataset" />
        <Segmented label={m.addClass} value={p.pc} onChange={(pc) => set({ pc })}
          options={[{ value: 'pos', label: m.classPos }, { value: 'neg', label: m.classNeg }]} />
        <button type="button" className="ga-button" disabled={points.length === 0}
          onClick={() => set({ own: true, pts: [], k: 0 })}>{m.clear}</button>
      </div>
      <div className="ga-controls__column">
        <NumberField label={m.eta} value={p.eta} onChange={(eta) => set({ eta })} min={0.001} max={10} step={0.01} data-testid="eta" />
        <Slider label={m.etaSlider} value={Math.min(1, p.eta)} min={0.01} max={1} step={0.01} onChange={(eta) => set({ eta })} />
      </div>
      <div className="ga-controls__column">
        <NumberField label={m.seed} value={p.seed} onChange={(seed) => set({ seed })} min={0} max={9999} integer data-testid="seed" />
        <NumberField label={m.cap} value={p.cap} onChange={(cap) => set({ cap })} min={1} max={500} integer data-testid="cap" />
        <Segmented label={m.stepBy} value={p.by} onChange={(by) => set({ by })}
          options={[{ value: 'example', label: m.byExample }, { value: 'epoch', label: m.byEpoch }]} />
      </div>
    </div>
  );
}

/** Board, step-by-step training, counters, status and the weight history. */
export function PerceptronTrainer({ params: p, set }: Props) {
  const m = useMessages(perceptronMessages);
  const points = boardPoints(p);
  const run = useRun(p, points);
  const view = trainerView(run, points, p.k);
  const { stepper, label } = useTrainerStepper(p, run, points.length, view.k, set, m);
  const edit = (next: LabeledPoint[]) => set({ own: true, pts: flattenPoints(next.slice(0, MAX_POINTS)), k: 0 });
  const history = [0, 1, 2].map((j) => ({
    id: `w${j}`, label: `w${'₀₁₂'[j]}`, color: `var(--series-${j + 1})`,
    points: run.epochWeights.map((w, e) => [e, w[j]] as [number, number]),
  }));
  return (
    <div className="ga-perceptron">
      <TrainerControls params={p} set={set} points={points} />
      <div className="ga-perceptron__main">
        <PointBoard title={m.boardName} points={view.points} xDomain={[-BOX, BOX]} yDomain={[-BOX, BOX]} shade
          line={boundaryOf(view.weights)} previousLine={view.step?.mistake ? boundaryOf(view.step.before) : null}
          xLabel="x₁" yLabel="x₂" data-testid="board"
          onAdd={(x1, x2, other) => edit([...points, { x1, x2, t: (p.pc === 'pos') !== other ? 1 : -1 }])}
          onMove={(i, x1, x2) => edit(points.map((q, j) => (j === i ? { ...q, x1, x2 } : q)))}
          onRemove={(i) => edit(points.filter((_, j) => j !== i))} />
        <div className="ga-perceptron__panel">
          <StepPanel view={view} eta={p.eta} seed={p.seed} />
          <StepControls stepper={stepper} label={label} globalKeys={useWidgetActive()} />
          <TrainerStatus run={run} view={view} cap={p.cap} empty={points.length === 0} />
        </div>
      </div>
      {run.epochWeights.length > 1 && (
        <FunctionPlot title={m.historyTitle} series={history} xLabel={m.historyX} yLabel={m.historyY} width={560} height={240}
          markers={[{ x: view.epoch }]} />
      )}
    </div>
  );
}
