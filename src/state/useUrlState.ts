import { useCallback, useMemo } from 'react';
import { flushSync } from 'react-dom';
import { readParams, writeParams, type Schema, type Values } from '../lib/urlParams';
import { replaceSearch, useAddress } from './router';

/**
 * A lesson's parameters, kept in the query string (the URL is their single source of truth, so a
 * copied link reproduces the picture). Returns the parsed values, a setter that writes only what
 * differs from the defaults (replacing the history entry), the keys whose URL value was rejected, and a
 * maker of "reset these parameters" callbacks. The setter never changes, so widgets memoised on their own
 * parameters (memoOnParams) are not redrawn by another widget's change.
 */
export function useUrlState<S extends Schema>(schema: S) {
  const { search } = useAddress();
  const { values, invalid } = useMemo(() => readParams(schema, new URLSearchParams(search)), [schema, search]);
  const set = useCallback((patch: Partial<Values<S>>) => {
    // From the address bar itself, not from the last render: two quick clicks or key presses both count.
    const prev = new URLSearchParams(window.location.search);
    // Once the student changes something, rejected values are replaced by what is shown.
    const { values: current, invalid: bad } = readParams(schema, prev);
    const cleaned = new URLSearchParams(prev);
    for (const key of bad) cleaned.delete(key);
    // flushSync: the new values render before the event handler returns, so a controlled input never
    // snaps back to its old value for a frame.
    flushSync(() => replaceSearch(writeParams(schema, { ...current, ...patch }, cleaned)));
  }, [schema]);
  /** "Reset this widget": a callback that puts the given parameters back to their defaults. */
  const reset = useCallback((keys: readonly (keyof S & string)[]) => () =>
    set(Object.fromEntries(keys.map((k) => [k, schema[k].default])) as Partial<Values<S>>), [schema, set]);
  return [values, set, invalid, reset] as const;
}
