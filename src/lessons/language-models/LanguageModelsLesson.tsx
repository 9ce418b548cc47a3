import { lazy, Suspense, useState } from 'react';
import { fmt, useMessages } from '../../i18n';
import { useUrlState } from '../../state/useUrlState';
import { LessonLayout, ProseBlock } from '../../ui/LessonLayout';
import { Notice } from '../../ui/Notice';
import { Prose } from '../../ui/Prose';
import { UrlNotice } from '../../ui/UrlNotice';
import { Widget } from '../../ui/Widget';
import { GenerateWidget } from './GenerateWidget';
import type { LmModel } from '../../models/lm/load';
import { LmExercise } from './LmExercise';
import { lmMessages } from './messages';
import { meta } from './meta';
import { lmSchema } from './params';
import { lmProse } from './prose';
import { TokensWidget } from './TokensWidget';
import { TrainWidget } from './TrainWidget';
import { useLmData, type Loading } from './useLmData';
import './lm.css';

const InspectWidget = lazy(() => import('./InspectWidget').then((x) => ({ default: x.InspectWidget })));
const OpsWidget = lazy(() => import('./OpsWidget').then((x) => ({ default: x.OpsWidget })));
const CostWidget = lazy(() => import('./CostWidget').then((x) => ({ default: x.CostWidget })));

function Progress<T>({ state, label, what, testId }: { state: Loading<T>; label: string; what: string; testId: string }) {
  const m = useMessages(lmMessages);
  if (state.status === 'ready') return null;
  if (state.status === 'error') return <Notice kind="error">{fmt(m.loadError, { what, message: state.message })}</Notice>;
  const pct = state.total ? Math.round((100 * state.loaded) / state.total) : undefined;
  return <p className="ga-note"><label>{label} <progress max={100} value={pct} data-testid={testId} /></label></p>;
}

/** Route /language-models: tokens, a GPT trained in the worker, a shipped checkpoint to sample from and inspect. */
export default function LanguageModelsLesson() {
  const m = useMessages(lmMessages);
  const pr = useMessages(lmProse);
  const { title } = useMessages(meta.messages);
  const [params, set, invalid, reset] = useUrlState(lmSchema);
  const { shipped, corpus } = useLmData();
  const [live, setLive] = useState<LmModel | null>(null);
  const ready = shipped.status === 'ready' ? shipped.data : null;
  const corpusData = corpus.status === 'ready' ? corpus.data : null;
  const model = live ?? ready?.model ?? null;
  const props = { params, set };
  return (
    <LessonLayout title={title} lead={pr.lead}>
      <UrlNotice invalid={invalid} />
      <Progress state={shipped} label={m.loadingModel} what={m.modelFile} testId="lm-model-progress" />
      <Progress state={corpus} label={m.loadingCorpus} what={m.corpusFile} testId="lm-corpus-progress" />
      <ProseBlock><Prose text={pr.chainRule} /><Prose text={pr.tokensIntro} /></ProseBlock>
      {ready && <Widget id="tokens" title={m.tokTitle} onReset={reset(['sent', 'bs'])}><TokensWidget tok={ready.model.tok} corpus={corpusData} {...props} /></Widget>}
      <ProseBlock><Prose text={pr.gptIntro} /><Prose text={pr.genIntro} /></ProseBlock>
      {ready && model && (
        <Widget id="generate" title={m.genTitle} onReset={reset(['prompt', 't', 'k', 'p', 'seed'])}>
          <GenerateWidget model={model} shippedSteps={ready.config.training.steps} onShipped={live ? () => setLive(null) : null} {...props} />
        </Widget>
      )}
      <ProseBlock><Prose text={pr.trainIntro} /></ProseBlock>
      {ready && <Widget id="train" title={m.trainTitle} onReset={reset(['L', 'H', 'D', 'C', 'B', 'lr'])}><TrainWidget shipped={ready} corpus={corpusData} onUseLive={setLive} {...props} /></Widget>}
      <ProseBlock><Prose text={pr.inspectIntro} /></ProseBlock>
      {model && <Widget id="inspect" title={m.inspectTitle} onReset={reset(['il', 'ih', 'prompt'])}><Suspense fallback={null}><InspectWidget model={model} {...props} /></Suspense></Widget>}
      <ProseBlock><Prose text={pr.opsIntro} /></ProseBlock>
      {model && <Widget id="ops" title={m.opsTitle} onReset={reset(['op', 'prompt'])}><Suspense fallback={null}><OpsWidget model={model} {...props} /></Suspense></Widget>}
      <ProseBlock><Prose text={pr.costIntro} /></ProseBlock>
      {ready && <Widget id="cost" title={m.costTitle}><Suspense fallback={null}><CostWidget shipped={ready} corpus={corpusData} /></Suspense></Widget>}
      <Widget id="exercises" title={m.exTitle}><LmExercise /></Widget>
    </LessonLayout>
  );
}
