import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { fmt, useMessages } from '../i18n';
import { formatNumber, parseNumberInput, type NumberError } from '../lib/parseNumber';
import { numberErrorMessage, uiMessages, type UiMessages } from './messages';

export interface ExerciseProps {
  /** Stable id (progress is recorded under it); also prefixes element ids. */
  id: string;
  question: ReactNode;
  /** The correct value, computed by the engine by the caller. */
  answer: number;
  /** Largest accepted absolute difference from `answer`. Default 1e-3. */
  tolerance?: number;
  /** Unit shown after the input, e.g. "px" (optional). */
  unit?: string;
  /** The worked solution, hidden behind a "Show the working" disclosure. */
  working?: ReactNode;
  /** Already solved (from saved progress): shows a ✓ badge. */
  solved?: boolean;
  /** Called after each check of a valid number. */
  onResult?: (correct: boolean, value: number) => void;
}

type Feedback =
  | { kind: 'invalid'; error: NumberError; limit?: number }
  | { kind: 'correct' | 'wrong'; value: number }
  | { kind: 'unavailable' };

/**
 * Says how far off a wrong answer is without giving the answer away: direction and "close" (within
 * 10 % of the answer's size, or 10 tolerances) before the working is opened, the exact gap after.
 */
export function wrongMessage(m: UiMessages, value: number, answer: number, tolerance: number, workingOpen: boolean): string {
  const diff = value - answer;
  if (workingOpen) return fmt(m.offBy, { diff: formatNumber(Math.abs(diff), 6) });
  const close = Math.abs(diff) <= Math.max(0.1 * Math.abs(answer), 10 * tolerance);
  if (diff > 0) return close ? m.tooHighClose : m.tooHighFar;
  return close ? m.tooLowClose : m.tooLowFar;
}

/** Checks a typed answer against the engine's value. */
export function checkAnswer(text: string, answer: number, tolerance: number): Feedback {
  const r = parseNumberInput(text);
  if (!r.ok) return { kind: 'invalid', error: r.error, limit: r.limit };
  if (!Number.isFinite(answer)) return { kind: 'unavailable' };
  return { kind: Math.abs(r.value - answer) <= tolerance ? 'correct' : 'wrong', value: r.value };
}

/** A question with a numeric answer checked against the engine, with feedback and a hidden working. */
export function Exercise({ id, question, answer, tolerance = 1e-3, unit, working, solved, onResult }: ExerciseProps) {
  const m = useMessages(uiMessages);
  const uid = `${useId()}-${id}`;
  const [text, setText] = useState('');
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [workingOpen, setWorkingOpen] = useState(false);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const f = checkAnswer(text, answer, tolerance);
    setFeedback(f);
    if (f.kind === 'correct' || f.kind === 'wrong') onResult?.(f.kind === 'correct', f.value);
  };

  let message = '';
  if (feedback?.kind === 'invalid') message = numberErrorMessage(m, feedback.error, feedback.limit);
  else if (feedback?.kind === 'correct') message = m.correct;
  else if (feedback?.kind === 'unavailable') message = m.noAnswer;
  else if (feedback?.kind === 'wrong') message = wrongMessage(m, feedback.value, answer, tolerance, workingOpen);

  return (
    <section className={`ga-exercise${solved ? ' ga-exercise--solved' : ''}`} aria-labelledby={`${uid}-q`} data-exercise-id={id}>
      <div className="ga-exercise__question" id={`${uid}-q`}>
        {solved && <span className="ga-exercise__badge" role="img" aria-label={m.solved} title={m.solved}>✓</span>}
        {question}
      </div>
      <form className="ga-exercise__form" onSubmit={onSubmit} noValidate>
        <label htmlFor={`${uid}-input`}>{unit ? fmt(m.yourAnswerUnit, { unit }) : m.yourAnswer}</label>
        <input
          id={`${uid}-input`}
          className="ga-field__input"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          size={10}
          value={text}
          aria-invalid={feedback?.kind === 'invalid' || undefined}
          aria-describedby={`${uid}-fb`}
          onChange={(e) => setText(e.target.value)}
        />
        {unit && <span className="ga-exercise__unit" aria-hidden="true">{unit}</span>}
        <button type="submit" className="ga-button ga-button--primary">{m.check}</button>
      </form>
      <p id={`${uid}-fb`} className={`ga-exercise__feedback ga-exercise__feedback--${feedback?.kind ?? 'none'}`} aria-live="polite">
        {message}
      </p>
      {working && (
        <details className="ga-exercise__working" onToggle={(e) => setWorkingOpen(e.currentTarget.open)}>
          <summary>{m.showWorking}</summary>
          {working}
        </details>
      )}
    </section>
  );
}
