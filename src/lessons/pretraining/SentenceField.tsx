import { useId, useState } from 'react';

export interface SentenceFieldProps {
  label: string;
  value: string;
  /** Returns an error message for a bad draft, or null when it may be committed. */
  validate: (draft: string) => string | null;
  onCommit: (value: string) => void;
  testId: string;
}

/** A text field that commits only valid text: a bad draft shows its message inline and the last good value stays in use. */
export function SentenceField({ label, value, validate, onCommit, testId }: SentenceFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? value;
  const error = draft === null ? null : validate(draft);
  return (
    <div className="ga-pt-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" value={shown} data-testid={testId} aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-msg` : undefined} spellCheck={false}
        onChange={(e) => {
          const v = e.target.value;
          setDraft(v);
          if (validate(v) === null) onCommit(v.trim());
        }} />
      <p id={`${id}-msg`} className="ga-pt-field__msg" role={error ? 'alert' : undefined} data-testid={`${testId}-msg`}>{error ?? ''}</p>
    </div>
  );
}
