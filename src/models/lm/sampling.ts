/**
 * Turning logits into the next token: temperature, top-k and top-p (nucleus) filtering, then a
 * seeded draw. Temperature 0 means greedy decoding (all probability on the arg-max).
 */
import { createRng, noGrad, type Rng } from '../../engine';
import { BOS } from './bpe';
import type { Gpt } from './gpt';

export interface SamplingOptions {
  /** ≥ 0; 0 = greedy. Default 1. */
  temperature?: number;
  /** Keep only the k most probable tokens (0 or ≥ V = all). Default 0. */
  topK?: number;
  /** Keep the smallest set of most probable tokens whose mass reaches p (1 = all). Default 1. */
  topP?: number;
}

/** softmax(logits / T) over a plain array (stable). */
export function softmaxRow(logits: ArrayLike<number>, temperature = 1): Float64Array {
  const n = logits.length;
  const out = new Float64Array(n);
  let m = -Infinity;
  for (let i = 0; i < n; i++) if (logits[i] > m) m = logits[i];
  let s = 0;
  for (let i = 0; i < n; i++) s += (out[i] = Math.exp((logits[i] - m) / temperature));
  for (let i = 0; i < n; i++) out[i] /= s;
  return out;
}

/** The distribution the next token is drawn from, after temperature, top-k and top-p. Sums to 1. */
export function nextDistribution(logits: ArrayLike<number>, opts: SamplingOptions = {}): Float64Array {
  const n = logits.length;
  const t = opts.temperature ?? 1;
  if (t <= 0) {
    let best = 0;
    for (let i = 1; i < n; i++) if (logits[i] > logits[best]) best = i;
    const out = new Float64Array(n);
    out[best] = 1;
    return out;
  }
  const p = softmaxRow(logits, t);
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => p[b] - p[a] || a - b);
  const k = opts.topK && opts.topK > 0 ? Math.min(opts.topK, n) : n;
  const topP = opts.topP ?? 1;
  let keep = 0;
  let mass = 0;
  while (keep < k && (keep === 0 || mass < topP - 1e-12)) mass += p[order[keep++]];
  const out = new Float64Array(n);
  for (let r = 0; r < keep; r++) out[order[r]] = p[order[r]] / mass;
  return out;
}

/** Index drawn from a distribution with a uniform u ∈ [0, 1). */
export function drawIndex(dist: ArrayLike<number>, u: number): number {
  let c = 0;
  let last = 0;
  for (let i = 0; i < dist.length; i++) {
    if (dist[i] <= 0) continue;
    c += dist[i];
    last = i;
    if (u < c) return i;
  }
  return last;
}

/** Logits of the next token after `ids` (the last `context` of them), as a plain array. */
export function nextLogits(model: Gpt, ids: readonly number[]): Float64Array {
  const window = ids.slice(-model.config.context);
  return noGrad(() => {
    const logits = model.logits(window.length > 0 ? window : [BOS], 1, Math.max(1, window.length));
    const V = model.config.vocab;
    return Float64Array.from(logits.data.subarray(logits.size - V));
  });
}

/** Continues `prompt` ids by `count` tokens; stops early at ⟨s⟩ when `stopAtBos`. */
export function generate(model: Gpt, prompt: readonly number[], count: number, rng: Rng, opts: SamplingOptions = {}, stopAtBos = false): number[] {
  const ids = prompt.length > 0 ? [...prompt] : [BOS];
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const next = drawIndex(nextDistribution(nextLogits(model, ids), opts), rng.next());
    out.push(next);
    ids.push(next);
    if (stopAtBos && next === BOS) break;
  }
  return out;
}

/**
 * Appends `count` tokens to `generated` after `prompt`; each draw uses its own seeded uniform
 * (seed and position), so the same settings always give the same text, and greedy ignores the seed.
 */
export function continueIds(model: Gpt, prompt: readonly number[], generated: readonly number[], count: number, opts: SamplingOptions, seed: number): number[] {
  const out = [...generated];
  for (let i = 0; i < count; i++) {
    const all = [...prompt, ...out];
    out.push(drawIndex(nextDistribution(nextLogits(model, all), opts), createRng(`${seed}:${all.length}`).next()));
  }
  return out;
}
