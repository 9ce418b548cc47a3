import { useMemo, useRef } from 'react';
import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import { flattenDocs } from '../../models/pretrain/pretrainData';
import type { BertPretrainReport, BilstmLmReport, PretrainTask } from '../../models/pretrain/pretrainTask';
import { bertDocuments } from '../../models/pretrain/setup';
import { Notice } from '../../ui/Notice';
import { NumberField } from '../../ui/NumberField';
import { Select } from '../../ui/Select';
import { CurveChart } from './CurveChart';
import { pretrainMessages } from './messages';
import { RETRAIN_MODELS, type RetrainModel } from './params';
import type { LessonProps, LiveModels } from './shared';
import type { WeightSnapshot } from '../../workers/protocol';
import { useTrainingRun } from '../../state/useTrainingRun';

interface Props extends LessonProps {
  live: LiveModels;
  /** Hand a snapshot's weights to the widgets (`null`: back to the shipped checkpoints). */
  onUse: (use: { kind: RetrainModel; weights: WeightSnapshot[]; step: number } | null) => void;
}

type Pt = [number, number];
const col = (curve: number[][], k: number): Pt[] => curve.map((c) => [c[0], c[k]] as Pt).filter((p) => Number.isFinite(p[1]));

/** The task for a run of `kind`, from the shipped weights or the seeded random start; the corpus travels once per key. */
function retrainTask(data: LessonProps['data'], kind: RetrainModel, fromShipped: boolean, batch: number, lr: number, sent: Set<string>): PretrainTask {
  const vocab = kind === 'bert' ? data.bert.vocab : data.bilstm.vocab;
  const key = `brown-${kind}-v1`;
  const corpus = sent.has(key) ? { key } : { key, train: flattenDocs(bertDocuments(data.brown, vocab, false)), val: flattenDocs(bertDocuments(data.brown, vocab, true)) };
  sent.add(key);
  const common = { data: corpus, optimizer: { name: 'adam' as const, hyper: { lr } }, batchSize: batch, seed: 'live', evalEvery: 25 };
  if (kind === 'bert') return { ...common, kind: 'bertPretrain', config: data.bert.model.config, init: fromShipped ? data.bertBytes : undefined };
  return { ...common, kind: 'bilstmLm', config: data.bilstm.model.config, init: fromShipped ? data.bilstmBytes : undefined, maxWords: 20, sampled: 4 };
}

