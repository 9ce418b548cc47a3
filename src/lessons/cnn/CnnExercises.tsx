import { fmt, useMessages } from '../../i18n';
import { convolve, DECK_RGB, outputSize } from '../../models/cnn';
import { recordExercise, useAppStore } from '../../state/store';
import { ExerciseList } from '../../ui/ExerciseList';
import { cnnMessages } from './messages';

/** Two checks computed by the engine: an output size, and one more cell of the deck's RGB example. */
export function CnnExercises() {
  const m = useMessages(cnnMessages);
  const exercises = useAppStore((s) => s.exercises);
  const size = outputSize(7, 3, 1, 2);
  const rgb = convolve({ input: DECK_RGB.input, kernel: DECK_RGB.kernel, bias: DECK_RGB.bias, stride: 1, padding: 1 })[0][1];
  const items = [
    { id: 'cnn/size', q: m.exSize, answer: size, working: fmt(m.exSizeWorking, { v: size }) },
    { id: 'cnn/rgb', q: m.exRgb, answer: rgb, working: fmt(m.exRgbWorking, { v: rgb }) },
  ];
  return (
    <div className="ga-exercises">
      <ExerciseList items={items} tolerance={1e-6} isSolved={(id) => exercises[id]?.solved ?? false} onResult={recordExercise} />
    </div>
  );
}
