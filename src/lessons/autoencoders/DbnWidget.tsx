import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import type { Values } from '../../lib/urlParams';
import type { MnistData } from '../../data';
import type { DbnReport, DbnTask } from '../../models/dbnTask';
import type { DigitDataRef } from '../../models/digitData';
import { Notice } from '../../ui/Notice';
import { Select } from '../../ui/Select';
import { Segmented } from '../../ui/Toggle';
import { FunctionPlot } from '../../viz/FunctionPlot';
import { aeMessages } from './messages';
import { DBN_LABELS, DBN_OPTIMIZERS, type AeSchema } from './params';
import { RunButtons } from './RunButtons';
import { useTraining } from './useTraining';

type Params = Values<AeSchema>;
interface Props { params: Params; set: (patch: Partial<Params>) => void; data: MnistData | null }

export const DBN_PRETRAIN = 300;
export const DBN_FINETUNE = 300;

const pct = (x: number | undefined) => (x === undefined ? '—' : `${formatNumber(100 * x, 1)}\u00a0%`);

export function DbnWidget({ params: p, set, data }: Props) {
  const m = useMessages(aeMessages);
  const makeTask = (ref: DigitDataRef): DbnTask => ({
    kind: 'dbn', layers: [128, 64], labels: Number(p.dl), pretrainSteps: DBN_PRETRAIN, cdLr: 0.1, data: ref,
    optimizer: p.dopt === 'adam' ? { name: 'adam', hyper: { lr: 0.003 } } : { name: 'sgd', hyper: { lr: 0.5 } }, batchSize: 32, seed: 1, evalEvery: 25,
  });
  const run = useTraining(data, 'mnist-dbn', `${p.dl}:${p.dopt}`, makeTask, { snapshotHz: 2, maxSteps: 2 * DBN_PRETRAIN + DBN_FINETUNE });
  const r = (run.snapshot?.report as unknown as DbnReport | undefined) ?? null;
  const series = r ? [
    { id: 'pre', label: m.netPre, points: r.evalSteps.map((s, k): [number, number] => [s, 100 * r.accPre[k]]) },
    { id: 'rand', label: m.netRand, points: r.evalSteps.map((s, k): [number, number] => [s, 100 * r.accRand[k]]), dashed: true },
    { id: 'relu', label: m.netRelu, points: r.evalSteps.map((s, k): [number, number] => [s, 100 * r.accRelu[k]]) },
  ] : [];
  const phaseText = r ? { rbm1: m.phaseRbm1, rbm2: m.phaseRbm2, finetune: m.phaseFine }[r.phase] : '';
  const total = 2 * DBN_PRETRAIN + DBN_FINETUNE;
  const names = [m.secRbm1, m.secRbm2, m.netPre, m.netRand, m.netRelu];
  return (
    <div className="ga-dbn">
      <div className="ga-controls">
        <Segmented label={m.labelBudget} value={p.dl} options={DBN_LABELS.map((v) => ({ value: v, label: v }))} onChange={(dl) => set({ dl })} />
        <Select label={m.fineOptimizer} value={p.dopt} options={DBN_OPTIMIZERS.map((v) => ({ value: v, label: v === 'adam' ? 'Adam (η = 0.003)' : 'SGD (η = 0.5)' }))} onChange={(dopt) => set({ dopt })} data-testid="dbn-opt" />
      </div>
      <RunButtons run={run} testId="dbn" onReset={run.reset} />
      {run.error && <Notice kind="error">{run.error}</Notice>}
      {!data && <Notice kind="info">{m.waitData}</Notice>}
      {run.snapshot && r && (
        <p className="ga-readout" data-testid="dbn-phase" data-phase={r.phase} data-done={run.snapshot.step >= total ? '1' : '0'}>
          {fmt(m.dbnProgress, { step: run.snapshot.step, total, phase: phaseText })}
        </p>
      )}
      <FunctionPlot title={fmt(m.dbnCurve, { n: p.dl })} xLabel={m.fineSteps} yLabel="%" width={560} height={280} xDomain={[0, DBN_FINETUNE]} yDomain={[0, 100]} series={series} />
      {r && (
        <table className="ga-rbm-table" data-testid="dbn-table">
          <caption>{fmt(m.dbnTable, { n: r.testSize })}</caption>
          <thead><tr><th scope="col">{m.partWord}</th><th scope="col">{m.finalAcc}</th><th scope="col">{m.secondsWord}</th></tr></thead>
          <tbody>
            {names.map((name, k) => (
              <tr key={k}>
                <th scope="row">{name}</th>
                <td><output data-testid={`dbn-acc-${k}`} data-value={k < 2 ? '' : [r.accPre, r.accRand, r.accRelu][k - 2].at(-1) ?? ''}>
                  {k < 2 ? fmt(m.reconShort, { e: formatNumber(k === 0 ? r.rbm1Recon : r.rbm2Recon, 4) }) : pct([r.accPre, r.accRand, r.accRelu][k - 2].at(-1))}
                </output></td>
                <td><output data-testid={`dbn-sec-${k}`}>{formatNumber(r.seconds[k], 1)}</output></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
