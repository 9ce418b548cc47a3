import { fmt, useMessages } from '../../i18n';
import { countParameters, epochPlan } from '../../models/paramCount';
import { recordExercise, useAppStore } from '../../state/store';
import { ExerciseList } from '../../ui/ExerciseList';
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
      <ExerciseList items={items} tolerance={1e-6} isSolved={(id) => exercises[id]?.solved ?? false} onResult={recordExercise} />
    </div>
  );
}
