import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import type { Values } from '../../lib/urlParams';
import type { CharTask } from '../../models/rnnChar';
import { Notice } from '../../ui/Notice';
import { Segmented } from '../../ui/Toggle';
import { CHAR_TEXT } from './charText';
import { rnnMessages } from './messages';
import { CHAR_CELLS, TEMPERATURES, type rnnSchema } from './params';
import { useTrainingRun } from '../../state/useTrainingRun';

type Params = Values<typeof rnnSchema>;
interface Props { params: Params; set: (patch: Partial<Params>) => void }

/** The character model's task: 48 hidden units, windows of 20 characters, 8 windows per step. */
export function charTask(cell: Params['ccell']): CharTask {
  return {
    kind: 'rnnChar', text: CHAR_TEXT, cell, hidden: 48, seqLen: 20, temperatures: TEMPERATURES.map(Number), sampleLength: 160,
    optimizer: { name: 'adam', hyper: { lr: 0.01 } }, batchSize: 8, seed: 1,
  };
}

/** A character-level model trained live in the worker, sampling text at the chosen temperature as it learns. */
export function CharModel({ params: p, set }: Props) {
  const m = useMessages(rnnMessages);
  const { view, start, pause, resume } = useTrainingRun();
  const snap = view.snapshot;
  const samples = (snap?.report?.samples as string[] | undefined) ?? [];
  const k = TEMPERATURES.indexOf(p.temp);
  const running = view.state === 'running';
  return (
    <div className="ga-rnn-char">
      <details><summary>{fmt(m.charText, { n: CHAR_TEXT.length })}</summary><p className="ga-rnn-char__text" lang="en">{CHAR_TEXT}</p></details>
      <div className="ga-controls">
        <Segmented label={m.cellLabel} value={p.ccell} options={CHAR_CELLS.map((c) => ({ value: c, label: c.toUpperCase() }))} onChange={(ccell) => set({ ccell })} />
        <Segmented label={m.temperature} value={p.temp} options={TEMPERATURES.map((t) => ({ value: t, label: t }))} onChange={(temp) => set({ temp })} />
        <button type="button" className="ga-button" data-testid="char-train" onClick={() => start(charTask(p.ccell), { maxSteps: 3000 })}>{m.train}</button>
        <button type="button" className="ga-button" disabled={!snap} onClick={running ? pause : resume}>{running ? m.pause : m.resume}</button>
      </div>
      <p className="ga-readout" aria-live="polite" data-testid="char-status">
        {snap ? fmt(m.charStatus, { steps: snap.step, seconds: formatNumber(view.seconds, 1), loss: formatNumber(snap.loss, 3) }) : m.notTrained}
      </p>
      {view.error && <Notice kind="error">{view.error}</Notice>}
      {view.diverged !== null && <Notice kind="warn">{fmt(m.diverged, { step: view.diverged })}</Notice>}
      {samples.length > 0 && (
        <figure className="ga-rnn-char__sample">
          <figcaption>{fmt(m.sampleAt, { temp: p.temp, step: snap?.report?.measuredAt as number })}</figcaption>
          <pre data-testid="char-sample">{samples[k]}</pre>
        </figure>
      )}
    </div>
  );
}
