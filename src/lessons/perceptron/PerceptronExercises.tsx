import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import { perceptronUpdate } from '../../models/perceptron';
import { recordExercise, useAppStore } from '../../state/store';
import { ExerciseList } from '../../ui/ExerciseList';
import { Prose } from '../../ui/Prose';
import { perceptronMessages } from './messages';
import { EXERCISE } from './params';

const f = (x: number) => formatNumber(x, 4);

/** One perceptron update by hand; the engine-side model computes the expected weights. */
export function PerceptronExercises() {
  const m = useMessages(perceptronMessages);
  const exercises = useAppStore((s) => s.exercises);
  const { w, x, t, eta } = EXERCISE;
  const u = perceptronUpdate(w, { x1: x[0], x2: x[1], t }, eta);
  const intro = fmt(m.exIntro, { w0: w[0], w1: w[1], w2: w[2], x1: x[0], x2: x[1], t, eta });
  const working = fmt(m.exWorking, {
    net: f(u.net), o: u.o, factor: f(u.factor), x1: x[0], x2: x[1],
    d0: f(u.delta[0]), d1: f(u.delta[1]), d2: f(u.delta[2]), n0: f(u.next[0]), n1: f(u.next[1]), n2: f(u.next[2]),
  });
  const items = [{ id: 'perceptron/w1', q: m.exW1, answer: u.next[1], working }, { id: 'perceptron/w2', q: m.exW2, answer: u.next[2], working }];
  return (
    <div className="ga-exercises">
      <Prose text={intro} />
      <ExerciseList items={items} tolerance={5e-4} isSolved={(id) => exercises[id]?.solved ?? false} onResult={recordExercise} />
    </div>
  );
}
