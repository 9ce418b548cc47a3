import { lazy, Suspense, useMemo, useState } from 'react';
import { fmt, useMessages } from '../../i18n';
import { bertFromWeights, bilstmFromWeights } from '../../models/pretrain/inference';
import { bertDocuments } from '../../models/pretrain/setup';
import type { WeightSnapshot } from '../../workers/protocol';
import { useUrlState } from '../../state/useUrlState';
import { LessonLayout, ProseBlock } from '../../ui/LessonLayout';
import { Notice } from '../../ui/Notice';
import { Prose } from '../../ui/Prose';
import { UrlNotice } from '../../ui/UrlNotice';
import { Widget } from '../../ui/Widget';
import { Contextual } from './Contextual';
import { Finetune } from './Finetune';
import { Heads } from './Heads';
import { InputView } from './InputView';
import { MaskedLm } from './MaskedLm';
import { pretrainMessages } from './messages';
import { meta } from './meta';
import { NspView } from './NspView';
import { pretrainSchema } from './params';
import { PretrainExercises } from './PretrainExercises';
import type { LiveModels, PretrainParams } from './shared';
import { CostChart, Tables } from './Tables';
import { useFinetune } from './useFinetune';
import { usePretrainData, type PretrainState } from './usePretrainData';
import './pretraining.css';

// The live pre-training widget (worker client, curves) is its own chunk, loaded as the page renders it.
const Retrain = lazy(() => import('./Retrain'));

function Status({ state }: { state: PretrainState }) {
  const m = useMessages(pretrainMessages);
  if (state.status === 'error') return <Notice kind="error" data-testid="pt-error">{fmt(m.dataError, { message: state.message })}</Notice>;
  if (state.status === 'loading') {
    const pct = state.total ? Math.round((100 * state.loaded) / state.total) : null;
    return (
      <div role="status"><label>{pct === null ? m.dataLoading : fmt(m.dataLoadingPct, { pct })}{' '}
        <progress max={100} value={pct ?? undefined} aria-label={m.dataLoading} /></label></div>
    );
  }
  const d = state.data;
  return (
    <p className="ga-pt-muted" data-testid="pt-ready">{fmt(m.dataReady, {
      bert: Math.round(d.sizes.bert / 1024), bertSteps: d.bert.info.training.steps, bertSec: Math.round(d.bert.info.training.seconds),
      lstm: Math.round(d.sizes.bilstm / 1024), lstmSteps: d.bilstm.info.training.steps, lstmSec: Math.round(d.bilstm.info.training.seconds),
      sentences: d.brown.train.length + d.brown.validation.length, mails: d.spam.train.count + d.spam.test.count,
    })}</p>
  );
}

/** Which weights a widget uses: the shipped checkpoint or the student's retrained ones. */
function Source({ step, testId }: { step: number | undefined; testId: string }) {
  const m = useMessages(pretrainMessages);
  return <p className="ga-pt-muted" data-testid={testId} data-step={step ?? ''}>{fmt(m.modelInUse, { which: step === undefined ? m.rtShippedName : fmt(m.rtRetrainedAt, { step }) })}</p>;
}

