import { useId } from 'react';
import { fmt, useMessages } from '../../i18n';
import { MAX_WORD_LENGTH, type WordCheck } from '../../models/embeddings';
import { embeddingsMessages } from './messages';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The worker's verdict on the current value (undefined while unknown). */
  check?: WordCheck;
  /** Vocabulary size, for the message. */
  count?: number;
  testId: string;
}

/** A word input with an inline message and clickable spelling suggestions for unknown words. */
export function WordField({ label, value, onChange, check, count, testId }: Props) {
  const m = useMessages(embeddingsMessages);
  const id = useId();
  const bad = check && !check.ok ? check : null;
  const message = bad && (bad.problem === 'empty' ? m.wordEmpty
    : bad.problem === 'tooLong' ? fmt(m.wordTooLong, { max: MAX_WORD_LENGTH })
      : fmt(m.wordUnknown, { word: bad.word, count: (count ?? 0).toLocaleString('en-US') }));
  return (
    <div className="ga-wordfield">
      <label className="ga-field__label" htmlFor={id}>{label}</label>
      <input id={id} type="text" value={value} maxLength={200} spellCheck={false} autoCapitalize="off" autoComplete="off"
        aria-invalid={bad ? true : undefined} aria-describedby={bad ? `${id}-error` : undefined} data-testid={testId}
        onChange={(e) => onChange(e.target.value)} />
      {bad && (
        <div id={`${id}-error`} className="ga-wordfield__error" role="status" data-testid={`${testId}-error`}>
          {message}
          {bad.problem === 'unknown' && (bad.suggestions.length > 0 ? (
            <span className="ga-wordfield__suggest"> {m.didYouMean}{' '}
              {bad.suggestions.map((s) => (
                <button key={s} type="button" className="ga-emb-chip" onClick={() => onChange(s)}>{s}</button>
              ))}
            </span>
          ) : <span> {m.noSuggestion}</span>)}
        </div>
      )}
    </div>
  );
}
