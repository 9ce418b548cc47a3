/**
 * Seeded pseudo-random numbers: the same seed gives the same stream in every
 * browser and in Node, because only 32-bit integer arithmetic (Math.imul) is used.
 */

/** A seeded random stream. */
export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Gaussian sample (Box–Muller); defaults mean 0, std 1. */
  normal(mean?: number, std?: number): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Uniform float in [lo, hi). */
  uniform(lo: number, hi: number): number;
  /** Fisher–Yates shuffle in place; returns the same array. */
  shuffle<T>(array: T[]): T[];
}

/** Hashes a string or number seed to a 32-bit unsigned integer (xmur3-style mixing). */
export function hashSeed(seed: string | number): number {
  const s = typeof seed === 'number' ? `n:${seed}` : `s:${seed}`;
  let h = 1779033703 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    h = Math.imul(h ^ s.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  h = Math.imul(h ^ (h >>> 16), 2246822507);
  h = Math.imul(h ^ (h >>> 13), 3266489909);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Creates a mulberry32 stream from a string or number seed. */
export function createRng(seed: string | number): Rng {
  let state = hashSeed(seed);
  let spare: number | null = null;
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const standardNormal = (): number => {
    if (spare !== null) {
      const s = spare;
      spare = null;
      return s;
    }
    // 1 − u keeps the argument of log in (0, 1].
    const r = Math.sqrt(-2 * Math.log(1 - next()));
    const theta = 2 * Math.PI * next();
    spare = r * Math.sin(theta);
    return r * Math.cos(theta);
  };
  return {
    next,
    normal: (mean = 0, std = 1) => mean + std * standardNormal(),
    int: (n) => Math.floor(next() * n),
    uniform: (lo, hi) => lo + (hi - lo) * next(),
    shuffle<T>(array: T[]): T[] {
      for (let i = array.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const tmp = array[i];
        array[i] = array[j];
        array[j] = tmp;
      }
      return array;
    },
  };
}
