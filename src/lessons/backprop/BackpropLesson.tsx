import { useMessages } from '../../i18n';
import { useUrlState } from '../../state/useUrlState';
import { LessonLayout, ProseBlock } from '../../ui/LessonLayout';
import { Prose } from '../../ui/Prose';
import { UrlNotice } from '../../ui/UrlNotice';
import { Widget } from '../../ui/Widget';
import { BackpropExercises } from './BackpropExercises';
import { configOf } from './config';
import { JacobianChain } from './JacobianChain';
import { MatrixFormPanel, ResidualPanel } from './MatrixFormPanel';
import { backpropMessages } from './messages';
import { meta } from './meta';
import { NetworkStepper } from './NetworkStepper';
import { backpropSchema } from './params';
import { Playground } from './Playground';
import { replay } from '../../models/backprop';
import './backprop.css';

type Key = keyof typeof backpropSchema;
const STEPPER_KEYS: Key[] = ['sz', 'act', 'loss', 'x', 'y', 'eta', 'seed', 'wts', 'bs', 'res', 'step', 'fi', 'view', 'gl', 'gr', 'gc', 'eps'];
const PG_KEYS = (Object.keys(backpropSchema) as Key[]).filter((k) => k.startsWith('p'));

/** Route /backprop: the stepped network, gradient check, matrix form, residual, exercise, live playground. */
export default function BackpropLesson() {
  const m = useMessages(backpropMessages);
  const { title } = useMessages(meta.messages);
  const [params, set, invalid, reset] = useUrlState(backpropSchema);
  const { cfg } = configOf(params);
  const state = replay(cfg, params.step);
  return (
    <LessonLayout title={title} lead={m.lead}>
      <UrlNotice invalid={invalid} />
      <ProseBlock><Prose text={m.introNet} /><Prose text={m.introDelta} /><Prose text={m.introTry} /></ProseBlock>
      <Widget id="stepper" title={m.stepperTitle} onReset={reset(STEPPER_KEYS)}>
        <NetworkStepper params={params} set={set} />
      </Widget>
      <Widget id="matrix-form" title={m.matrixTitle} onReset={reset(STEPPER_KEYS)}>
        <MatrixFormPanel cfg={cfg} state={state} />
      </Widget>
      <Widget id="residual" title={m.residualTitle} onReset={reset(STEPPER_KEYS)}>
        <ResidualPanel cfg={cfg} state={state} />
      </Widget>
      <ProseBlock><Prose text={m.jacIntro} /></ProseBlock>
      <Widget id="jacobian" title={m.jacTitle} onReset={reset(['jx'])}>
        <JacobianChain x={params.jx} set={set} />
      </Widget>
      <ProseBlock><Prose text={m.deltasIntro} /></ProseBlock>
      <Widget id="exercises" title={m.exercisesTitle}>
        <BackpropExercises set={set} />
      </Widget>
      <ProseBlock><Prose text={m.playgroundIntro} /></ProseBlock>
      <Widget id="playground" title={m.playgroundTitle} onReset={reset(PG_KEYS)}>
        <Playground params={params} set={set} />
      </Widget>
    </LessonLayout>
  );
}
