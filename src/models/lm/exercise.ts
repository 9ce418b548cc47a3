/** The lesson's exercise: one row of causal attention, computed by the engine. */
import { causalMask, maskFill, matmul, scale, softmax, tensor } from '../../engine';

/** q₃ and k₁…k₄ (d_k = 2) of the exercise. */
export const EX_Q = [1, 2];
export const EX_K = [[1, 0], [0, 1], [1, 1], [2, 2]];

/** Row 3 (index 2) of softmax(mask(q·Kᵀ/√d_k)): scores (the masked one included) and weights. */
export function causalRow(q: number[] = EX_Q, K: number[][] = EX_K, row = 2): { scores: number[]; weights: number[] } {
  const s = scale(matmul(tensor(K), tensor(q)), 1 / Math.sqrt(q.length));
  const mask = causalMask(K.length).subarray(row * K.length, (row + 1) * K.length);
  const w = softmax(maskFill(s, mask));
  return { scores: Array.from(s.data), weights: Array.from(w.data) };
}
