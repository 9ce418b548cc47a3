import { useMessages } from '../../i18n';
import { memoOnParams } from '../../state/memoOnParams';
import { useUrlState } from '../../state/useUrlState';
import { LessonLayout, ProseBlock } from '../../ui/LessonLayout';
import { Prose } from '../../ui/Prose';
import { UrlNotice } from '../../ui/UrlNotice';
import { Widget } from '../../ui/Widget';
import { Derivation } from './Derivation';
import { GdExercises } from './GdExercises';
import { gdMessages } from './messages';
import { meta } from './meta';
import { OptimizerRace } from './OptimizerRace';
import { gdSchema, RACER_LR_KEYS } from './params';
import { SurfaceDescent } from './SurfaceDescent';
import { VariantsCompare } from './VariantsCompare';
import './gradientDescent.css';

// Each widget redraws only for its own parameters (the race steps 30 times a second).
const DerivationWidget = memoOnParams(gdSchema, ['dv'], Derivation);
const SurfaceWidget = memoOnParams(gdSchema, ['rp', 'eta', 'gs'], SurfaceDescent);
const VariantsWidget = memoOnParams(gdSchema, ['rp', 'vEta', 'vB', 'vEp', 'vE'], VariantsCompare);
const RaceWidget = memoOnParams(gdSchema, ['fn', 'ri', 'rs', ...Object.values(RACER_LR_KEYS)], OptimizerRace);

/** Route /gradient-descent: the linear unit's gradient, the error surface, batch vs SGD, the optimizer race. */
export default function GradientDescentLesson() {
  const m = useMessages(gdMessages);
  const { title } = useMessages(meta.messages);
  const [params, set, invalid, reset] = useUrlState(gdSchema);
  const props = { params, set };
  return (
    <LessonLayout title={title} lead={m.lead}>
      <UrlNotice invalid={invalid} />
      <ProseBlock><Prose text={m.introLinear} /></ProseBlock>
      <Widget id="derivation" title={m.derivTitle} onReset={reset(['dv'])}>
        <DerivationWidget {...props} />
      </Widget>
      <ProseBlock><Prose text={m.introSurface} /><Prose text={m.introLr} /></ProseBlock>
      <Widget id="surface" title={m.surfaceTitle} onReset={reset(['rp', 'eta', 'gs'])}>
        <SurfaceWidget {...props} />
      </Widget>
      <ProseBlock><Prose text={m.introVariants} /></ProseBlock>
      <Widget id="variants" title={m.variantsTitle} onReset={reset(['vEta', 'vB', 'vEp', 'vE'])}>
        <VariantsWidget {...props} />
      </Widget>
      <ProseBlock><Prose text={m.introRace} /><Prose text={m.introAdamFamily} /></ProseBlock>
      <Widget id="race" title={m.raceTitle} onReset={reset(['fn', 'ri', 'rs', ...Object.values(RACER_LR_KEYS)])}>
        <RaceWidget {...props} />
      </Widget>
      <Widget id="exercises" title={m.exercisesTitle}>
        <GdExercises />
      </Widget>
    </LessonLayout>
  );
}
