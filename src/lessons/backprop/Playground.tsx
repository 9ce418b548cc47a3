import { useMemo, useState } from 'react';
import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import { EXTENT, formatDrawn, parseDrawn } from '../../models/playground';
import { NumberField } from '../../ui/NumberField';
import { Notice } from '../../ui/Notice';
import { Segmented } from '../../ui/Toggle';
import { DecisionCanvas } from '../../viz/DecisionCanvas';
import { FunctionPlot } from '../../viz/FunctionPlot';
import type { Params } from './config';
import { backpropMessages } from './messages';
import { PlaygroundControls } from './PlaygroundControls';
import { pgData, pgTask, stepIntoPatch } from './pgTask';
import { usePlayground } from './usePlayground';

interface Props { params: Params; set: (patch: Partial<Params>) => void }

/** Network playground: settings, live decision boundary, neuron pictures, loss curves, step-into. */
export function Playground({ params: p, set }: Props) {
  const m = useMessages(backpropMessages);
  const data = useMemo(() => pgData(p), [p.pds, p.pn, p.pno, p.pts, p.pdr]); // eslint-disable-line react-hooks/exhaustive-deps
  const enough = data.train.filter((q) => q.label === 1).length >= 2 && data.train.filter((q) => q.label === 0).length >= 2;
  const task = useMemo(() => (enough ? pgTask(p, data) : null),
    [data, enough, p.pf, p.pnl, p.phl, p.pact, p.plr, p.pbs, p.popt, p.preg, p.prr]); // eslint-disable-line react-hooks/exhaustive-deps
  const run = usePlayground(task);
  const [drawLabel, setDrawLabel] = useState<'1' | '0'>('1');
  const [example, setExample] = useState(0);
  const s = run.snapshot;
  const points = useMemo(() => [...data.train, ...data.test.map((q) => ({ ...q, test: true }))], [data]);
  const hidden = p.phl.slice(0, p.pnl);
  const onPick = p.pds === 'drawn'
    ? (x: number, y: number) => set({ pdr: formatDrawn([...parseDrawn(p.pdr), { x, y, label: drawLabel === '1' ? 1 : 0 }]) })
    : undefined;
  // Redraw the loss chart every fourth history point, not on every snapshot.
  const lossTick = run.history.train.length > 0 ? Math.floor(run.history.train.length / 4) : -1;
  const lossChart = useMemo(() => (
    <FunctionPlot title={m.lossTitle} xLabel={m.stepLabel} width={420} height={260}
      series={[{ id: 'train', label: m.trainLoss, points: run.history.train }, { id: 'test', label: m.testLoss, points: run.history.test, dashed: true }]} />
  ), [lossTick, m]); // eslint-disable-line react-hooks/exhaustive-deps
  const idx = Math.min(example, Math.max(0, data.train.length - 1));
  return (
    <div className="ga-pg">
      <PlaygroundControls params={p} set={set} />
      <div className="ga-pg__buttons">
        <button type="button" className="ga-button ga-button--primary" data-testid="pg-play" disabled={!task}
          onClick={run.running ? run.pause : run.play}>{run.running ? m.pause : m.play}</button>
        <button type="button" className="ga-button" data-testid="pg-step" disabled={!task} onClick={run.stepOnce}>{m.stepOnce}</button>
        <button type="button" className="ga-button" data-testid="pg-reset" disabled={!task} onClick={run.reset}>{m.reset}</button>
        {p.pds === 'drawn' && <>
          <Segmented label={m.drawClass} value={drawLabel} options={[{ value: '1', label: m.positive }, { value: '0', label: m.negative }]} onChange={setDrawLabel} />
          <button type="button" className="ga-button" onClick={() => set({ pdr: '' })}>{m.clearDrawn}</button>
        </>}
      </div>
      {!enough && <Notice kind="warn">{m.needPoints}</Notice>}
      {run.diverged !== null && <Notice kind="error">{fmt(m.diverged, { step: run.diverged })}</Notice>}
      {run.error && <Notice kind="error">{fmt(m.workerError, { message: run.error })}</Notice>}
      <p className="ga-readout" data-testid="pg-status" data-step={s?.step ?? 0} data-test-loss={s?.testLoss ?? ''} data-train-loss={s?.loss ?? ''}>
        {fmt(m.status, { step: s?.step ?? 0, epoch: formatNumber(s?.epoch ?? 0, 1), train: formatNumber(s?.loss ?? NaN, 4), test: formatNumber(s?.testLoss ?? NaN, 4) })}
      </p>
      <div className="ga-pg__main">
        <figure className="ga-figure ga-pg__boundary">
          <figcaption className="ga-figure-title">{m.boundaryTitle}</figcaption>
          <DecisionCanvas title={m.boundaryTitle} n={s?.grid?.n ?? 2} values={s?.grid?.values ?? null} stride={s?.grid?.outputs ?? 1}
            extent={EXTENT} points={points} size={340} onPick={onPick} testId="pg-boundary" />
        </figure>
        {lossChart}
      </div>
      <h3 className="ga-bp-subtitle">{m.neuronsTitle}</h3>
      <div className="ga-pg__neurons" data-testid="pg-neurons">
        {hidden.map((w, l) => (
          <div key={l} className="ga-pg__layer">
            {Array.from({ length: w }, (_, i) => {
              const offset = 1 + hidden.slice(0, l).reduce((a, b) => a + b, 0) + i;
              const title = fmt(m.neuronLabel, { l: l + 1, i: i + 1 });
              return <DecisionCanvas key={i} title={title} n={s?.grid?.n ?? 2} values={s?.grid && s.grid.outputs > offset ? s.grid.values : null}
                stride={s?.grid?.outputs ?? 1} offset={offset} mode="signed" extent={EXTENT} size={64} />;
            })}
          </div>
        ))}
      </div>
      <h3 className="ga-bp-subtitle">{m.stepInto}</h3>
      <p>{m.stepIntoHint}</p>
      <div className="ga-controls">
        <NumberField label={m.exampleIndex} value={idx} min={0} max={Math.max(0, data.train.length - 1)} integer size={5} data-testid="pg-example"
          onChange={setExample} />
        <button type="button" className="ga-button" data-testid="pg-step-into" disabled={!s || run.running || data.train.length === 0}
          onClick={() => {
            if (!s) return;
            set(stepIntoPatch(p, s.weights, data.train[idx]));
            document.getElementById('widget-stepper')?.scrollIntoView();
          }}>{m.openStepped}</button>
      </div>
    </div>
  );
}
