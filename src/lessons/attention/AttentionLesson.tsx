import { useMessages } from '../../i18n';
import type { Values } from '../../lib/urlParams';
import { useUrlState } from '../../state/useUrlState';
import { LessonLayout, ProseBlock } from '../../ui/LessonLayout';
import { Prose } from '../../ui/Prose';
import { UrlNotice } from '../../ui/UrlNotice';
import { Widget } from '../../ui/Widget';
import { AlignmentTrainer } from './AlignmentTrainer';
import { AttentionExercises } from './AttentionExercises';
import { BeamSearchView } from './BeamSearchView';
import { BottleneckDiagram } from './BottleneckDiagram';
import { CostCalculator } from './CostCalculator';
import { attentionMessages } from './messages';
import { meta } from './meta';
import { LayerNormCalc } from './LayerNormCalc';
import { MultiHeadView } from './MultiHeadView';
import { attentionSchema } from './params';
import { PositionalView } from './PositionalView';
import { SaturationDemo } from './SaturationDemo';
import { ScoreStepper } from './ScoreStepper';
import { SelfAttentionStepper } from './SelfAttentionStepper';
import { TransformerBlock } from './TransformerBlock';
import { useAttentionTraining } from './useAttentionTraining';
import './attention.css';


type Props = { params: Values<typeof attentionSchema>; set: (patch: Partial<Values<typeof attentionSchema>>) => void };

/** The widgets that share the training run; only they re-render on the worker's snapshots. */
function TrainedSections({ params, set, reset }: Props & { reset: (keys: (keyof typeof attentionSchema)[]) => () => void }) {
  const m = useMessages(attentionMessages);
  const run = useAttentionTraining(params.ts);
  const props = { params, set };
  return (
    <>
      <Widget id="alignment" title={m.trainTitle} onReset={reset(['ts', 'tin'])}>
        <AlignmentTrainer {...props} run={run} />
      </Widget>
      <ProseBlock><Prose text={m.genIntro} /><Prose text={m.beamIntro} /></ProseBlock>
      <Widget id="beam" title={m.beamTitle} onReset={reset(['bin', 'bw', 'bst'])}>
        <BeamSearchView {...props} run={run} />
      </Widget>
    </>
  );
}

/** Route /attention: bottleneck, scores → softmax → context, a trained alignment, self-attention, heads, PE, the block, cost. */
export default function AttentionLesson() {
  const m = useMessages(attentionMessages);
  const { title } = useMessages(meta.messages);
  const [params, set, invalid, reset] = useUrlState(attentionSchema);
  const props = { params, set };
  return (
    <LessonLayout title={title} lead={m.lead}>
      <UrlNotice invalid={invalid} />
      <ProseBlock><Prose text={m.bottleneckIntro} /></ProseBlock>
      <Widget id="bottleneck" title={m.bottleneckTitle} onReset={reset(['bn'])}>
        <BottleneckDiagram attention={params.bn} onToggle={(bn) => set({ bn })} />
      </Widget>
      <ProseBlock><Prose text={m.scoresIntro} /><Prose text={m.scoresTry} /><Prose text={m.c0Note} /><Prose text={m.qkvIntro} /></ProseBlock>
      <Widget id="scores" title={m.scoresTitle} onReset={reset(['h1', 'h2', 'h3', 's', 'sk', 'sst'])}>
        <ScoreStepper {...props} />
      </Widget>
      <ProseBlock><Prose text={m.trainIntro} /><Prose text={m.trainWatch} /></ProseBlock>
      <TrainedSections {...props} reset={reset} />
      <ProseBlock><Prose text={m.selfIntro} /></ProseBlock>
      <Widget id="self-attention" title={m.selfTitle} onReset={reset(['sa', 'sac', 'sast'])}>
        <SelfAttentionStepper {...props} />
      </Widget>
      <ProseBlock><Prose text={m.satIntro} /></ProseBlock>
      <Widget id="saturation" title={m.satTitle} onReset={reset(['dk'])}>
        <SaturationDemo dk={params.dk} onChange={(dk) => set({ dk })} />
      </Widget>
      <ProseBlock><Prose text={m.mhIntro} /><Prose text={m.mhRandom} /></ProseBlock>
      <Widget id="multi-head" title={m.mhTitle} onReset={reset(['mh', 'mhs', 'mhc'])}>
        <MultiHeadView {...props} />
      </Widget>
      <ProseBlock><Prose text={m.peIntro} /></ProseBlock>
      <Widget id="positional" title={m.peTitle} onReset={reset(['pt', 'pd'])}>
        <PositionalView T={params.pt} D={params.pd} set={set} />
      </Widget>
      <ProseBlock><Prose text={m.blockIntro} /></ProseBlock>
      <Widget id="block" title={m.blockTitle}>
        <TransformerBlock />
      </Widget>
      <ProseBlock><Prose text={m.lnIntro} /></ProseBlock>
      <Widget id="layer-norm" title={m.lnTitle} onReset={reset(['ln'])}>
        <LayerNormCalc x={params.ln} onChange={(ln) => set({ ln })} />
      </Widget>
      <ProseBlock><Prose text={m.factsIntro} /><Prose text={m.costIntro} /></ProseBlock>
      <Widget id="cost" title={m.costTitle} onReset={reset(['cn', 'cd', 'ck'])}>
        <CostCalculator n={params.cn} d={params.cd} k={params.ck} set={set} />
      </Widget>
      <Widget id="exercises" title={m.exercisesTitle}>
        <AttentionExercises />
      </Widget>
    </LessonLayout>
  );
}
