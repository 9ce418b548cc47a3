import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { readParams, writeParams, type Schema, type Values } from '../lib/urlParams';

/**
 * A lesson's parameters, kept in the query string (the URL is their single source of truth, so a
 * copied link reproduces the picture). Returns the parsed values, a setter that writes only what
 * differs from the defaults (replacing the history entry), the keys whose URL value was rejected, and a
 * maker of "reset these parameters" callbacks.
 */
export function useUrlState<S extends Schema>(schema: S) {
  const [search, setSearch] = useSearchParams();
  const { values, invalid } = useMemo(() => readParams(schema, search), [schema, search]);
  // The router's setter changes with every navigation; the one handed out stays the same, so widgets
  // memoised on their own parameters (memoOnParams) are not redrawn by another widget's change.
  const setSearchRef = useRef(setSearch);
  useLayoutEffect(() => { setSearchRef.current = setSearch; });
  const set = useCallback(
    (patch: Partial<Values<S>>) => setSearchRef.current((prev) => {
      // Once the student changes something, rejected values are replaced by what is shown.
      const { values: current, invalid: bad } = readParams(schema, prev);
      const cleaned = new URLSearchParams(prev);
      for (const key of bad) cleaned.delete(key);
      return writeParams(schema, { ...current, ...patch }, cleaned);
    // flushSync: the new values render before the event handler returns. In a transition (the router's
    // default) a controlled input snaps back until the transition commits, and a second quick click or key
    // press would compute its patch from the stale render (lost points, a step counted twice).
    }, { replace: true, preventScrollReset: true, flushSync: true }),
    [schema],
  );
  /** "Reset this widget": a callback that puts the given parameters back to their defaults. */
  const reset = useCallback((keys: readonly (keyof S & string)[]) => () =>
    set(Object.fromEntries(keys.map((k) => [k, schema[k].default])) as Partial<Values<S>>), [schema, set]);
  return [values, set, invalid, reset] as const;
}
