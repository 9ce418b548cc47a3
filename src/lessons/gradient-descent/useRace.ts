import { startTransition, useEffect, useMemo, useState } from 'react';
import { RACER_SETS, type RaceResult, type RaceSpec, type RacerName } from '../../models/gradientDescentRace';
import { computeRace } from '../../workers/raceClient';
import type { Params } from './params';
import { RACE_STEPS, RACER_LR_KEYS } from './params';

/** The race the page's parameters ask for (a learning rate below 0 means "the function's default"). */
export function raceSpec(p: Params): RaceSpec {
  const lr: Partial<Record<RacerName, number>> = {};
  for (const name of RACER_SETS[p.rs]) if (p[RACER_LR_KEYS[name]] >= 0) lr[name] = p[RACER_LR_KEYS[name]];
  return { fn: p.fn, lr, steps: RACE_STEPS, set: p.rs };
}

/**
 * The recorded race for the current parameters, computed in the race worker. While a new one is computed
 * the previous race on the same function stays on screen (`pending` is true), so changing a learning rate
 * does not blank the picture; null only before the first race of a function.
 */
export function useRace(p: Params): { race: RaceResult | null; error: string | null; pending: boolean } {
  const spec = raceSpec(p);
  const key = JSON.stringify(spec);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` captures the spec
  const stableSpec = useMemo(() => spec, [key]);
  const [done, setDone] = useState<{ key: string; race: RaceResult | null; error: string | null } | null>(null);
  useEffect(() => {
    let live = true;
    // A transition: drawing a finished race (seven paths, seven rules in KaTeX) yields to the page in slices.
    computeRace(stableSpec).then(
      (race) => { if (live) startTransition(() => setDone({ key, race, error: null })); },
      (err: Error) => { if (live) startTransition(() => setDone({ key, race: null, error: err.message })); },
    );
    return () => { live = false; };
  }, [stableSpec, key]);
  if (done && done.key === key) return { race: done.race, error: done.error, pending: false };
  return { race: done?.race?.fn === p.fn && done.race.set === p.rs ? done.race : null, error: null, pending: true };
}
