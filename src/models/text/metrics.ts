/** Binary classification metrics with spam as the positive class. */

export interface BinaryMetrics {
  /** Counts: true positives (spam called spam), false positives, false negatives, true negatives. */
  tp: number; fp: number; fn: number; tn: number;
  accuracy: number;
  /** tp / (tp + fp); NaN when nothing was called spam. */
  precision: number;
  /** tp / (tp + fn); NaN when there is no spam. */
  recall: number;
  /** 2PR / (P + R); NaN when P or R is NaN, or both are 0. */
  f1: number;
  n: number;
}

/** Metrics of P(spam) scores against labels (1 = spam) at a decision threshold (spam when p ≥ threshold). */
export function binaryMetrics(probs: ArrayLike<number>, labels: ArrayLike<number>, threshold = 0.5): BinaryMetrics {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (let i = 0; i < probs.length; i++) {
    const pred = probs[i] >= threshold;
    if (labels[i]) { if (pred) tp++; else fn++; } else if (pred) fp++; else tn++;
  }
  const n = tp + fp + fn + tn;
  const precision = tp + fp ? tp / (tp + fp) : Number.NaN;
  const recall = tp + fn ? tp / (tp + fn) : Number.NaN;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : Number.NaN;
  return { tp, fp, fn, tn, n, accuracy: n ? (tp + tn) / n : Number.NaN, precision, recall, f1 };
}
