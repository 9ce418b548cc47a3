import { useMessages } from '../../i18n';
import { useUrlState } from '../../state/useUrlState';
import { LessonLayout, ProseBlock } from '../../ui/LessonLayout';
import { Prose } from '../../ui/Prose';
import { UrlNotice } from '../../ui/UrlNotice';
import { Widget } from '../../ui/Widget';
import { ActivationExplorer, TanhIdentity } from './ActivationExplorer';
import { LayerView } from './LayerView';
import { LinearCollapse } from './LinearCollapse';
import { neuronMessages } from './messages';
import { NeuronCalculator } from './NeuronCalculator';
import { NeuronExercises } from './NeuronExercises';
import { PreluLearner } from './PreluLearner';
import { meta } from './meta';
import { neuronSchema } from './params';
import './neuron.css';

/** Route /neuron: the weighted sum, activation functions, why non-linearity, a layer, exercises. */
export default function NeuronLesson() {
  const m = useMessages(neuronMessages);
  const { title } = useMessages(meta.messages);
  const [params, set, invalid, reset] = useUrlState(neuronSchema);
  const props = { params, set };
  return (
    <LessonLayout title={title} lead={m.lead}>
      <UrlNotice invalid={invalid} />
      <ProseBlock><Prose text={m.introWeighted} /><Prose text={m.introTry} /></ProseBlock>
      <Widget id="neuron" title={m.calcTitle} onReset={reset(['x', 'w', 'b', 'act', 'alpha', 'step'])}>
        <NeuronCalculator {...props} />
      </Widget>
      <ProseBlock><Prose text={m.explorerIntro} /></ProseBlock>
      <Widget id="activations" title={m.explorerTitle} onReset={reset(['ea', 'ed', 'alpha'])}>
        <ActivationExplorer {...props} />
      </Widget>
      <Widget id="identity" title={m.identityTitle} onReset={reset(['iz'])}>
        <TanhIdentity {...props} />
      </Widget>
      <ProseBlock><Prose text={m.preluIntro} /></ProseBlock>
      <Widget id="prelu" title={m.preluTitle} onReset={reset(['pt', 'pa0', 'plr', 'pk'])}>
        <PreluLearner {...props} />
      </Widget>
      <ProseBlock><Prose text={m.chooseIntro} /></ProseBlock>
      <ProseBlock><Prose text={m.nonlinIntro} /></ProseBlock>
      <Widget id="nonlinearity" title={m.nonlinTitle} onReset={reset(['w1', 'b1', 'w2', 'b2', 'ha'])}>
        <LinearCollapse {...props} />
      </Widget>
      <ProseBlock><Prose text={m.layerIntro} /></ProseBlock>
      <Widget id="layer" title={m.layerTitle} onReset={reset(['lw', 'lb'])}>
        <LayerView {...props} />
      </Widget>
      <Widget id="exercises" title={m.exercisesTitle}>
        <NeuronExercises />
      </Widget>
    </LessonLayout>
  );
}
