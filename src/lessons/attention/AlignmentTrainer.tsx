import { useMemo } from 'react';
import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import type { Values } from '../../lib/urlParams';
import { networkFromWeights, translateBatch } from '../../models/attentionTask';
import { Notice } from '../../ui/Notice';
import { Segmented } from '../../ui/Toggle';
import { FunctionPlot } from '../../viz/FunctionPlot';
import { Heatmap } from '../../viz/Heatmap';
import { alignmentCells, checkInput, MAX_INPUT, rowsOnAlignment, target, type InputCheck } from './alignment';
import { attentionMessages, type AttentionMessages } from './messages';
import { TRAIN_SCORES, type AttentionSchema } from './params';
import type { AttentionRun } from './useAttentionTraining';

type Params = Values<AttentionSchema>;
interface Props { params: Params; set: (patch: Partial<Params>) => void; run: AttentionRun }

function inputError(m: AttentionMessages, c: InputCheck): string | null {
  if (c.ok) return null;
  if (c.reason === 'empty') return m.inputEmpty;
  if (c.reason === 'long') return fmt(m.inputTooLong, { max: MAX_INPUT, n: c.n ?? 0 });
  return fmt(m.inputBadChar, { ch: c.ch ?? '?' });
}

/** Output × input attention heatmap with the true alignment outlined. */
function AlignmentMap({ title, input, output, attention, testId }: { title: string; input: string; output: string; attention: number[][]; testId: string }) {
  const m = useMessages(attentionMessages);
  const on = rowsOnAlignment(attention);
  return (
    <div data-testid={testId} data-on-alignment={on} data-rows={attention.length} data-output={output}>
      <Heatmap title={title} values={attention} scale="sequential" domain={[0, 1]} digits={3} cellSize={34}
        rowLabels={[...output].map((d, i) => fmt(m.outputToken, { i: i + 1, d }))}
        colLabels={[...input].map((d, i) => fmt(m.inputToken, { i: i + 1, d }))} highlight={alignmentCells(input.length)} />
      <p className="ga-att-note">{fmt(m.trueAlignment, { n: on, m: attention.length })}</p>
    </div>
  );
}

function Status({ run }: { run: AttentionRun }) {
  const m = useMessages(attentionMessages);
  const r = run.report;
  const s = run.snapshot;
  return (
    <>
      {run.diverged !== null && <Notice kind="warn">{fmt(m.diverged, { step: run.diverged })}</Notice>}
      {run.error && <Notice kind="error">{run.error}</Notice>}
      {s && r && (
        <p className="ga-readout">
          {m.stepWord} <output data-testid="att-step">{s.step}</output>{' · '}{m.lossWord} {formatNumber(s.loss, 3)}
          {' · '}{m.seconds} <output data-testid="att-seconds">{formatNumber(run.seconds, 1)}</output> s
          {' · '}{m.exactMatch}: <output data-testid="att-exact" data-value={r.exactMatch}>{formatNumber(100 * r.exactMatch, 0)} %</output>
        </p>
      )}
    </>
  );
}

function Comparison({ run }: { run: AttentionRun }) {
  const m = useMessages(attentionMessages);
  return (
    <table className="ga-table" data-testid="att-compare">
      <caption>{m.compareTitle}</caption>
      <thead><tr><th scope="col">{m.scoreFunction}</th><th scope="col">{m.colBest}</th><th scope="col">{m.colTime}</th></tr></thead>
      <tbody>
        {TRAIN_SCORES.map((k) => {
          const c = run.comparison[k];
          return (
            <tr key={k} className={k === run.task.score ? 'ga-table__current' : ''}>
              <th scope="row">{m[k]}</th>
              <td>{c ? `${formatNumber(100 * c.best, 0)} %` : m.notYet}</td>
              <td>{c?.at90 != null ? `${formatNumber(c.at90, 1)} s` : m.notYet}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The training controls and the learned alignment; `run` (the worker run) is shared with the beam-search widget. */
export function AlignmentTrainer({ params: p, set, run }: Props) {
  const m = useMessages(attentionMessages);
  const check = checkInput(p.tin);
  const weights = run.snapshot?.weights;
  const own = useMemo(() => {
    if (!weights || !check.ok) return null;
    try {
      const r = translateBatch(networkFromWeights(run.task, weights), [check.digits]);
      return { output: r.outputs[0].join(''), attention: r.attention[0] };
    } catch {
      return null;
    }
  }, [weights, p.tin]); // eslint-disable-line react-hooks/exhaustive-deps
  const error = inputError(m, check);
  const r = run.report;
  return (
    <div className="ga-att-trainer">
      <div className="ga-controls">
        <Segmented label={m.scoreFunction} value={p.ts} options={TRAIN_SCORES.map((k) => ({ value: k, label: m[k] }))} onChange={(ts) => set({ ts })} />
        <button type="button" className="ga-button ga-button--primary" onClick={run.toggle} disabled={!run.ready} data-testid="att-train">
          {run.state === 'running' ? m.pause : m.train}
        </button>
        <button type="button" className="ga-button" onClick={run.step} disabled={!run.ready || run.state === 'running'}>{m.oneStep}</button>
        <button type="button" className="ga-button" onClick={run.reset} disabled={!run.ready}>{m.resetTraining}</button>
      </div>
      <Status run={run} />
      <div className="ga-att-row">
        {r && <AlignmentMap title={fmt(m.sampleTitle, { input: r.sampleInput, output: r.sampleOutput })} input={r.sampleInput} output={r.sampleOutput} attention={r.sampleAttention} testId="att-sample" />}
        <FunctionPlot title={m.expCurve} xLabel={m.seconds} yLabel="%" yDomain={[0, 100]} xDomain={[0, Math.max(10, run.curve.at(-1)?.[0] ?? 0)]}
          width={420} height={260} series={[{ id: 'em', label: m.exactMatch, points: run.curve }]} markers={[{ y: 90, label: '90 %' }]} />
      </div>
      <label className="ga-att-input">
        <span>{fmt(m.yourInput, { max: MAX_INPUT })}</span>
        <input type="text" inputMode="numeric" value={p.tin} maxLength={40} onChange={(e) => set({ tin: e.target.value })}
          aria-invalid={error ? true : undefined} aria-describedby="att-input-msg" data-testid="att-input" />
      </label>
      <p id="att-input-msg" className={error ? 'ga-field__error' : 'ga-att-note'} role={error ? 'alert' : undefined} data-testid="att-input-msg">
        {error ?? (check.ok && check.digits.length > 6 ? m.inputLonger : '')}
      </p>
      {own && check.ok && (
        <>
          <p className="ga-readout">
            {m.translation}: <output data-testid="att-own-output">{own.output}</output>{' '}
            ({own.output === target(check.digits) ? m.correctAnswer : fmt(m.wrongAnswer, { target: target(check.digits) })})
          </p>
          <AlignmentMap title={fmt(m.yourTitle, { input: check.digits.join(''), output: own.output })} input={check.digits.join('')} output={own.output}
            attention={own.attention} testId="att-own" />
        </>
      )}
      <Comparison run={run} />
    </div>
  );
}
