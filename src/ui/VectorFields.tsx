import { NumberField } from './NumberField';

export interface VectorFieldsProps {
  /** Legend of the group, e.g. "Inputs x". */
  label: string;
  /** Symbol for each entry's own label: `x` gives x₁, x₂, … */
  symbol: string;
  values: readonly number[];
  onChange: (values: number[]) => void;
  min?: number;
  max?: number;
  step?: number;
  /** Prefix for test ids: `${testId}-${i}` on each input. */
  testId?: string;
}

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';
const subscript = (n: number) => String(n).split('').map((d) => SUBSCRIPTS[Number(d)]).join('');

/** A vector edited entry by entry; each entry validates on its own and keeps its last good value. */
export function VectorFields({ label, symbol, values, onChange, min, max, step = 0.1, testId }: VectorFieldsProps) {
  return (
    <fieldset className="ga-vector">
      <legend>{label}</legend>
      <div className="ga-vector__entries">
        {values.map((v, i) => (
          <NumberField
            key={i}
            label={`${symbol}${subscript(i + 1)}`}
            value={v}
            min={min}
            max={max}
            step={step}
            size={6}
            onChange={(next) => onChange(values.map((old, j) => (j === i ? next : old)))}
            data-testid={testId ? `${testId}-${i}` : undefined}
          />
        ))}
      </div>
    </fieldset>
  );
}
