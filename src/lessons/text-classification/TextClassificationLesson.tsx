import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import { useUrlState } from '../../state/useUrlState';
import { LessonLayout, ProseBlock } from '../../ui/LessonLayout';
import { Notice } from '../../ui/Notice';
import { Prose } from '../../ui/Prose';
import { UrlNotice } from '../../ui/UrlNotice';
import { Widget } from '../../ui/Widget';
import { Exercises } from './Exercises';
import { textMessages } from './messages';
import { meta } from './meta';
import { NbStepper } from './NbStepper';
import { NeuralTrainer } from './NeuralTrainer';
import { textSchema } from './params';
import { Results } from './Results';
import { TfIdf } from './TfIdf';
import { useSpamData, type SpamState } from './useSpamData';
import { useTextTraining } from './useTextTraining';
import { YourText } from './YourText';
import './text.css';

const kib = (n: number) => formatNumber(n / 1024, 0);

function DataStatus({ state }: { state: SpamState }) {
  const m = useMessages(textMessages);
  if (state.status === 'error') return <Notice kind="error" data-testid="spam-error">{fmt(m.dataError, { message: state.message })}</Notice>;
  if (state.status === 'loading') {
    const pct = state.total ? Math.round((100 * state.loaded) / state.total) : null;
    return (
      <div className="ga-tc-progress">
        <progress max={state.total ?? undefined} value={state.total ? state.loaded : undefined} aria-label={m.dataLoading} />
        <span>{pct === null ? fmt(m.dataLoadingKb, { kb: kib(state.loaded) }) : fmt(m.dataLoadingPct, { pct, kb: kib(state.loaded), total: kib(state.total ?? 0) })}</span>
      </div>
    );
  }
  const b = state.bundle;
  return (
    <p className="ga-tc-note" data-testid="spam-ready" data-bytes={b.bytes} data-seconds={b.readySeconds}>
      {fmt(m.dataReady, { train: b.data.train.count, test: b.data.test.count, kb: kib(b.bytes), v: b.data.vocab.length - 2, s: formatNumber(b.readySeconds, 2), ms: formatNumber(b.nbMillis, 0) })}
    </p>
  );
}

/** Route /text-classification: Naive Bayes word by word, neural classifiers trained live, all on real e-mail. */
export default function TextClassificationLesson() {
  const m = useMessages(textMessages);
  const { title } = useMessages(meta.messages);
  const [params, set, invalid, reset] = useUrlState(textSchema);
  const spam = useSpamData();
  const bundle = spam.status === 'ready' ? spam.bundle : null;
  const run = useTextTraining(bundle, params.enc, params.lr);
  const props = { params, set };
  const waiting = <DataStatus state={spam} />;
  return (
    <LessonLayout title={title} lead={m.lead}>
      <UrlNotice invalid={invalid} />
      <ProseBlock><Prose text={m.introTask} /><Prose text={m.introData} />{waiting}</ProseBlock>
      <ProseBlock><Prose text={m.introBayes} /><Prose text={m.introBag} /><Prose text={m.introLaplace} /><Prose text={m.introLogs} /></ProseBlock>
      <Widget id="nb" title={m.nbTitle} onReset={reset(['np', 'nm', 'nt', 'ns'])}>
        {bundle ? <NbStepper bundle={bundle} {...props} /> : waiting}
      </Widget>
      <ProseBlock><Prose text={m.introNeural} /><Prose text={m.introEncoders} /></ProseBlock>
      <Widget id="neural" title={m.neuralTitle} onReset={reset(['enc', 'lr'])}>
        <NeuralTrainer {...props} run={run} ready={bundle !== null} />
      </Widget>
      <ProseBlock><Prose text={m.introMetrics} /></ProseBlock>
      <Widget id="results" title={m.resultsTitle} onReset={reset(['th'])}>
        {bundle ? <Results bundle={bundle} run={run} {...props} /> : waiting}
      </Widget>
      <ProseBlock><Prose text={m.introYours} /></ProseBlock>
      <Widget id="yours" title={m.yoursTitle} onReset={reset(['yt'])}>
        {bundle ? <YourText bundle={bundle} run={run} {...props} /> : waiting}
      </Widget>
      <ProseBlock><Prose text={m.introTfidf} /></ProseBlock>
      <Widget id="tfidf" title={m.tfidfTitle} onReset={reset(['ta', 'tb'])}>
        {bundle ? <TfIdf bundle={bundle} {...props} /> : waiting}
      </Widget>
      <ProseBlock><Prose text={m.introExercises} /></ProseBlock>
      <Widget id="exercises" title={m.exercisesTitle}>
        <Exercises />
      </Widget>
    </LessonLayout>
  );
}
