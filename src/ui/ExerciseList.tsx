import { Exercise } from './Exercise';
import { Prose } from './Prose';

/** One exercise of a lesson: question and worked solution as prose (Markdown + $math$), the engine's answer. */
export interface ExerciseItem {
  id: string;
  q: string;
  answer: number;
  working: string;
  /** Overrides the list's tolerance for this item. */
  tol?: number;
}

export interface ExerciseListProps {
  items: readonly ExerciseItem[];
  /** Absolute tolerance of the check (default that of {@link Exercise}). */
  tolerance?: number;
  /** Whether saved progress has the exercise solved. */
  isSolved: (id: string) => boolean;
  /** Called with every checked answer. */
  onResult: (id: string, correct: boolean) => void;
}

/** A lesson's exercises, each checked against the answer the engine computed. */
export function ExerciseList({ items, tolerance, isSolved, onResult }: ExerciseListProps) {
  return items.map((it) => (
    <Exercise key={it.id} id={it.id} question={<Prose text={it.q} />} answer={it.answer} tolerance={it.tol ?? tolerance}
      working={<Prose text={it.working} />} solved={isSolved(it.id)} onResult={(correct) => onResult(it.id, correct)} />
  ));
}
