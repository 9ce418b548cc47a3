import { useMessages } from '../../i18n';
import { useUrlState } from '../../state/useUrlState';
import { LessonLayout, ProseBlock } from '../../ui/LessonLayout';
import { Prose } from '../../ui/Prose';
import { UrlNotice } from '../../ui/UrlNotice';
import { Widget } from '../../ui/Widget';
import { perceptronMessages } from './messages';
import { meta } from './meta';
import { perceptronSchema } from './params';
import { PerceptronExercises } from './PerceptronExercises';
import { PerceptronTrainer } from './PerceptronTrainer';
import { ThresholdUnit } from './ThresholdUnit';
import './perceptron.css';

/** Route /perceptron: the threshold unit, the training rule on a 2-D board, XOR, an exercise. */
export default function PerceptronLesson() {
  const m = useMessages(perceptronMessages);
  const { title } = useMessages(meta.messages);
  const [params, set, invalid, reset] = useUrlState(perceptronSchema);
  const props = { params, set };
  return (
    <LessonLayout title={title} lead={m.lead}>
      <UrlNotice invalid={invalid} />
      <ProseBlock><Prose text={m.introUnit} /></ProseBlock>
      <Widget id="unit" title={m.unitTitle} onReset={reset(['tw', 'tx'])}>
        <ThresholdUnit {...props} />
      </Widget>
      <ProseBlock><Prose text={m.introLine} /><Prose text={m.introRule} /><Prose text={m.introTry} /></ProseBlock>
      <Widget id="board" title={m.boardTitle} onReset={reset(['ds', 'pts', 'own', 'pc', 'eta', 'seed', 'cap', 'k', 'by'])}>
        <PerceptronTrainer {...props} />
      </Widget>
      <ProseBlock><Prose text={m.afterIntro} /></ProseBlock>
      <Widget id="exercises" title={m.exercisesTitle}>
        <PerceptronExercises />
      </Widget>
    </LessonLayout>
  );
}
