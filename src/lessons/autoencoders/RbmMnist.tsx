import { useCallback, useState } from 'react';
import { fmt, useMessages } from '../../i18n';
import { thinCurve } from '../../lib/history';
import { formatNumber } from '../../lib/parseNumber';
import type { Values } from '../../lib/urlParams';
import type { MnistData } from '../../data';
import type { DigitDataRef } from '../../models/digitData';
import { GIBBS_CHAINS, GIBBS_KEEP, type RbmReport, type RbmTask } from '../../models/rbmTask';
import { Notice } from '../../ui/Notice';
import { NumberField } from '../../ui/NumberField';
import { FunctionPlot } from '../../viz/FunctionPlot';
import { PixelMap } from '../../viz/PixelMap';
import type { TrainingSnapshot } from '../../workers/protocol';
import { aeMessages } from './messages';
import type { AeSchema } from './params';
import { RunButtons } from './RunButtons';
import { useTraining } from './useTraining';

type Params = Values<AeSchema>;
interface Props { params: Params; set: (patch: Partial<Params>) => void; data: MnistData | null }

export function RbmMnist({ params: p, set, data }: Props) {
  const m = useMessages(aeMessages);
  const [curve, setCurve] = useState<[number, number][]>([]);
  const onSnapshot = useCallback((s: TrainingSnapshot, fresh: boolean) => {
    const r = s.report as unknown as RbmReport | undefined;
    if (r) setCurve((c) => thinCurve([...(fresh ? [] : c).filter(([st]) => st < r.testStep), [r.testStep, r.testRecon]]));
  }, []);
  const makeTask = (ref: DigitDataRef): RbmTask => ({ kind: 'rbm', hidden: p.mh, data: ref, optimizer: { name: 'sgd', hyper: { lr: p.mlr } }, batchSize: 32, seed: 1, evalEvery: 50 });
  const run = useTraining(data, 'mnist-rbm', `${p.mh}:${p.mlr}`, makeTask, { snapshotHz: 2 }, onSnapshot);
  const r = (run.snapshot?.report as unknown as RbmReport | undefined) ?? null;
  const W = run.snapshot?.weights.find((w) => w.name === 'W');
  const shownFilters = Math.min(p.mh, 64);
  return (
    <div className="ga-rbm-mnist">
      <div className="ga-controls">
        <NumberField label={m.rbmHidden} value={p.mh} min={4} max={144} integer onChange={(mh) => set({ mh })} data-testid="rbmm-hidden" />
        <NumberField label={m.learningRate} value={p.mlr} min={0.0001} max={5} step={0.01} onChange={(mlr) => set({ mlr })} data-testid="rbmm-lr" />
      </div>
      <RunButtons run={run} testId="rbmm" onReset={() => { setCurve([]); run.reset(); }} />
      {run.error && <Notice kind="error">{run.error}</Notice>}
      {!data && <Notice kind="info">{m.waitData}</Notice>}
      {run.snapshot && r && (
        <p className="ga-readout">
          {m.stepWord} <output data-testid="rbmm-step">{run.snapshot.step}</output>{' · '}
          {m.rbmRecon}: <output data-testid="rbmm-recon" data-value={r.testRecon}>{formatNumber(r.testRecon, 4)}</output> ({fmt(m.atStep, { step: r.testStep })})
          {' · '}{fmt(m.seconds, { s: formatNumber(run.seconds(), 1) })}
        </p>
      )}
      <div className="ga-ae-row">
        <FunctionPlot title={m.rbmCurve} xLabel={m.stepWord} yLabel={m.mseShort} width={420} height={240} xDomain={[0, Math.max(100, curve.at(-1)?.[0] ?? 0)]}
          series={[{ id: 'recon', label: m.rbmRecon, points: curve }]} />
        {W && (
          <div>
            <h3>{fmt(m.filtersTitle, { n: shownFilters, h: p.mh })}</h3>
            <div className="ga-ae-filters" data-testid="rbmm-filters">
              {Array.from({ length: shownFilters }, (_, j) => (
                <PixelMap key={j} values={W.data.subarray(j * 784, (j + 1) * 784)} rows={28} cols={28} scale="diverging" size={36} label={fmt(m.filterLabel, { j: j + 1 })} />
              ))}
            </div>
          </div>
        )}
      </div>
      {r && r.gibbs.length === GIBBS_CHAINS * GIBBS_KEEP.length && data && (
        <div>
          <h3>{m.gibbsTitle}</h3>
          <table className="ga-rbm-table ga-gibbs" data-testid="rbmm-gibbs">
            <thead><tr><th scope="col">{m.gibbsStart}</th>{GIBBS_KEEP.map((k) => <th key={k} scope="col">{fmt(m.gibbsAfter, { k })}</th>)}</tr></thead>
            <tbody>
              {Array.from({ length: GIBBS_CHAINS }, (_, c) => (
                <tr key={c}>
                  <td><PixelMap values={Array.from(data.test.images.subarray(c * 784, (c + 1) * 784), (v) => (v >= 128 ? 1 : 0))} rows={28} cols={28} scale="sequential" domain={[0, 1]} size={48} label={fmt(m.gibbsStartLabel, { c: c + 1 })} /></td>
                  {GIBBS_KEEP.map((k, i) => (
                    <td key={k}><PixelMap values={r.gibbs[c * GIBBS_KEEP.length + i]} rows={28} cols={28} scale="sequential" domain={[0, 1]} size={48} label={fmt(m.gibbsLabel, { c: c + 1, k })} /></td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
