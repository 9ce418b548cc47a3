import { useMemo } from 'react';
import { fmt, useMessages } from '../../i18n';
import { useUrlState } from '../../state/useUrlState';
import { LessonLayout, ProseBlock } from '../../ui/LessonLayout';
import { Notice } from '../../ui/Notice';
import { Prose } from '../../ui/Prose';
import { UrlNotice } from '../../ui/UrlNotice';
import { Widget } from '../../ui/Widget';
import { DigitCompare } from './DigitCompare';
import { DlExercises } from './DlExercises';
import { EpochPlan } from './EpochPlan';
import { FeatureView } from './FeatureView';
import { LearnedFeatures } from './LearnedFeatures';
import { dlMessages } from './messages';
import { meta } from './meta';
import { ParamCounter } from './ParamCounter';
import { NestedFields, Paradigms } from './Paradigms';
import { dlSchema } from './params';
import { ThreeSteps } from './ThreeSteps';
import { Timeline } from './Timeline';
import { useCompareTraining } from './useCompareTraining';
import { useMnist, type MnistState } from '../../data/useMnist';
import './deepLearning.css';

function DataStatus({ state }: { state: MnistState }) {
  const m = useMessages(dlMessages);
  if (state.status === 'error') return <Notice kind="error" data-testid="digits-error">{fmt(m.dataError, { message: state.message })}</Notice>;
  if (state.status === 'loading') {
    const pct = state.total ? Math.round((100 * state.loaded) / state.total) : null;
    return (
      <div className="ga-dl-loading" role="status">
        <label>{pct === null ? m.dataLoading : fmt(m.dataLoadingPct, { pct })}{' '}
          <progress max={100} value={pct ?? undefined} aria-label={m.dataLoading} />
        </label>
      </div>
    );
  }
  return <p className="ga-dl-muted" data-testid="digits-ready">{fmt(m.dataReady, { train: state.data.train.count, test: state.data.test.count })}</p>;
}

/** Route /deep-learning: the opening lesson. */
export default function DeepLearningLesson() {
  const m = useMessages(dlMessages);
  const { title } = useMessages(meta.messages);
  const [params, set, invalid, reset] = useUrlState(dlSchema);
  const digits = useMnist();
  const data = digits.status === 'ready' ? digits.data : null;
  const cfg = useMemo(() => ({ features: params.feat, hidden: params.hid, epochs: params.ep }), [params.feat, params.hid, params.ep]);
  const compare = useCompareTraining(data, cfg);
  const props = { params, set };
  return (
    <LessonLayout title={title} lead={m.lead}>
      <UrlNotice invalid={invalid} />
      <ProseBlock><Prose text={m.introParadigms} /></ProseBlock>
      <Widget id="paradigms" title={m.paradigmsTitle}>
        <Paradigms />
      </Widget>
      <ProseBlock><Prose text={m.introNested} /></ProseBlock>
      <Widget id="nested" title={m.nestedTitle} onReset={reset(['lv'])}>
        <NestedFields {...props} />
      </Widget>
      <ProseBlock><Prose text={m.introCompare} /><DataStatus state={digits} /></ProseBlock>
      <Widget id="compare" title={m.compareTitle} onReset={reset(['feat', 'ep', 'hid'])}>
        <DigitCompare {...props} compare={compare} data={data} />
      </Widget>
      <ProseBlock><Prose text={m.introFeatures} /></ProseBlock>
      <Widget id="features" title={m.featuresTitle} onReset={reset(['dg', 'feat'])}>
        <div className="ga-dl-row ga-dl-row--top">
          <FeatureView {...props} data={data} />
          <LearnedFeatures mlp={compare.runs.mlp} raw={compare.runs.raw} />
        </div>
      </Widget>
      <ProseBlock><Prose text={m.introWhy} /><Prose text={m.introSteps} /></ProseBlock>
      <Widget id="steps" title={m.stepsTitle} onReset={reset(['ts', 'tlr', 'tn', 'tstep'])}>
        <ThreeSteps {...props} />
      </Widget>
      <ProseBlock><Prose text={m.introHistory} /></ProseBlock>
      <Widget id="history" title={m.historyTitle} onReset={reset(['ty'])}>
        <Timeline {...props} />
      </Widget>
      <ProseBlock><Prose text={m.introParams} /></ProseBlock>
      <Widget id="params" title={m.paramsTitle} onReset={reset(['pn'])}>
        <ParamCounter {...props} />
      </Widget>
      <ProseBlock><Prose text={m.introEpochs} /></ProseBlock>
      <Widget id="epochs" title={m.epochsTitle} onReset={reset(['en', 'eb', 'ee'])}>
        <EpochPlan {...props} />
      </Widget>
      <Widget id="exercises" title={m.exercisesTitle}>
        <DlExercises />
      </Widget>
      <ProseBlock><Prose text={m.outro} /></ProseBlock>
    </LessonLayout>
  );
}
