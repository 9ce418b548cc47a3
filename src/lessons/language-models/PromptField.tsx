import { useId, useState } from 'react';
import { fmt, useMessages } from '../../i18n';
import type { Tokenizer } from '../../models/lm/bpe';
import { checkPrompt, MAX_PROMPT } from './lmData';
import { lmMessages } from './messages';

interface Props {
  label: string;
  value: string;
  tok: Tokenizer;
  context: number;
  onChange: (v: string) => void;
  testId: string;
}

/** A text field that accepts only text the tokenizer can encode; otherwise an inline message and the last good text stays in use. */
export function PromptField({ label, value, tok, context, onChange, testId }: Props) {
  const m = useMessages(lmMessages);
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) { setSeen(value); setDraft(value); }
  const check = checkPrompt(tok, draft, context);
  const problem = check.ok ? null
    : check.reason === 'empty' ? m.emptyText
      : check.reason === 'long' ? fmt(m.tooLong, { n: draft.length.toLocaleString('en'), max: MAX_PROMPT.toLocaleString('en') })
        : fmt(m.badChars, { chars: (check.chars ?? []).map((c) => `“${c}”`).join(' ') });
  return (
    <div className={`ga-field ga-lm-prompt${problem ? ' ga-field--invalid' : ''}`}>
      <label className="ga-field__label" htmlFor={id}>{label}</label>
      <textarea id={id} className="ga-field__input" rows={2} value={draft} lang="en" data-testid={testId}
        aria-invalid={problem ? true : undefined} aria-describedby={problem ? `${id}-err` : undefined}
        onChange={(e) => {
          const next = e.target.value;
          setDraft(next);
          if (checkPrompt(tok, next, context).ok) { setSeen(next); onChange(next); }
        }} />
      {problem && <p id={`${id}-err`} className="ga-field__error" role="status" data-testid={`${testId}-error`}>{problem}</p>}
    </div>
  );
}
