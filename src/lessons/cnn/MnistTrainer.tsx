import { useMemo } from 'react';
import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import type { Values } from '../../lib/urlParams';
import type { MnistData } from '../../data';
import { cnnInfer, paramsFromArrays, type CnnArch, type CnnParams } from '../../models/cnnNet';
import { Notice } from '../../ui/Notice';
import { NumberField } from '../../ui/NumberField';
import { Segmented } from '../../ui/Toggle';
import { FunctionPlot } from '../../viz/FunctionPlot';
import { Heatmap } from '../../viz/Heatmap';
import { PixelMap } from '../../viz/PixelMap';
import { FeatureMaps } from './FeatureMaps';
import { cnnMessages } from './messages';
import type { CnnSchema } from './params';
import type { CnnRun } from './useCnnTraining';

type Params = Values<CnnSchema>;
interface Props { params: Params; set: (patch: Partial<Params>) => void; run: CnnRun; arch: CnnArch; data: MnistData | null; net: CnnParams | null }

const K_OPTIONS = [{ value: '3' as const, label: '3×3' }, { value: '5' as const, label: '5×5' }];

/** Network parameters from a snapshot, or null when there is none yet (or the shapes disagree mid-rebuild). */
export function netFromSnapshot(run: CnnRun, arch: CnnArch): CnnParams | null {
  if (!run.snapshot) return null;
  try {
    return paramsFromArrays(arch, Object.fromEntries(run.snapshot.weights.map((w) => [w.name, w.data])));
  } catch {
    return null;
  }
}

function Controls({ params: p, set, run }: Pick<Props, 'params' | 'set' | 'run'>) {
  const m = useMessages(cnnMessages);
  return (
    <>
      <div className="ga-controls">
        <NumberField label={m.filters1} value={p.mc1} min={1} max={16} integer onChange={(mc1) => set({ mc1 })} data-testid="mnist-c1" />
        <Segmented label={m.kernel1} value={p.mk1} options={K_OPTIONS} onChange={(mk1) => set({ mk1 })} />
        <NumberField label={m.filters2} value={p.mc2} min={1} max={32} integer onChange={(mc2) => set({ mc2 })} data-testid="mnist-c2" />
        <Segmented label={m.kernel2} value={p.mk2} options={K_OPTIONS} onChange={(mk2) => set({ mk2 })} />
        <NumberField label={m.learningRate} value={p.mlr} min={0.00001} max={1} step={0.001} onChange={(mlr) => set({ mlr })} data-testid="mnist-lr" />
        <NumberField label={m.batchSize} value={p.mb} min={1} max={256} integer onChange={(mb) => set({ mb })} data-testid="mnist-batch" />
      </div>
      <div className="ga-controls">
        <button type="button" className="ga-button ga-button--primary" onClick={run.toggle} data-testid="mnist-train" disabled={!run.snapshot}>
          {run.state === 'running' ? m.pause : m.train}
        </button>
        <button type="button" className="ga-button" onClick={run.step} disabled={!run.snapshot || run.state === 'running'}>{m.oneStep}</button>
        <button type="button" className="ga-button" onClick={run.reset} disabled={!run.snapshot}>{m.resetTraining}</button>
      </div>
    </>
  );
}

function Status({ run }: { run: CnnRun }) {
  const m = useMessages(cnnMessages);
  const r = run.report;
  const s = run.snapshot;
  return (
    <>
      {run.diverged !== null && <Notice kind="warn">{fmt(m.diverged, { step: run.diverged })}</Notice>}
      {run.error && <Notice kind="error">{run.error}</Notice>}
      {s && r && (
        <p className="ga-readout" aria-live="off">
          {m.stepWord} <output data-testid="mnist-step">{s.step}</output>{' · '}{m.epochWord} {formatNumber(s.epoch, 2)}
          {' · '}{fmt(m.testAccuracy, { n: r.testSize })}: <output data-testid="mnist-acc" data-value={r.testAccuracy}>{formatNumber(100 * r.testAccuracy, 1)}{'\u00a0%'}</output>
          {' '}({fmt(m.atStep, { step: r.testStep })})
          {run.reached90 !== null && <>{' · '}<span data-testid="mnist-90">{fmt(m.reached90, { s: formatNumber(run.reached90, 1) })}</span></>}
        </p>
      )}
    </>
  );
}

export function MnistTrainer({ params: p, set, run, arch, data, net }: Props) {
  const m = useMessages(cnnMessages);
  const probe = data ? Array.from(data.test.images.subarray(p.md * 784, p.md * 784 + 784), (v) => v / 255) : null;
  const inference = useMemo(() => (net && probe ? cnnInfer(net, probe) : null), [net, p.md, data]); // eslint-disable-line react-hooks/exhaustive-deps
  const maxStep = Math.max(EVAL_MIN, run.trainCurve.at(-1)?.[0] ?? 0);
  const acc = run.testCurve.map((q): [number, number] => [q.step, 100 * q.accuracy]);
  const K1 = net?.K1;
  return (
    <div className="ga-cnn-mnist">
      <Controls params={p} set={set} run={run} />
      <Status run={run} />
      <div className="ga-cnn-row">
        <FunctionPlot title={m.lossCurves} xLabel={m.stepWord} yLabel={m.lossWord} xDomain={[0, maxStep]} width={440} height={260}
          series={[{ id: 'train', label: m.trainLoss, points: run.trainCurve }, { id: 'test', label: m.testLoss, points: run.testCurve.map((q) => [q.step, q.loss]) }]} />
        <FunctionPlot title={m.accuracyCurve} xLabel={m.stepWord} yLabel="%" xDomain={[0, maxStep]} yDomain={[0, 100]} width={440} height={260}
          series={[{ id: 'acc', label: m.testAccuracyShort, points: acc }]} markers={[{ y: 90, label: '90 %' }]} />
      </div>
      {K1 && (
        <div className="ga-cnn-filters" data-testid="mnist-filters">
          <h3>{fmt(m.filtersTitle, { c: arch.c1, k: arch.k1 })}</h3>
          <div className="ga-cnn-maps__row">
            {Array.from({ length: arch.c1 }, (_, i) => (
              <PixelMap key={i} values={K1.data.subarray(i * arch.k1 * arch.k1, (i + 1) * arch.k1 * arch.k1)} rows={arch.k1} cols={arch.k1}
                scale="diverging" label={fmt(m.filterLabel, { i: i + 1 })} size={48} />
            ))}
          </div>
        </div>
      )}
      <NumberField label={m.probeDigit} value={p.md} min={0} max={1999} integer onChange={(md) => set({ md })} data-testid="mnist-probe" />
      {inference && probe && (
        <>
          <p className="ga-readout">{fmt(m.probeResult, { label: data?.test.labels[p.md] ?? '?', pred: inference.predicted, p: formatNumber(100 * inference.probs[inference.predicted], 1) })}</p>
          <FeatureMaps inference={inference} input={probe} testId="mnist-maps" />
        </>
      )}
      {run.report && (
        <Heatmap title={m.confusionTitle} values={run.report.confusion} scale="sequential" showValues digits={0} cellSize={32}
          rowLabels={Array.from({ length: 10 }, (_, i) => fmt(m.trueDigit, { d: i }))} colLabels={Array.from({ length: 10 }, (_, i) => String(i))} />
      )}
    </div>
  );
}

const EVAL_MIN = 100;