export default function Retrain({ params: p, set, data, live, onUse }: Props) {
  const m = useMessages(pretrainMessages);
  const { view, start, pause, resume, step, reset } = useTrainingRun();
  const sent = useRef(new Set<string>());
  const snap = view.snapshot;
  const running = view.state === 'running';
  const go = (fromShipped: boolean) => {
    start(retrainTask(data, p.rm, fromShipped, p.rb, p.rl, sent.current), { snapshotHz: 1 });
  };
  // The report says which model it is about (a snapshot of the previous run may still arrive after a new start).
  const report = snap?.report as unknown as BertPretrainReport | BilstmLmReport | undefined;
  const bert = report && 'valMlmLoss' in report ? report : undefined;
  const lstm = report && 'valFwd' in report ? report : undefined;
  const kind: RetrainModel | null = bert ? 'bert' : lstm ? 'bilstm' : null;
  const showBert = (kind ?? p.rm) === 'bert';
  const curve = bert?.curve ?? lstm?.curve ?? [];
  const maxStep = Math.max(25, snap?.step ?? 0, ...curve.map((c) => c[0]));
  const use = () => {
    if (!snap || !kind) return;
    onUse({ kind, weights: snap.weights, step: snap.step });
  };
  const options = useMemo(() => RETRAIN_MODELS.map((value) => ({ value, label: value === 'bert' ? m.rtBert : m.rtBilstm })), [m]);
  const rate = view.seconds > 0 && snap ? snap.step / view.seconds : 0;
  return (
    <div className="ga-pt-retrain">
      <div className="ga-controls">
        <Select label={m.rtModel} value={p.rm} options={options} onChange={(rm: RetrainModel) => set({ rm })} data-testid="rt-model" />
        <NumberField label={p.rm === 'bert' ? m.rtBatchPairs : m.rtBatchSentences} value={p.rb} min={1} max={64} integer onChange={(rb) => set({ rb })} data-testid="rt-batch" />
        <NumberField label={m.rtLr} value={p.rl} min={0.00001} max={0.05} step={0.0005} onChange={(rl) => set({ rl })} data-testid="rt-lr" />
      </div>
      <div className="ga-controls">
        <button type="button" className="ga-button" data-testid="rt-shipped" onClick={() => go(true)}>{m.rtContinue}</button>
        <button type="button" className="ga-button" data-testid="rt-scratch" onClick={() => go(false)}>{m.rtScratch}</button>
        <button type="button" className="ga-button" disabled={!snap} data-testid="rt-pause" onClick={running ? pause : resume}>{running ? m.pause : m.rtResume}</button>
        <button type="button" className="ga-button" disabled={!snap} data-testid="rt-step" onClick={() => step(1)}>{m.rtStep}</button>
        <button type="button" className="ga-button" disabled={!snap} data-testid="rt-reset" onClick={reset}>{m.rtReset}</button>
      </div>
      <p className="ga-readout" aria-live="polite" data-testid="rt-status" data-kind={kind ?? ''} data-step={snap?.step ?? 0}
        data-train={bert?.trainMlm ?? lstm?.trainFwd ?? ''} data-val={bert?.valMlmLoss ?? lstm?.valFwd ?? ''} data-val-step={bert?.valStep ?? lstm?.valStep ?? ''}
        data-first-val={curve[0]?.[bert ? 4 : 3] ?? ''} data-val-acc={bert?.valMlmAccuracy ?? ''}>
        {bert && snap ? fmt(m.rtBertStatus, {
          step: snap.step, rate: formatNumber(rate, 2), mlm: formatNumber(bert.trainMlm, 3), nsp: formatNumber(bert.trainNsp, 3), vstep: bert.valStep,
          vloss: formatNumber(bert.valMlmLoss, 3), acc: formatNumber(100 * bert.valMlmAccuracy, 1), uni: formatNumber(100 * bert.valUnigram, 1), nacc: formatNumber(100 * bert.valNspAccuracy, 1), n: bert.masked,
        }) : lstm && snap ? fmt(m.rtLstmStatus, {
          step: snap.step, rate: formatNumber(rate, 2), f: formatNumber(lstm.trainFwd, 3), b: formatNumber(lstm.trainBwd, 3), vstep: lstm.valStep,
          vf: formatNumber(lstm.valFwd, 3), vb: formatNumber(lstm.valBwd, 3), pf: formatNumber(Math.exp(lstm.valFwd), 1), pb: formatNumber(Math.exp(lstm.valBwd), 1),
        }) : view.started ? m.rtPreparing : m.rtIdle}
      </p>
      {view.error && <Notice kind="error" data-testid="rt-error">{view.error}</Notice>}
      {view.diverged !== null && <Notice kind="warn">{fmt(m.rtDiverged, { step: view.diverged })}</Notice>}
      <div className="ga-pt-plots">
        <CurveChart title={m.rtLossTitle} xLabel={m.ftSteps} yLabel={m.rtNats} xMax={maxStep} testId="rt-loss-chart"
          curves={showBert ? [
            { id: 'mlm', label: m.rtTrainMlm, points: col(curve, 1) },
            { id: 'vmlm', label: m.rtValMlm, points: col(curve, 4), dashed: true },
            { id: 'nsp', label: m.rtTrainNsp, points: col(curve, 2) },
          ] : [
            { id: 'f', label: m.rtTrainFwd, points: col(curve, 1) },
            { id: 'b', label: m.rtTrainBwd, points: col(curve, 2) },
            { id: 'vf', label: m.rtValFwd, points: col(curve, 3), dashed: true },
            { id: 'vb', label: m.rtValBwd, points: col(curve, 4), dashed: true },
          ]} />
        {showBert && (
          <CurveChart title={m.rtAccTitle} xLabel={m.ftSteps} yLabel={m.rtTop1} xMax={maxStep}
            curves={[
              { id: 'acc', label: m.rtValTop1, points: col(curve, 3) },
              { id: 'uni', label: m.rtUnigram, points: bert ? [[0, bert.valUnigram], [maxStep, bert.valUnigram]] : [], dashed: true },
            ]} />
        )}
      </div>
      <div className="ga-controls">
        <button type="button" className="ga-button" disabled={!snap || !kind} data-testid="rt-use" onClick={use}>{fmt(m.rtUse, { step: snap?.step ?? 0 })}</button>
        <button type="button" className="ga-button" disabled={!live.bert && !live.bilstm} data-testid="rt-use-shipped" onClick={() => onUse(null)}>{m.rtUseShipped}</button>
      </div>
      <p className="ga-note" data-testid="rt-in-use" data-bert-step={live.bert?.step ?? ''} data-lstm-step={live.bilstm?.step ?? ''}>
        {fmt(m.rtInUse, { bert: live.bert ? fmt(m.rtRetrainedAt, { step: live.bert.step }) : m.rtShippedName, lstm: live.bilstm ? fmt(m.rtRetrainedAt, { step: live.bilstm.step }) : m.rtShippedName })}
      </p>
    </div>
  );
}
