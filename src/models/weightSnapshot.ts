import type { NamedTensor } from '../engine';
import type { WeightSnapshot } from './types';

/** Copies of named parameters for a training snapshot (float64, so the page can read them freely). */
export function namedWeightSnapshots(named: readonly NamedTensor[]): WeightSnapshot[] {
  return named.map(({ name, tensor }) => ({ name, shape: tensor.shape.slice(), data: Float64Array.from(tensor.data) }));
}
