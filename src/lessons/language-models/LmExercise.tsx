import { fmt, useMessages } from '../../i18n';
import { causalRow, EX_K, EX_Q } from '../../models/lm/exercise';
import { formatNumber } from '../../lib/parseNumber';
import { recordExercise, useAppStore } from '../../state/store';
import { Exercise } from '../../ui/Exercise';
import { Prose } from '../../ui/Prose';
import { lmProse } from './prose';

export function LmExercise() {
  const m = useMessages(lmProse);
  const exercises = useAppStore((st) => st.exercises);
  const { scores, weights } = causalRow();
  const v = (a: number[]) => a.join(', ');
  const id = 'language-models/causal-row';
  return (
    <div className="ga-exercises">
      <Prose text={m.exIntro} />
      <Exercise id={id} question={<Prose text={fmt(m.exQuestion, { q: v(EX_Q), k1: v(EX_K[0]), k2: v(EX_K[1]), k3: v(EX_K[2]), k4: v(EX_K[3]) })} />}
        answer={weights[1]} tolerance={1.5e-3} solved={exercises[id]?.solved ?? false} onResult={(ok) => recordExercise(id, ok)}
        working={<Prose text={fmt(m.exWorking, { s1: formatNumber(scores[0], 3), s2: formatNumber(scores[1], 3), s3: formatNumber(scores[2], 3), a: formatNumber(weights[1], 4) })} />} />
    </div>
  );
}
