import { fmt, useMessages } from '../../i18n';
import { FINETUNE, finetuneSteps } from '../../models/pretrain/setup';
import { Notice } from '../../ui/Notice';
import { Segmented } from '../../ui/Toggle';
import { pretrainMessages } from './messages';
import { CurveChart } from './CurveChart';
import { BUDGETS } from './params';
import type { LessonProps } from './shared';
import type { FinetuneRun } from './useFinetune';

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

export function Finetune({ params, set, run }: Omit<LessonProps, 'data'> & { run: FinetuneRun }) {
  const m = useMessages(pretrainMessages);
  const budget = Number(params.fb);
  const running = run.state === 'running';
  return (
    <div className="ga-pt-finetune">
      <Segmented label={m.ftBudget} value={params.fb} options={BUDGETS.map((b) => ({ value: b, label: fmt(m.ftBudgetOption, { n: b }) }))}
        onChange={(v) => set({ fb: v })} />
      <p className="ga-pt-muted">{fmt(m.ftPlan, { steps: finetuneSteps(budget), batch: FINETUNE.batch, test: FINETUNE.testSize, lr: FINETUNE.lr })}</p>
      <button type="button" data-testid="ft-train" disabled={running} onClick={() => run.start(budget)}>{fmt(m.ftTrain, { n: budget })}</button>
      {running && <button type="button" onClick={run.pause}>{m.pause}</button>}
      {run.error && <Notice kind="error">{run.error}</Notice>}
      <CurveChart title={m.ftCurveLabel} xLabel={m.ftSteps} yLabel="%" xMax={finetuneSteps(budget)} testId="ft-chart"
        curves={[
          { id: 'pre', label: m.ftPretrained, points: run.curve.map((p) => [p.step, 100 * p.pretrained] as [number, number]) },
          { id: 'rnd', label: m.ftRandom, points: run.curve.map((p) => [p.step, 100 * p.random] as [number, number]), dashed: true },
        ]} />
      {run.report && (
        <p className="ga-readout">
          {m.ftPretrained}: <strong data-testid="ft-live-pre">{pct(run.report.pretrainedAccuracy)}</strong>{' · '}
          {m.ftRandom}: <strong data-testid="ft-live-rnd">{pct(run.report.randomAccuracy)}</strong>
        </p>
      )}
      <table className="ga-pt-table" data-testid="ft-results">
        <caption>{fmt(m.ftResultsCaption, { test: FINETUNE.testSize })}</caption>
        <thead><tr><th scope="col">{m.ftBudget}</th><th scope="col">{m.ftPretrained}</th><th scope="col">{m.ftRandom}</th><th scope="col">{m.ftStepsCol}</th></tr></thead>
        <tbody>
          {BUDGETS.map((b) => {
            const r = run.results[Number(b)];
            return (
              <tr key={b} data-testid={`ft-row-${b}`}>
                <th scope="row">{b}</th>
                <td data-testid={`ft-pre-${b}`} data-value={r?.pretrained}>{r ? pct(r.pretrained) : '—'}</td>
                <td data-testid={`ft-rnd-${b}`} data-value={r?.random}>{r ? pct(r.random) : '—'}</td>
                <td data-testid={`ft-step-${b}`} data-value={r?.step}>{r ? `${r.step} / ${finetuneSteps(Number(b))}` : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
