import { useId, useState, type ChangeEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useMessages } from '../i18n';
import { formatForInput, parseNumberInput, type NumberConstraints, type ParseResult } from '../lib/parseNumber';
import { numberErrorMessage, uiMessages } from './messages';

export interface NumberFieldProps {
  /** Visible label of the field. */
  label: ReactNode;
  /** The current good value (the field never reports a bad one). */
  value: number;
  /** Called with each valid value as the person types or steps; never with a rejected one. */
  onChange: (value: number) => void;
  /** Smallest accepted value, inclusive. Default: unbounded. */
  min?: number;
  /** Largest accepted value, inclusive. Default: unbounded. */
  max?: number;
  /** Amount ArrowUp/ArrowDown add or remove (×10 with Shift). Default 1. */
  step?: number;
  /** Accept whole numbers only. Default false. */
  integer?: boolean;
  /** Id of the input; generated when omitted. */
  id?: string;
  /** Width of the input in characters. Default 8. */
  size?: number;
  /** Help text under the label, read by screen readers with the field. */
  description?: ReactNode;
  disabled?: boolean;
  className?: string;
  /** Test id, put on the input element. */
  'data-testid'?: string;
}

type Failure = Extract<ParseResult, { ok: false }>;

/** Adds `delta` to `base` without float noise, then keeps the result inside the constraints. */
function stepValue(base: number, delta: number, c: NumberConstraints): number {
  let next = Number((base + delta).toPrecision(12));
  if (c.integer) next = Math.round(next);
  if (c.min !== undefined && next < c.min) next = c.min;
  if (c.max !== undefined && next > c.max) next = c.max;
  return next;
}

/**
 * The text of a number field and its last good value. Typing a valid number reports it through
 * `onChange`; an invalid text is kept with its `problem`; an outside change of `value` replaces the text.
 */
function useNumberText(value: number, onChange: (v: number) => void, constraints: NumberConstraints) {
  const [text, setText] = useState(() => formatForInput(value));
  const [problem, setProblem] = useState<Failure | null>(null);
  const [lastGood, setLastGood] = useState(value);
  const [seen, setSeen] = useState(value);
  // Adjusting state while rendering (not in an effect): an outside change replaces the text at once.
  if (!Object.is(value, seen)) {
    setSeen(value);
    if (!Object.is(value, lastGood)) {
      setLastGood(value);
      setText(formatForInput(value));
      setProblem(null);
    }
  }

  const accept = (next: string) => {
    setText(next);
    const r = parseNumberInput(next, constraints);
    if (!r.ok) { setProblem(r); return; }
    setProblem(null);
    setLastGood(r.value);
    if (!Object.is(r.value, value)) onChange(r.value);
  };

  /** Steps from the typed number, or from the last good one when the text is bad. */
  const stepBy = (delta: number) => {
    const r = parseNumberInput(text, constraints);
    const base = r.ok ? r.value : lastGood;
    accept(formatForInput(stepValue(Number.isFinite(base) ? base : 0, delta, constraints)));
  };

  return { text, problem, lastGood, accept, stepBy };
}

/**
 * A labelled number input that accepts what people type ("0,5", "−2", "1e-3"). While the text is not
 * an acceptable number it shows why, inline and politely announced, and keeps the last good value.
 * When `value` changes from outside (a preset, a reset, a link) the text follows it.
 */
export function NumberField(props: NumberFieldProps) {
  const { label, value, onChange, min, max, step = 1, integer, size = 8, description, disabled } = props;
  const m = useMessages(uiMessages);
  const autoId = useId();
  const inputId = props.id ?? `${autoId}-input`;
  const errId = `${inputId}-error`;
  const descId = `${inputId}-desc`;
  const { text, problem, lastGood, accept, stepBy } = useNumberText(value, onChange, { min, max, integer });

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
    e.preventDefault();
    stepBy((e.key === 'ArrowUp' ? 1 : -1) * step * (e.shiftKey ? 10 : 1));
  };

  const describedBy = [description ? descId : '', problem ? errId : ''].filter(Boolean).join(' ');
  return (
    <div className={`ga-field${problem ? ' ga-field--invalid' : ''}${props.className ? ` ${props.className}` : ''}`}>
      <label className="ga-field__label" htmlFor={inputId}>{label}</label>
      {description && <div id={descId} className="ga-field__desc">{description}</div>}
      <input
        id={inputId}
        className="ga-field__input"
        type="text"
        role="spinbutton"
        inputMode={min !== undefined && min >= 0 ? 'decimal' : 'text'}
        autoComplete="off"
        spellCheck={false}
        size={size}
        value={text}
        disabled={disabled}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy || undefined}
        aria-valuenow={Number.isFinite(lastGood) ? lastGood : undefined}
        aria-valuemin={min}
        aria-valuemax={max}
        data-testid={props['data-testid']}
        onChange={(e: ChangeEvent<HTMLInputElement>) => accept(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <p id={errId} className="ga-field__error" aria-live="polite">
        {problem ? numberErrorMessage(m, problem.error, problem.limit) : ''}
      </p>
    </div>
  );
}
