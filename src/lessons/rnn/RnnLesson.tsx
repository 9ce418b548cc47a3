import { lazy, Suspense } from 'react';
import { useMessages } from '../../i18n';
import { useUrlState } from '../../state/useUrlState';
import { LessonLayout, ProseBlock } from '../../ui/LessonLayout';
import { Prose } from '../../ui/Prose';
import { UrlNotice } from '../../ui/UrlNotice';
import { Widget } from '../../ui/Widget';
import { BpttView } from './BpttView';
import { CharModel } from './CharModel';
import { GatesView } from './GatesView';
import { GradientReach } from './GradientReach';
import { HellStepper } from './HellStepper';
import { LstmCode } from './LstmCode';
import { MemoryRace } from './MemoryRace';
import { rnnMessages } from './messages';
import { meta } from './meta';
import { rnnSchema } from './params';
import { RnnExercises } from './RnnExercises';
import { SequenceShapes } from './SequenceShapes';
import { TotalLossView } from './TotalLossView';
import './rnn.css';

// Loaded on demand: the four-term ∂c_t/∂c_{t−1} with numbers and slow c against fast h.
const LstmDerivative = lazy(() => import('./LstmDerivative'));

/** Route /rnn: the recurrence on the lecture's example, sequence shapes, BPTT, vanishing gradients, LSTM/GRU, live training. */
export default function RnnLesson() {
  const m = useMessages(rnnMessages);
  const { title } = useMessages(meta.messages);
  const [params, set, invalid, reset] = useUrlState(rnnSchema);
  const props = { params, set };
  return (
    <LessonLayout title={title} lead={m.lead}>
      <UrlNotice invalid={invalid} />
      <ProseBlock><Prose text={m.whyRecurrent} /><Prose text={m.introRecurrence} /><Prose text={m.introHell} /></ProseBlock>
      <Widget id="hell" title={m.hellTitle} onReset={reset(['word', 'st', 'view'])}><HellStepper {...props} /></Widget>
      <ProseBlock><Prose text={m.shapesIntro} /></ProseBlock>
      <Widget id="shapes" title={m.shapesTitle} onReset={reset(['sh'])}><SequenceShapes {...props} /></Widget>
      <ProseBlock><Prose text={m.bpttIntro} /></ProseBlock>
      <Widget id="bptt" title={m.bpttTitle} onReset={reset(['bt', 'bk', 'word'])}><BpttView {...props} /></Widget>
      <ProseBlock><Prose text={m.totalIntro} /></ProseBlock>
      <Widget id="total" title={m.totalTitle} onReset={reset(['tp', 'tt', 'word'])}><TotalLossView {...props} /></Widget>
      <ProseBlock><Prose text={m.decayIntro} /></ProseBlock>
      <Widget id="reach" title={m.decayTitle} onReset={reset(['rs', 'rm', 'rl', 'fb', 'dlog'])}><GradientReach {...props} /></Widget>
      <ProseBlock><Prose text={m.lstmIntuition} /><Prose text={m.gatesIntro} /><Prose text={m.peepholeIntro} /></ProseBlock>
      <Widget id="gates" title={m.gatesTitle} onReset={reset(['gseed', 'gfb', 'gt', 'gpp', 'word'])}><GatesView {...props} /></Widget>
      <Suspense fallback={<p>…</p>}><LstmDerivative params={params} set={set} reset={reset} /></Suspense>
      <ProseBlock><Prose text={m.codeIntro} /></ProseBlock>
      <Widget id="lstm-code" title={m.codeTitle} onReset={reset(['lc', 'gseed', 'gfb', 'gpp', 'word'])}><LstmCode {...props} /></Widget>
      <ProseBlock><Prose text={m.memoryIntro} /></ProseBlock>
      <Widget id="memory" title={m.memoryTitle} onReset={reset(['mg', 'ms', 'mshow'])}><MemoryRace {...props} /></Widget>
      <ProseBlock><Prose text={m.charIntro} /></ProseBlock>
      <Widget id="chars" title={m.charTitle} onReset={reset(['ccell', 'temp'])}><CharModel {...props} /></Widget>
      <Widget id="exercises" title={m.exercisesTitle}><RnnExercises /></Widget>
    </LessonLayout>
  );
}