/** Route /pretraining: ELMo-style contextual vectors, BERT in miniature, fine-tuning, and the decks' tables. */
export default function PretrainingLesson() {
  const m = useMessages(pretrainMessages);
  const { title } = useMessages(meta.messages);
  const [params, set, invalid, reset] = useUrlState(pretrainSchema);
  const state = usePretrainData();
  const shipped = state.status === 'ready' ? state.data : null;
  const [live, setLive] = useState<LiveModels>({});
  // The widgets read the retrained weights once the student chose to use them; fine-tuning keeps the shipped start.
  const data = useMemo(() => shipped && {
    ...shipped,
    bert: live.bert ? { ...shipped.bert, model: live.bert.model } : shipped.bert,
    bilstm: live.bilstm ? { ...shipped.bilstm, model: live.bilstm.model } : shipped.bilstm,
  }, [shipped, live]);
  const onUse = (use: { kind: 'bert' | 'bilstm'; weights: WeightSnapshot[]; step: number } | null) => {
    if (!use || !shipped) setLive({});
    else if (use.kind === 'bert') setLive((l) => ({ ...l, bert: { model: bertFromWeights(shipped.bert.model.config, use.weights), step: use.step } }));
    else setLive((l) => ({ ...l, bilstm: { model: bilstmFromWeights(shipped.bilstm.model.config, use.weights), step: use.step } }));
  };
  const val = useMemo(() => (shipped ? bertDocuments(shipped.brown, shipped.bert.vocab, true) : []), [shipped]);
  const run = useFinetune(shipped);
  const setP = set as (p: Partial<PretrainParams>) => void;
  const own = data ? [
    { label: m.costOwnBert, seconds: data.bert.info.training.seconds },
    { label: m.costOwnLstm, seconds: data.bilstm.info.training.seconds },
    ...Object.values(run.results).map((r) => ({ label: fmt(m.costOwnFt, { n: r!.budget }), seconds: r!.seconds })),
  ] : [];
  const props = data ? { params, set: setP, data } : null;
  return (
    <LessonLayout title={title} lead={m.lead}>
      <UrlNotice invalid={invalid} />
      <ProseBlock><Prose text={m.introStages} /><Status state={state} /></ProseBlock>
      <ProseBlock><Prose text={m.introElmo} /></ProseBlock>
      <Widget id="contextual" title={m.elmoTitle} onReset={reset(['cw', 'c1', 'c2'])}>
        {props ? <><Source step={live.bilstm?.step} testId="ctx-source" /><Contextual {...props} /></> : <Status state={state} />}
      </Widget>
      <ProseBlock><Prose text={m.introInput} /></ProseBlock>
      <Widget id="input" title={m.inputTitle} onReset={reset(['ia', 'ib', 'ip'])}>
        {props ? <InputView {...props} /> : <Status state={state} />}
      </Widget>
      <ProseBlock><Prose text={m.introMlm} /></ProseBlock>
      <Widget id="mlm" title={m.mlmTitle} onReset={reset(['ms', 'mk', 'mst'])}>
        {props ? <><Source step={live.bert?.step} testId="mlm-source" /><MaskedLm {...props} val={val} /></> : <Status state={state} />}
      </Widget>
      <ProseBlock><Prose text={m.introNsp} /></ProseBlock>
      <Widget id="nsp" title={m.nspTitle} onReset={reset(['np'])}>
        {props ? <NspView {...props} val={val} /> : <Status state={state} />}
      </Widget>
      <ProseBlock><Prose text={m.introRetrain} /></ProseBlock>
      <Widget id="retrain" title={m.rtTitle} onReset={reset(['rm', 'rb', 'rl'])}>
        {props && shipped ? <Suspense fallback={<p className="ga-pt-muted">…</p>}><Retrain {...props} data={shipped} live={live} onUse={onUse} /></Suspense> : <Status state={state} />}
      </Widget>
      <ProseBlock><Prose text={m.introFt} /></ProseBlock>
      <Widget id="finetune" title={m.ftTitle} onReset={reset(['fb'])}>
        {props ? <Finetune params={params} set={setP} run={run} /> : <Status state={state} />}
      </Widget>
      <ProseBlock><Prose text={m.introHeads} /></ProseBlock>
      <Widget id="heads" title={m.headsTitle}><Heads /></Widget>
      <ProseBlock><Prose text={m.introTables} /></ProseBlock>
      <Widget id="tables" title={m.tablesTitle} onReset={reset(['tb'])}>
        <Tables params={params} set={setP} />
      </Widget>
      <ProseBlock><Prose text={m.introCost} /></ProseBlock>
      <Widget id="cost" title={m.costTitle}>
        <CostChart own={own} />
      </Widget>
      <Widget id="exercises" title={m.exercisesTitle}>
        {data ? <PretrainExercises data={data} val={val} /> : <Status state={state} />}
      </Widget>
      <ProseBlock><Prose text={m.outro} /></ProseBlock>
    </LessonLayout>
  );
}
