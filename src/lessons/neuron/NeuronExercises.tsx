import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import { neuronForward } from '../../models/neuron';
import { recordExercise, useAppStore } from '../../state/store';
import { Exercise } from '../../ui/Exercise';
import { Prose } from '../../ui/Prose';
import { neuronMessages } from './messages';
import { DECK_EXAMPLE } from './params';

const KINDS = ['sigmoid', 'tanh'] as const;

/** The deck's neuron by hand, once with σ and once with tanh; the engine computes the expected answers. */
export function NeuronExercises() {
  const m = useMessages(neuronMessages);
  const exercises = useAppStore((s) => s.exercises);
  return (
    <div className="ga-exercises">
      {KINDS.map((kind) => {
        const id = `neuron/${kind}`;
        const answer = neuronForward(DECK_EXAMPLE.w, DECK_EXAMPLE.x, DECK_EXAMPLE.b, kind).a;
        const working = fmt(kind === 'sigmoid' ? m.exWorkingSigmoid : m.exWorkingTanh, { value: formatNumber(answer, 4) });
        return (
          <Exercise
            key={kind}
            id={id}
            question={<Prose text={kind === 'sigmoid' ? m.exSigmoid : m.exTanh} />}
            answer={answer}
            tolerance={5e-4}
            working={<Prose text={`${m.exWorking}\n\n${working}`} />}
            solved={exercises[id]?.solved ?? false}
            onResult={(correct) => recordExercise(id, correct)}
          />
        );
      })}
    </div>
  );
}
