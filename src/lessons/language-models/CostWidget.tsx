import { useEffect, useMemo, useState } from 'react';
import type { BrownCorpus } from '../../data';
import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import type { GptTask, GptText } from '../../models/lm/gptTask';
import type { Shipped } from './lmData';
import { lmMessages } from './messages';
import { useTrainingRun } from '../../state/useTrainingRun';
import { utf8 } from './lmData';

/** Context lengths timed, and the training steps per length. */
export const COST_CONTEXTS = [16, 32, 64, 128] as const;
export const COST_STEPS = 4;
/** Runs in order: a warm-up run (JIT, WebAssembly memory; not shown), then one per length. */
const RUNS = [16, ...COST_CONTEXTS];
const D = 64;

function costTask(shipped: Shipped, text: { train: GptText; validation: GptText } | undefined, context: number): GptTask {
  return {
    kind: 'gpt', arch: { layers: 2, heads: 4, dModel: D, context }, bpe: shipped.config.bpe, data: { key: 'brown', ...text },
    optimizer: { name: 'adam', hyper: { lr: 0.001 } }, batchSize: 4, seed: 'cost', evalEvery: 1e6, valWindows: 1, sampleMs: -1,
  };
}

/** Times training steps per context length in its own worker; one row per length. */
export function CostWidget({ shipped, corpus }: { shipped: Shipped; corpus: BrownCorpus | null }) {
  const m = useMessages(lmMessages);
  const { view, start } = useTrainingRun();
  const [phase, setPhase] = useState(-1);
  const [times, setTimes] = useState<number[]>([]);
  const text = useMemo(() => (corpus ? { train: utf8(corpus.train), validation: utf8(corpus.validation) } : undefined), [corpus]);
  const step = view.snapshot?.step ?? -1;
  useEffect(() => {
    if (phase < 0 || phase >= RUNS.length || view.state !== 'paused' || step !== COST_STEPS) return;
    // Adjusting state from a worker event (the run paused at its last step): record and start the next length.
    if (phase > 0) setTimes((t) => [...t, view.seconds / COST_STEPS]); // eslint-disable-line react-hooks/set-state-in-effect
    const next = phase + 1;
    setPhase(next);
    if (next < RUNS.length) start(costTask(shipped, undefined, RUNS[next]), { maxSteps: COST_STEPS, snapshotHz: 1 });
  }, [phase, view.state, step, view.seconds, shipped, text, start]);
  const measure = () => {
    setTimes([]);
    setPhase(0);
    start(costTask(shipped, text, RUNS[0]), { maxSteps: COST_STEPS, snapshotHz: 1 });
  };
  const busy = phase >= 0 && phase < RUNS.length;
  return (
    <div className="ga-lm-cost">
      <button type="button" className="ga-button" disabled={!text || busy} onClick={measure} data-testid="lm-cost-measure">{m.costMeasure}</button>
      {busy && <p className="ga-note" aria-live="polite">{fmt(m.costMeasuring, { ctx: RUNS[phase] })}</p>}
      <table className="ga-table" data-testid="lm-cost-table">
        <caption>{m.costCaption}</caption>
        <thead><tr><th scope="col">{m.colContext}</th><th scope="col">{m.colSeconds}</th><th scope="col">{m.colAttn}</th><th scope="col">{m.colDense}</th></tr></thead>
        <tbody>
          {COST_CONTEXTS.map((n, i) => (
            <tr key={n}>
              <th scope="row">{n}</th>
              <td data-seconds={times[i] ?? ''}>{times[i] !== undefined ? formatNumber(times[i], 3) : '—'}</td>
              <td>{(n * n * D).toLocaleString('en')}</td>
              <td>{(12 * n * D * D).toLocaleString('en')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {times.length === 0 && !busy && <p className="ga-note">{m.costNone}</p>}
    </div>
  );
}
