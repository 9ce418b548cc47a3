import { useMemo, useState } from 'react';
import type { BrownCorpus } from '../../data';
import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import type { Values } from '../../lib/urlParams';
import type { GptReport, GptTask, GptText } from '../../models/lm/gptTask';
import { gptConfigError, gptParamCount } from '../../models/lm/gpt';
import { Notice } from '../../ui/Notice';
import { NumberField } from '../../ui/NumberField';
import { FunctionPlot } from '../../viz/FunctionPlot';
import { modelFromWeights } from '../../models/lm/load';
import type { LmModel, Shipped } from './lmData';
import { lmMessages } from './messages';
import type { lmSchema } from './params';
import { useTrainingRun } from '../../state/useTrainingRun';
import { utf8 } from './lmData';

type Params = Values<typeof lmSchema>;
interface Props { shipped: Shipped; corpus: BrownCorpus | null; params: Params; set: (p: Partial<Params>) => void; onUseLive: (model: LmModel) => void }

type Arch = GptTask['arch'];

/** The task for a run: fresh (seeded) weights of `arch`, or the shipped weights. */
export function lmTask(shipped: Shipped, text: { train: GptText; validation: GptText }, arch: Arch, batch: number, lr: number, fromShipped: boolean): GptTask {
  return {
    kind: 'gpt', arch: fromShipped ? shipped.config.arch : arch, bpe: shipped.config.bpe, data: { key: 'brown', ...text },
    init: fromShipped ? shipped.bytes : undefined, optimizer: { name: 'adam', hyper: { lr } }, batchSize: batch, seed: 'live', evalEvery: 20,
    valWindows: shipped.config.training.valWindows,
  };
}

function Facts({ shipped }: { shipped: Shipped }) {
  const m = useMessages(lmMessages);
  const t = shipped.config.training;
  return (
    <p className="ga-readout" data-testid="lm-shipped-facts" data-val={t.valLoss} data-unigram={t.unigram}>
      {fmt(m.shippedFacts, {
        steps: t.steps, batch: t.batch, ctx: shipped.config.arch.context, seconds: t.seconds, val: formatNumber(t.valLoss, 3),
        ppl: formatNumber(Math.exp(t.valLoss), 1), uni: formatNumber(t.unigram, 3), uppl: formatNumber(Math.exp(t.unigram), 1),
      })}
    </p>
  );
}

