import { useId, type ReactNode } from 'react';
import { formatNumber } from '../lib/parseNumber';

export interface SliderProps {
  label: ReactNode;
  value: number;
  min: number;
  max: number;
  /** Granularity of the slider. Default 1. */
  step?: number;
  /** Called with the new value (always finite, within [min, max]). */
  onChange: (value: number) => void;
  /** How the value is shown beside the slider and read out. Default: `formatNumber(v)`. */
  format?: (value: number) => string;
  id?: string;
  disabled?: boolean;
  className?: string;
  'data-testid'?: string;
}

/** A labelled range slider that shows its value (also as `aria-valuetext`). */
export function Slider({ label, value, min, max, step = 1, onChange, format = formatNumber, id, disabled, className, ...rest }: SliderProps) {
  const autoId = useId();
  const inputId = id ?? `${autoId}-slider`;
  const text = format(value);
  return (
    <div className={`ga-slider${className ? ` ${className}` : ''}`}>
      <label className="ga-field__label" htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        type="range"
        min={min}
        max={max}
        step={step}
        value={Number.isFinite(value) ? value : min}
        disabled={disabled}
        aria-valuetext={text}
        data-testid={rest['data-testid']}
        onChange={(e) => {
          const v = Number(e.target.value);
          if (Number.isFinite(v)) onChange(Math.min(max, Math.max(min, v)));
        }}
      />
      <output className="ga-slider__value" htmlFor={inputId}>{text}</output>
    </div>
  );
}
