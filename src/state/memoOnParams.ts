import { memo, type ComponentType } from 'react';
import type { Schema, Values } from '../lib/urlParams';

interface ParamProps<S extends Schema> { params: Values<S>; set: (patch: Partial<Values<S>>) => void }

/**
 * A widget that re-renders only when one of *its* URL parameters changes (compared by their URL text), not
 * whenever another widget of the page moves: a stepper playing at 30 steps per second then redraws one
 * widget, not the whole lesson.
 */
export function memoOnParams<S extends Schema, P extends ParamProps<S>>(schema: S, keys: readonly (keyof S & string)[], Widget: ComponentType<P>) {
  const text = (p: P, k: keyof S & string) => schema[k].format(p.params[k]);
  // Every other prop (set included) is compared as React's memo would: by identity.
  const sameOthers = (a: P, b: P) => Object.keys({ ...a, ...b }).every((k) => k === 'params' || Object.is(a[k as keyof P], b[k as keyof P]));
  return memo(Widget, (a, b) => sameOthers(a, b) && keys.every((k) => text(a, k) === text(b, k)));
}
