/**
 * Training windows from a token stream: a window of T + 1 ids gives T inputs and T targets
 * (the same ids shifted by one). Validation uses fixed, evenly spaced windows so that every
 * evaluation (script, worker, e2e) scores exactly the same held-out tokens.
 */
import type { Rng } from '../../engine';

export interface Batch { inputs: Int32Array; targets: Int32Array; B: number; T: number }

/** B windows of T + 1 ids starting at `starts`. */
export function windowsAt(stream: Int32Array, starts: ArrayLike<number>, T: number): Batch {
  const B = starts.length;
  const inputs = new Int32Array(B * T);
  const targets = new Int32Array(B * T);
  for (let b = 0; b < B; b++) {
    const s = starts[b];
    if (s < 0 || s + T + 1 > stream.length) throw new RangeError(`window at ${s} runs past the end of ${stream.length} tokens`);
    inputs.set(stream.subarray(s, s + T), b * T);
    targets.set(stream.subarray(s + 1, s + T + 1), b * T);
  }
  return { inputs, targets, B, T };
}

/** B random windows (seeded). */
export function randomBatch(stream: Int32Array, B: number, T: number, rng: Rng): Batch {
  const max = stream.length - T - 1;
  return windowsAt(stream, Array.from({ length: B }, () => rng.int(max + 1)), T);
}

/** `count` evenly spaced, non-overlapping window starts over the stream (fixed validation sample). */
export function evenStarts(length: number, count: number, T: number): number[] {
  const usable = length - T - 1;
  if (usable < 0) throw new RangeError(`${length} tokens are fewer than one window of ${T + 1}`);
  const n = Math.max(1, Math.min(count, Math.floor(length / (T + 1))));
  const step = usable / n;
  return Array.from({ length: n }, (_, i) => Math.floor(i * step));
}

/** Cross-entropy (nats per token) of the unigram model: token frequencies from `train`, scored on `test`. */
export function unigramLoss(train: Int32Array, test: ArrayLike<number>, vocab: number): number {
  const counts = new Float64Array(vocab).fill(1); // add-one smoothing: no token has probability 0
  for (const id of train) counts[id] += 1;
  const total = train.length + vocab;
  let nll = 0;
  for (let i = 0; i < test.length; i++) nll -= Math.log(counts[test[i]] / total);
  return nll / test.length;
}
