import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import { GD_EXERCISE, gradientStep, linearOutput } from '../../models/gradientDescent';
import { recordExercise, useAppStore } from '../../state/store';
import { Exercise } from '../../ui/Exercise';
import { Prose } from '../../ui/Prose';
import { gdMessages } from './messages';

const f = (x: number) => formatNumber(x, 4);
const ID = 'gradient-descent/step';

/** One batch gradient step on two points by hand; the model's `gradientStep` computes the expected answer. */
export function GdExercises() {
  const m = useMessages(gdMessages);
  const solved = useAppStore((s) => s.exercises[ID]?.solved ?? false);
  const { points, w, eta } = GD_EXERCISE;
  const step = gradientStep(w, points, eta);
  const o = points.map((q) => linearOutput(w, q.x));
  const question = fmt(m.exQuestion, { w0: w[0], w1: w[1], x1: points[0].x, t1: points[0].t, x2: points[1].x, t2: points[1].t, eta });
  const working = fmt(m.exWorking, {
    o1: f(o[0]), o2: f(o[1]), r1: f(points[0].t - o[0]), r2: f(points[1].t - o[1]),
    g0: f(step.grad[0]), g1: f(step.grad[1]), w1: w[1], eta, n1: f(step.next[1]), n0: f(step.next[0]),
  });
  return (
    <div className="ga-exercises">
      <Exercise id={ID} question={<Prose text={question} />} answer={step.next[1]} tolerance={5e-4}
        working={<Prose text={working} />} solved={solved} onResult={(correct) => recordExercise(ID, correct)} />
    </div>
  );
}
