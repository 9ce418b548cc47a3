import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { readParams, writeParams, type Schema, type Values } from '../lib/urlParams';

/**
 * A lesson's parameters, kept in the query string (the URL is their single source of truth, so a
 * copied link reproduces the picture). Returns the parsed values, a setter that writes only what
 * differs from the defaults (replacing the history entry), and the keys whose URL value was rejected.
 */
export function useUrlState<S extends Schema>(schema: S) {
  const [search, setSearch] = useSearchParams();
  const { values, invalid } = useMemo(() => readParams(schema, search), [schema, search]);
  const set = useCallback(
    (patch: Partial<Values<S>>) => setSearch((prev) => {
      // Once the student changes something, rejected values are replaced by what is shown.
      const { values: current, invalid: bad } = readParams(schema, prev);
      const cleaned = new URLSearchParams(prev);
      for (const key of bad) cleaned.delete(key);
      return writeParams(schema, { ...current, ...patch }, cleaned);
    }, { replace: true, preventScrollReset: true }),
    [schema, setSearch],
  );
  return [values, set, invalid] as const;
}
