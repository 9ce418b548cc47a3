import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import type { Values } from '../../lib/urlParams';
import { ENCODERS, type Encoder } from '../../models/textClassNet';
import { Link } from '../../state/router';
import { Notice } from '../../ui/Notice';
import { NumberField } from '../../ui/NumberField';
import { Segmented } from '../../ui/Toggle';
import { FunctionPlot } from '../../viz/FunctionPlot';
import { textMessages as msgs } from './messages';
import type { TextSchema } from './params';
import { ARCHS, NET_VOCAB, SEQ_LEN, type TextRun } from './useTextTraining';

type Params = Values<TextSchema>;
interface Props { params: Params; set: (p: Partial<Params>) => void; run: TextRun; ready: boolean }

/** text → tokens → ids → embeddings → encoder → softmax, with the sizes of the chosen encoder. */
function Pipeline({ encoder }: { encoder: Encoder }) {
  const m = useMessages(msgs);
  const a = ARCHS[encoder];
  const stages = [
    [m.pipeText, m.pipeTextSub],
    [m.pipeTokens, fmt(m.pipeTokensSub, { t: SEQ_LEN })],
    [m.pipeIds, fmt(m.pipeIdsSub, { v: NET_VOCAB })],
    [m.pipeEmb, fmt(m.pipeEmbSub, { t: SEQ_LEN, d: a.dim })],
    [m[`enc_${encoder}`], fmt(m[`encSub_${encoder}`], { h: a.hidden, k: a.kernel })],
    [m.pipeSoftmax, m.pipeSoftmaxSub],
  ];
  return (
    <ol className="ga-tc-pipeline" aria-label={m.pipelineTitle} data-testid="pipeline">
      {stages.map(([title, sub], i) => (
        <li key={i} className={i === 4 ? 'ga-tc-pipeline__encoder' : undefined}><strong>{title}</strong><span>{sub}</span></li>
      ))}
    </ol>
  );
}

export function NeuralTrainer({ params: p, set, run, ready }: Props) {
  const m = useMessages(msgs);
  const r = run.report;
  const s = run.snapshot;
  const res = run.results[p.enc];
  const maxStep = Math.max(100, run.trainCurve.at(-1)?.[0] ?? 0);
  const options = ENCODERS.map((value) => ({ value, label: m[`enc_${value}`] }));
  return (
    <div className="ga-tc-neural">
      <Segmented label={m.encoder} value={p.enc} options={options} onChange={(enc: Encoder) => set({ enc })} />
      <Pipeline encoder={p.enc} />
      <p className="ga-tc-note">
        {m[`encAbout_${p.enc}`]}{' '}
        {p.enc === 'cnn' && <Link to="/cnn">{m.cnnLink}</Link>}
      </p>
      <div className="ga-controls">
        <NumberField label={m.learningRate} value={p.lr} min={0.00001} max={1} step={0.001} onChange={(lr) => set({ lr })} data-testid="tc-lr" />
        <button type="button" className="ga-button ga-button--primary" onClick={run.toggle} disabled={!ready || !s} data-testid="tc-train">
          {run.state === 'running' ? m.pause : m.train}
        </button>
        <button type="button" className="ga-button" onClick={run.step} disabled={!s || run.state === 'running'}>{m.oneStep}</button>
        <button type="button" className="ga-button" onClick={run.reset} disabled={!s}>{m.resetTraining}</button>
      </div>
      {run.diverged !== null && <Notice kind="warn">{fmt(m.diverged, { step: run.diverged })}</Notice>}
      {run.error && <Notice kind="error">{run.error}</Notice>}
      {s && r && (
        <p className="ga-readout" aria-live="off">
          {m.stepWord} <output data-testid="tc-step">{s.step}</output>{' · '}{m.epochWord} {formatNumber(s.epoch, 2)}
          {' · '}{fmt(m.testAccuracy, { n: r.testProbs.length })}{' '}
          <output data-testid="tc-acc" data-value={r.testAccuracy}>{formatNumber(100 * r.testAccuracy, 1)}{'\u00a0%'}</output>
          {' '}{fmt(m.atStep, { step: r.testStep })}
          {res?.reached95 != null && <>{' · '}<span data-testid="tc-95" data-value={res.reached95}>{fmt(m.reached95, { s: formatNumber(res.reached95, 1) })}</span></>}
        </p>
      )}
      <div className="ga-tc-row">
        <FunctionPlot title={m.lossCurve} xLabel={m.stepWord} yLabel={m.lossWord} xDomain={[0, maxStep]} width={440} height={240}
          series={[{ id: 'train', label: m.trainLoss, points: run.trainCurve }]} />
        <FunctionPlot title={m.accuracyCurve} xLabel={m.stepWord} yLabel="%" xDomain={[0, maxStep]} yDomain={[50, 100]} width={440} height={240}
          series={[{ id: 'acc', label: m.testAccuracyShort, points: run.testCurve }]} markers={[{ y: 95, label: '95 %' }]} />
      </div>
    </div>
  );
}
