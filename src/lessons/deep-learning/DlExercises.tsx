import { fmt, useMessages } from '../../i18n';
import { countParameters, epochPlan } from '../../models/paramCount';
import { recordExercise, useAppStore } from '../../state/store';
import { Exercise } from '../../ui/Exercise';
import { Prose } from '../../ui/Prose';
import { dlMessages } from './messages';

/** Answers computed by the engine: the parameters of the comparison's MLP, and iterations per epoch. */
export function DlExercises() {
  const m = useMessages(dlMessages);
  const exercises = useAppStore((s) => s.exercises);
  const net = countParameters([784, 32, 10]);
  const plan = epochPlan(8000, 48, 1);
  const items = [
    { id: 'deep-learning/params', q: m.exParams, answer: net.total, working: fmt(m.exParamsWorking, { v: net.total }) },
    { id: 'deep-learning/iterations', q: m.exIters, answer: plan.iterationsPerEpoch, working: fmt(m.exItersWorking, { v: plan.iterationsPerEpoch, last: plan.lastBatch }) },
  ];
  return (
    <div className="ga-exercises">
      {items.map((it) => (
        <Exercise key={it.id} id={it.id} question={<Prose text={it.q} />} answer={it.answer} tolerance={1e-6}
          working={<Prose text={it.working} />} solved={exercises[it.id]?.solved ?? false}
          onResult={(correct) => recordExercise(it.id, correct)} />
      ))}
    </div>
  );
}
