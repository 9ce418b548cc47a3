import type { NamedTensor } from '../engine';
import type { WeightSnapshot } from './types';

/** Copies of named parameters for a training snapshot (float64, so the page can read them freely). */
export function namedWeightSnapshots(named: readonly NamedTensor[]): WeightSnapshot[] {
  return named.map(({ name, tensor }) => ({ name, shape: tensor.shape.slice(), data: Float64Array.from(tensor.data) }));
}

/** Copies snapshot weights into the named parameters (the inverse of {@link namedWeightSnapshots}). @throws RangeError when a name or size does not match. */
export function loadWeightSnapshots(named: readonly NamedTensor[], weights: readonly WeightSnapshot[]): void {
  const byName = new Map(weights.map((w) => [w.name, w]));
  for (const { name, tensor } of named) {
    const w = byName.get(name);
    if (!w || w.data.length !== tensor.size) throw new RangeError(`the snapshot's weights do not fit the model at "${name}"`);
    tensor.data.set(w.data);
  }
}
