import { useId, type ReactNode } from 'react';
import type { SelectOption } from './Select';

export interface ToggleProps {
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  id?: string;
  disabled?: boolean;
  className?: string;
  'data-testid'?: string;
}

/** A labelled on/off checkbox. */
export function Toggle({ label, checked, onChange, id, disabled, className, ...rest }: ToggleProps) {
  const autoId = useId();
  const inputId = id ?? `${autoId}-toggle`;
  return (
    <div className={`ga-toggle${className ? ` ${className}` : ''}`}>
      <input id={inputId} type="checkbox" checked={checked} disabled={disabled} data-testid={rest['data-testid']}
        onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={inputId}>{label}</label>
    </div>
  );
}

export interface SegmentedProps<T extends string> {
  /** Name of the whole choice (the group's legend). */
  label: ReactNode;
  value: T;
  options: readonly SelectOption<T>[];
  onChange: (value: T) => void;
  disabled?: boolean;
  className?: string;
}

/**
 * A one-of-few choice drawn as joined buttons: native radio inputs in a fieldset, so arrow keys move
 * between the options and screen readers announce "n of m".
 */
export function Segmented<T extends string>({ label, value, options, onChange, disabled, className }: SegmentedProps<T>) {
  const name = useId();
  return (
    <fieldset className={`ga-segmented${className ? ` ${className}` : ''}`} disabled={disabled}>
      <legend className="ga-field__label">{label}</legend>
      <div className="ga-segmented__options">
        {options.map((o) => (
          <label key={o.value} className={`ga-segmented__option${o.value === value ? ' ga-segmented__option--on' : ''}`}>
            <input type="radio" name={name} value={o.value} checked={o.value === value} onChange={() => onChange(o.value)} />
            <span lang={o.lang}>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
