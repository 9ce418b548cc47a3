import { useId, type ReactNode } from 'react';

export interface SelectOption<T extends string> {
  value: T;
  label: string;
  /** Language of the label when it differs from the page's (e.g. an English example sentence in Vietnamese mode). */
  lang?: string;
}

export interface SelectProps<T extends string> {
  label: ReactNode;
  value: T;
  options: readonly SelectOption<T>[];
  onChange: (value: T) => void;
  id?: string;
  disabled?: boolean;
  className?: string;
  'data-testid'?: string;
}

/** A labelled drop-down; `onChange` only ever receives one of the option values. */
export function Select<T extends string>({ label, value, options, onChange, id, disabled, className, ...rest }: SelectProps<T>) {
  const autoId = useId();
  const selectId = id ?? `${autoId}-select`;
  return (
    <div className={`ga-select${className ? ` ${className}` : ''}`}>
      <label className="ga-field__label" htmlFor={selectId}>{label}</label>
      <select
        id={selectId}
        value={value}
        disabled={disabled}
        data-testid={rest['data-testid']}
        onChange={(e) => {
          const picked = options.find((o) => o.value === e.target.value);
          if (picked) onChange(picked.value);
        }}
      >
        {options.map((o) => <option key={o.value} value={o.value} lang={o.lang}>{o.label}</option>)}
      </select>
    </div>
  );
}
