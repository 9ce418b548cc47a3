import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import { tex } from '../../lib/texNumber';
import { EXERCISE_NET, exerciseAnswers } from '../../models/backpropExercise';
import { recordExercise, useAppStore } from '../../state/store';
import { ExerciseList } from '../../ui/ExerciseList';
import { Prose } from '../../ui/Prose';
import type { Params } from './config';
import { backpropMessages } from './messages';

const matrix = (flat: number[], cols: number) =>
  `\\begin{bmatrix}${Array.from({ length: flat.length / cols }, (_, r) => flat.slice(r * cols, (r + 1) * cols).map((v) => tex`${v}`).join(' & ')).join(' \\\\ ')}\\end{bmatrix}`;

/** Deck 004's exercise; the engine computes the answers by replaying the network to its update step. */
export function BackpropExercises({ set }: { set: (patch: Partial<Params>) => void }) {
  const m = useMessages(backpropMessages);
  const exercises = useAppStore((s) => s.exercises);
  const a = exerciseAnswers();
  const w = EXERCISE_NET.weights!;
  const intro = fmt(m.exIntro, { eta: EXERCISE_NET.eta, w1: matrix(w[0], 2), w2: matrix(w[1], 2) });
  const working = `$p = ${formatNumber(a.output, 6)}$, $E = ${formatNumber(a.loss, 6)}$; $W^{(2)}_{11} \\to ${formatNumber(a.w2first, 6)}$, $W^{(1)}_{11} \\to ${formatNumber(a.w1first, 6)}$; ${m.lossAfter}: $${formatNumber(a.lossAfter, 6)}$.`;
  const items = [
    { id: 'backprop/output', q: m.exOutput, answer: a.output, working: `${m.exWorking}: ${working}` },
    { id: 'backprop/update', q: m.exUpdate, answer: a.w2first, working: `${m.exWorking}: ${working}` },
  ];
  return (
    <div className="ga-exercises">
      <Prose text={intro} />
      <ExerciseList items={items} tolerance={5e-4} isSolved={(id) => exercises[id]?.solved ?? false} onResult={recordExercise} />
      <button type="button" className="ga-button" data-testid="bp-open-exercise" onClick={() => {
        set({ sz: EXERCISE_NET.sizes, act: 'sigmoid', loss: 'bce', x: EXERCISE_NET.x, y: EXERCISE_NET.y, eta: EXERCISE_NET.eta, wts: w.flat(), bs: [], res: false, step: 0, fi: 0, gl: 0, gr: 0, gc: 0 });
        document.getElementById('widget-stepper')?.scrollIntoView();
      }}>{m.exOpen}</button>
    </div>
  );
}
