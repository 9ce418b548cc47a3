import { errorSurface, leastSquares, quantileLevels, type LinWeights, type RegPoint } from '../../models/gradientDescent';

/** The (w₀, w₁) window, start point and sampled surface for a data set: centred on the least-squares fit. */
export function surfaceFor(points: readonly RegPoint[], n = 60) {
  const ls = leastSquares(points) ?? [0, 0];
  const w0: [number, number] = [ls[0] - 3, ls[0] + 3];
  const w1: [number, number] = [ls[1] - 2, ls[1] + 2];
  const start: LinWeights = [Number((ls[0] - 2.4).toFixed(1)), Number((ls[1] - 1.6).toFixed(1))];
  const values = errorSurface(points, w0, w1, n);
  return { w0, w1, start, values, n, levels: quantileLevels(values, 16), minimum: ls };
}

/** −∇E scaled to a fixed length in the window (the arrow shows the direction of the step). */
export function downhill(grad: readonly number[], length: number): [number, number] {
  const norm = Math.hypot(grad[0], grad[1]);
  return norm > 0 && Number.isFinite(norm) ? [(-grad[0] / norm) * length, (-grad[1] / norm) * length] : [0, 0];
}