export function TrainWidget({ shipped, corpus, params: p, set, onUseLive }: Props) {
  const m = useMessages(lmMessages);
  const { view, start, pause, resume } = useTrainingRun();
  const text = useMemo(() => (corpus ? { train: utf8(corpus.train), validation: utf8(corpus.validation) } : null), [corpus]);
  const wanted = { layers: p.L, heads: p.H, dModel: p.D, context: p.C };
  const err = gptConfigError({ ...wanted, vocab: shipped.model.tok.size });
  const [good, setGood] = useState<Arch>(wanted);
  if (!err && (good.layers !== p.L || good.heads !== p.H || good.dModel !== p.D || good.context !== p.C)) setGood(wanted);
  const snap = view.snapshot;
  const r = snap?.report as unknown as GptReport | undefined;
  const running = view.state === 'running';
  const rate = view.first && snap && view.seconds > view.first.seconds ? (snap.step - view.first.step) / (view.seconds - view.first.seconds) : 0;
  const curve = r?.curve ?? [];
  const maxStep = Math.max(20, ...curve.map((c) => c[0]));
  const uni = shipped.config.training.unigram;
  const useLive = () => {
    if (!snap || !r) return;
    const [layers, heads, dModel, context] = r.arch;
    onUseLive(modelFromWeights({ layers, heads, dModel, context, vocab: shipped.model.tok.size }, snap.weights, shipped.model.tok, snap.step));
  };
  const go = (fromShipped: boolean) => text && start(lmTask(shipped, text, good, p.B, p.lr, fromShipped), { snapshotHz: 2, maxSteps: 5000 });
  return (
    <div className="ga-lm-train">
      <Facts shipped={shipped} />
      <div className="ga-controls">
        <NumberField label={m.layers} value={p.L} min={1} max={4} integer onChange={(L) => set({ L })} data-testid="lm-layers" />
        <NumberField label={m.heads} value={p.H} min={1} max={8} integer onChange={(H) => set({ H })} data-testid="lm-heads" />
        <NumberField label={m.dModel} value={p.D} min={16} max={128} integer onChange={(D) => set({ D })} data-testid="lm-dmodel" />
        <NumberField label={m.context} value={p.C} min={16} max={128} integer onChange={(C) => set({ C })} data-testid="lm-context" />
        <NumberField label={m.batch} value={p.B} min={1} max={32} integer onChange={(B) => set({ B })} />
        <NumberField label={m.lr} value={p.lr} min={1e-5} max={0.1} step={0.001} onChange={(lr) => set({ lr })} />
      </div>
      {err && <p className="ga-field__error" role="status" data-testid="lm-arch-error">{fmt(m.notDivisible, { d: p.D, h: p.H, ld: good.dModel, lh: good.heads })}</p>}
      <p className="ga-note" data-testid="lm-param-count">{fmt(m.paramCount, { n: gptParamCount({ ...good, vocab: shipped.model.tok.size }).toLocaleString('en'), mb: formatNumber(gptParamCount({ ...good, vocab: shipped.model.tok.size }) * 4 / 1e6, 2) })}</p>
      <div className="ga-controls">
        <button type="button" className="ga-button" disabled={!text} data-testid="lm-train-scratch" onClick={() => go(false)}>{m.trainScratch}</button>
        <button type="button" className="ga-button" disabled={!text} data-testid="lm-train-shipped" onClick={() => go(true)}>{m.continueShipped}</button>
        <button type="button" className="ga-button" disabled={!snap} data-testid="lm-train-pause" onClick={running ? pause : resume}>{running ? m.pause : m.resume}</button>
        <button type="button" className="ga-button" disabled={!snap} data-testid="lm-use-live" onClick={useLive}>{fmt(m.sourceLive, { step: snap?.step ?? 0 })} →</button>
      </div>
      {!corpus && <p className="ga-note">{m.loadingCorpus}</p>}
      <p className="ga-readout" aria-live="polite" data-testid="lm-train-status" data-step={snap?.step ?? 0} data-val={r?.valLoss ?? ''} data-val-step={r?.valStep ?? ''} data-first-val={curve[0]?.[2] ?? ''} data-rate={rate}>
        {r && snap ? fmt(m.trainStatus, { step: snap.step, rate: formatNumber(rate, 2), train: formatNumber(r.trainLoss, 3), val: formatNumber(r.valLoss, 3), ppl: formatNumber(Math.exp(r.valLoss), 1), vstep: r.valStep })
          : view.started ? m.preparing : m.notTrained}
      </p>
      {view.error && <Notice kind="error">{view.error}</Notice>}
      {view.diverged !== null && <Notice kind="warn">{fmt(m.diverged, { step: view.diverged })}</Notice>}
      <FunctionPlot title={m.curveTitle} xLabel={m.xStep} yLabel={m.yLoss} xDomain={[0, maxStep]} width={520} height={260}
        series={[
          { id: 'train', label: m.curveTrain, points: curve.map((c) => [c[0], c[1]] as [number, number]) },
          { id: 'val', label: m.curveVal, points: curve.map((c) => [c[0], c[2]] as [number, number]) },
          { id: 'uni', label: m.curveUnigram, points: [[0, uni], [maxStep, uni]], dashed: true },
        ]} />
      {r?.sample && (
        <figure className="ga-lm-sample">
          <figcaption>{fmt(m.sampleAt, { step: r.sampleStep })}</figcaption>
          <pre lang="en" data-testid="lm-train-sample">{r.sample}</pre>
        </figure>
      )}
    </div>
  );
}
