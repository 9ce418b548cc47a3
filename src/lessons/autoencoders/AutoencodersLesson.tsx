import { fmt, useMessages } from '../../i18n';
import { useUrlState } from '../../state/useUrlState';
import { LessonLayout, ProseBlock } from '../../ui/LessonLayout';
import { Notice } from '../../ui/Notice';
import { Prose } from '../../ui/Prose';
import { UrlNotice } from '../../ui/UrlNotice';
import { Widget } from '../../ui/Widget';
import { AeWidget } from './AeWidget';
import { DbnWidget } from './DbnWidget';
import { AeExercises } from './Exercises';
import { aeMessages } from './messages';
import { meta } from './meta';
import { aeSchema } from './params';
import { RbmMnist } from './RbmMnist';
import { RbmStepper } from './RbmStepper';
import { useMnist, type MnistState } from '../../data/useMnist';
import './autoencoders.css';

function DataStatus({ state }: { state: MnistState }) {
  const m = useMessages(aeMessages);
  if (state.status === 'error') return <Notice kind="error" data-testid="mnist-error">{fmt(m.dataError, { message: state.message })}</Notice>;
  if (state.status === 'loading') {
    const pct = state.total ? Math.round((100 * state.loaded) / state.total) : 0;
    return (
      <div className="ga-ae-progress">
        <label htmlFor="ae-mnist-progress">{m.dataLoading}</label>{' '}
        <progress id="ae-mnist-progress" max={100} value={pct} data-testid="mnist-progress">{pct} %</progress>
      </div>
    );
  }
  return <p className="ga-ae-note" data-testid="mnist-ready">{fmt(m.dataReady, { train: state.data.train.count, test: state.data.test.count })}</p>;
}

/** Route /autoencoders: a 2-D autoencoder on MNIST, CD-1 on a 3 × 4 RBM, an RBM on MNIST, a DBN against random init. */
export default function AutoencodersLesson() {
  const m = useMessages(aeMessages);
  const { title } = useMessages(meta.messages);
  const [params, set, invalid, reset] = useUrlState(aeSchema);
  const mnist = useMnist();
  const data = mnist.status === 'ready' ? mnist.data : null;
  const props = { params, set, data };
  return (
    <LessonLayout title={title} lead={m.lead}>
      <UrlNotice invalid={invalid} />
      <ProseBlock><Prose text={m.introAe} /><DataStatus state={mnist} /></ProseBlock>
      <Widget id="ae" title={m.aeTitle} onReset={reset(['ah', 'an', 'alr', 'ad'])}>
        <AeWidget {...props} />
      </Widget>
      <ProseBlock><Prose text={m.introAeAfter} /><Prose text={m.introRbm} /></ProseBlock>
      <Widget id="rbm" title={m.rbmTitle} onReset={reset(['rv', 'rw', 'ra', 'rb', 'rlr', 'rs', 'rstep'])}>
        <RbmStepper params={params} set={set} />
      </Widget>
      <ProseBlock><Prose text={m.introRbmMnist} /></ProseBlock>
      <Widget id="rbm-mnist" title={m.rbmMnistTitle} onReset={reset(['mh', 'mlr'])}>
        <RbmMnist {...props} />
      </Widget>
      <ProseBlock><Prose text={m.introDbn} /></ProseBlock>
      <Widget id="dbn" title={m.dbnTitle} onReset={reset(['dl', 'dopt'])}>
        <DbnWidget {...props} />
      </Widget>
      <ProseBlock><Prose text={m.dbnFindings} /></ProseBlock>
      <Widget id="exercises" title={m.exercisesTitle}>
        <AeExercises />
      </Widget>
    </LessonLayout>
  );
}
