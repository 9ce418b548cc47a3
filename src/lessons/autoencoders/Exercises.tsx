import { useMessages } from '../../i18n';
import { DECK_RBM, energy, hiddenProbs } from '../../models/rbm';
import { recordExercise, useAppStore } from '../../state/store';
import { ExerciseList } from '../../ui/ExerciseList';
import { fmt } from '../../i18n';
import { aeMessages } from './messages';

/** Two checks computed by the model code on the lecture's 3 × 4 RBM preset. */
export function AeExercises() {
  const m = useMessages(aeMessages);
  const exercises = useAppStore((s) => s.exercises);
  const e = energy(DECK_RBM, [1, 1, 0], [0, 1, 1, 0]);
  const p = hiddenProbs(DECK_RBM, [0, 1, 1])[1];
  const items = [
    { id: 'autoencoders/energy', q: m.exEnergy, answer: e, working: fmt(m.exEnergyWorking, { v: e.toFixed(4) }), tol: 1e-3 },
    { id: 'autoencoders/ph', q: m.exProb, answer: p, working: fmt(m.exProbWorking, { v: p.toFixed(4) }), tol: 2e-3 },
  ];
  return (
    <div className="ga-exercises">
      <ExerciseList items={items} isSolved={(id) => exercises[id]?.solved ?? false} onResult={recordExercise} />
    </div>
  );
}
