import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import { cosine } from '../../models/embeddings';
import { recordExercise, useAppStore } from '../../state/store';
import { Exercise } from '../../ui/Exercise';
import { Prose } from '../../ui/Prose';
import { embeddingsMessages } from './messages';
import { ANIMAL_TABLE, ANIMALS } from './params';

const PAIRS = [['dog', 'cat'], ['mouse', 'rat']] as const;

/** Cosine similarities from the deck's animal table; the engine-side model computes the answers. */
export function EmbeddingsExercises() {
  const m = useMessages(embeddingsMessages);
  const exercises = useAppStore((s) => s.exercises);
  return (
    <div className="ga-exercises">
      {PAIRS.map(([x, y]) => {
        const id = `embeddings/cos-${x}-${y}`;
        const a = ANIMAL_TABLE[ANIMALS.indexOf(x)], b = ANIMAL_TABLE[ANIMALS.indexOf(y)];
        const answer = cosine(a, b);
        const dot = a.reduce((s, v, i) => s + v * b[i], 0);
        return (
          <Exercise key={id} id={id} question={<Prose text={fmt(m.exCosine, { x, y })} />} answer={answer} tolerance={5e-3}
            working={<Prose text={fmt(m.exWorking, { x, y, a: a.join(', '), b: b.join(', '), dot: formatNumber(dot, 4),
              na: formatNumber(Math.hypot(...a), 4), nb: formatNumber(Math.hypot(...b), 4), cos: formatNumber(answer, 4) })} />}
            solved={exercises[id]?.solved ?? false} onResult={(ok) => recordExercise(id, ok)} />
        );
      })}
    </div>
  );
}
