import { fmt, useMessages } from '../../i18n';
import { FINETUNE, finetuneSteps } from '../../models/pretrain/setup';
import { Notice } from '../../ui/Notice';
import { Segmented } from '../../ui/Toggle';
import { pretrainMessages } from './messages';
import { BUDGETS } from './params';
import type { LessonProps } from './shared';
import type { FinetuneRun } from './useFinetune';

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

/** Two accuracy curves on one small SVG (0…100 % against steps). */
function Curves({ run, steps }: { run: FinetuneRun; steps: number }) {
  const m = useMessages(pretrainMessages);
  const W = 360, H = 160, P = 32;
  const x = (s: number) => P + ((W - 2 * P) * s) / steps;
  const y = (a: number) => H - P + (-(H - 2 * P) * (a - 0.4)) / 0.6;
  const line = (k: 'pretrained' | 'random') => run.curve.map((p, i) => `${i ? 'L' : 'M'}${x(p.step).toFixed(1)},${y(Math.max(0.4, p[k])).toFixed(1)}`).join('');
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} className="ga-pt-curves" role="img" aria-label={m.ftCurveLabel}>
      {[0.4, 0.6, 0.8, 1].map((a) => (
        <g key={a}><line x1={P} x2={W - P} y1={y(a)} y2={y(a)} className="ga-pt-grid" /><text x={P - 4} y={y(a) + 4} textAnchor="end">{100 * a}</text></g>
      ))}
      <text x={W / 2} y={H - 6} textAnchor="middle">{m.ftSteps}</text>
      <path d={line('pretrained')} className="ga-pt-line ga-pt-line--pre" />
      <path d={line('random')} className="ga-pt-line ga-pt-line--rnd" />
    </svg>
  );
}

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
      <div className="ga-pt-row">
        <Curves run={run} steps={finetuneSteps(budget)} />
        <ul className="ga-pt-legend">
          <li><span className="ga-pt-swatch ga-pt-swatch--pre" />{m.ftPretrained}{run.report && <> · <strong data-testid="ft-live-pre">{pct(run.report.pretrainedAccuracy)}</strong></>}</li>
          <li><span className="ga-pt-swatch ga-pt-swatch--rnd" />{m.ftRandom}{run.report && <> · <strong data-testid="ft-live-rnd">{pct(run.report.randomAccuracy)}</strong></>}</li>
        </ul>
      </div>
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
