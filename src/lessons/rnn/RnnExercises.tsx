import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import { gradientScaleAfter, rnnForward } from '../../models/rnn';
import { recordExercise, useAppStore } from '../../state/store';
import { ExerciseList } from '../../ui/ExerciseList';
import { rnnMessages } from './messages';

/** h₂[1] of the lecture's RNN and the vanishing factor 0.5²⁰; the engine computes both answers. */
export function RnnExercises() {
  const m = useMessages(rnnMessages);
  const exercises = useAppStore((s) => s.exercises);
  const s2 = rnnForward('hello')[1];
  const factor = gradientScaleAfter(0.5, 20);
  const items = [
    { id: 'rnn/h2', q: m.exH2, answer: s2.h[0], tol: 1.5e-3, working: fmt(m.exH2Working, { a: formatNumber(s2.a[0], 4), h: formatNumber(s2.h[0], 4) }) },
    { id: 'rnn/vanish', q: m.exProd, answer: factor, tol: 5e-8, working: fmt(m.exProdWorking, { v: factor.toExponential(3) }) },
  ];
  return (
    <div className="ga-exercises">
      <ExerciseList items={items} isSolved={(id) => exercises[id]?.solved ?? false} onResult={recordExercise} />
    </div>
  );
}
