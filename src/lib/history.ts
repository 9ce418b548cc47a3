/** Most points a live training curve keeps; past it every other point is dropped, so an hour of training stays light. */
export const MAX_CURVE_POINTS = 400;

/** `points` with every other point dropped once there are more than `max` (the first point is always kept). */
export function thinCurve<T>(points: T[], max = MAX_CURVE_POINTS): T[] {
  return points.length > max ? points.filter((_, i) => i % 2 === 0) : points;
}
