import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import type { Values } from '../../lib/urlParams';
import { gateTimeline } from '../../models/rnnGates';
import { DISTRACTORS, exampleSequence, KEYS, QUERY, VOCAB, type MemoryTask } from '../../models/rnnTask';
import { Notice } from '../../ui/Notice';
import { NumberField } from '../../ui/NumberField';
import { FunctionPlot } from '../../viz/FunctionPlot';
import { Heatmap } from '../../viz/Heatmap';
import { seriesColor } from '../../viz/palettes';
import { rnnMessages } from './messages';
import type { rnnSchema } from './params';
import { useTrainingRun } from '../../state/useTrainingRun';

type Params = Values<typeof rnnSchema>;
interface Props { params: Params; set: (patch: Partial<Params>) => void }

const HIDDEN = 16;
const KEY_NAMES = ['A', 'B', 'C', 'D'];

/** The task the lesson trains (measured: LSTM and GRU reach 100 % at every gap by ~200 steps; the RNN stays near chance at long gaps). */
export function memoryTask(maxGap: number): MemoryTask {
  const gaps = [...new Set([1, 5, 10, 20, 30, 40, 50, 60].filter((g) => g < maxGap).concat(maxGap))];
  return {
    kind: 'rnnMemory', maxGap, hidden: HIDDEN, trainSize: 1024, testGaps: gaps, testPerGap: 64,
    optimizer: { name: 'adam', hyper: { lr: 0.01 } }, batchSize: 16, seed: 1,
  };
}

const tokenName = (id: number) => (id < KEYS ? KEY_NAMES[id] : id === QUERY ? '?' : '·');

/** Accuracy against gap length for RNN, LSTM and GRU trained live, and the trained LSTM's gates on one sequence. */
export function MemoryRace({ params: p, set }: Props) {
  const m = useMessages(rnnMessages);
  const { view, start, pause, resume } = useTrainingRun();
  const snap = view.snapshot;
  const report = snap?.report;
  const gaps = (report?.gaps as number[] | undefined) ?? [];
  const acc = (report?.accuracy as number[][] | undefined) ?? [];
  const names = ['RNN', 'LSTM', 'GRU'];
  const series = acc.map((a, k) => ({ id: names[k], label: names[k], points: a.map((v, g) => [gaps[g], v] as [number, number]), color: seriesColor(k) }));
  const longest = gaps.length - 1;
  const running = view.state === 'running';
  const trainedGap = Math.min(p.mshow, snap ? (report?.gaps as number[]).at(-1) ?? p.mg : p.mg);
  const seq = exampleSequence(trainedGap);
  const timeline = snap ? gateTimeline('lstm', seq.tokens, VOCAB, HIDDEN, { weights: snap.weights, prefix: 'lstm.' }) : null;
  const rows = timeline ? timeline.rows.filter((r) => r.gate === 'f' || r.gate === 'c') : [];
  return (
    <div className="ga-rnn-memory">
      <div className="ga-controls">
        <NumberField label={m.maxGap} value={p.mg} onChange={(mg) => set({ mg })} min={5} max={60} integer data-testid="mg" />
        <NumberField label={m.trainSteps} value={p.ms} onChange={(ms) => set({ ms })} min={20} max={5000} integer data-testid="ms" />
        <button type="button" className="ga-button" data-testid="mem-train" onClick={() => start(memoryTask(p.mg), { maxSteps: p.ms })}>{m.train}</button>
        <button type="button" className="ga-button" disabled={!snap} onClick={running ? pause : resume}>{running ? m.pause : m.resume}</button>
      </div>
      <p className="ga-readout" aria-live="polite" data-testid="mem-status">
        {snap ? fmt(m.trainStatus, { steps: snap.step, seconds: formatNumber(view.seconds, 1), loss: formatNumber(snap.loss, 3) }) : m.notTrained}
        {' '}{running ? m.running : ''}
      </p>
      {view.error && <Notice kind="error">{view.error}</Notice>}
      {view.diverged !== null && <Notice kind="warn">{fmt(m.diverged, { step: view.diverged })}</Notice>}
      {series.length > 0 && (
        <>
          <FunctionPlot title={m.accuracyTitle} series={series} xLabel={m.gapAxis} yLabel={m.accAxis} yDomain={[0, 1]} digits={2} width={760} height={320} />
          <table className="ga-table" data-testid="mem-table">
            <caption>{fmt(m.accTableCaption, { step: report?.measuredAt as number })}</caption>
            <thead><tr><th scope="col">{m.gapAxis}</th>{names.map((n) => <th scope="col" key={n}>{n}</th>)}</tr></thead>
            <tbody>
              {gaps.map((g, gi) => (
                <tr key={g} className={gi === longest ? 'ga-table__current' : ''}>
                  <th scope="row">{g}</th>
                  {acc.map((a, k) => <td key={k} data-testid={`acc-${names[k].toLowerCase()}-${g}`}>{`${formatNumber(a[gi] * 100, 0)}\u00a0%`}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {timeline && (
        <>
          <NumberField label={m.showGap} value={p.mshow} onChange={(mshow) => set({ mshow })} min={0} max={60} integer data-testid="mshow" />
          <Heatmap title={fmt(m.memoryTimelineTitle, { gap: trainedGap, key: KEY_NAMES[seq.key] })} values={rows.map((r) => r.values)}
            rowLabels={rows.map((r) => `${r.gate === 'f' ? 'f' : 'c'}${r.unit + 1}`)} colLabels={seq.tokens.map(tokenName)} scale="diverging" domain={[-1, 1]} cellSize={18} />
          <p className="ga-note">{fmt(m.memoryLegend, { keys: KEY_NAMES.join(', '), distractors: DISTRACTORS })}</p>
        </>
      )}
    </div>
  );
}
