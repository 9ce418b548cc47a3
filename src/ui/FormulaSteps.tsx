import { Tex } from './Tex';

export interface FormulaStepsProps {
  /** One display formula per step. */
  formulas: readonly string[];
  /** What each step does, in words (shown above its formula, and by the step controls). */
  labels: readonly string[];
  /** The current step: earlier formulas stay shown, later ones are only named. */
  index: number;
  /** Accessible name of the list. */
  title: string;
  'data-testid'?: string;
}

/** A worked calculation revealed one line per step: the current step highlighted, later steps named but not yet written. */
export function FormulaSteps({ formulas, labels, index, title, ...rest }: FormulaStepsProps) {
  return (
    <ol className="ga-steps" aria-label={title} data-testid={rest['data-testid']}>
      {formulas.map((f, i) => (
        <li key={i} className={i === index ? 'ga-steps__current' : i > index ? 'ga-steps__future' : ''}
          aria-current={i === index ? 'step' : undefined}>
          <span className="ga-steps__label">{labels[i]}</span>
          {i <= index && <Tex math={f} display />}
        </li>
      ))}
    </ol>
  );
}
