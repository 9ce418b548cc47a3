/**
 * Timing helpers for the benchmark: warm up, then take the median throughput
 * of several timed runs. Also the seeded data shared by both engines.
 */

/** How long to measure. */
export interface BenchConfig {
  /** Warm-up time per workload, ms (JIT, caches). */
  warmupMs: number;
  /** Length of one timed run, ms. */
  runMs: number;
  /** Number of timed runs; the median is reported. */
  runs: number;
}

export const FULL: BenchConfig = { warmupMs: 600, runMs: 600, runs: 7 };
export const QUICK: BenchConfig = { warmupMs: 20, runMs: 60, runs: 3 };

/** Result of one measurement: median operations per second and the spread of runs. */
export interface Throughput {
  median: number;
  min: number;
  max: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Call `fn` repeatedly for `ms`; returns calls per second (× `unitsPerCall`). */
function timedRun(fn: () => void, ms: number, unitsPerCall: number): number {
  const t0 = performance.now();
  let calls = 0;
  let t = t0;
  do {
    fn();
    calls++;
    t = performance.now();
  } while (t - t0 < ms);
  return (calls * unitsPerCall * 1000) / (t - t0);
}

/** Median throughput of `fn` (units per second) after warm-up. */
export function measure(fn: () => void, cfg: BenchConfig, unitsPerCall = 1): Throughput {
  timedRun(fn, cfg.warmupMs, unitsPerCall);
  const rates: number[] = [];
  for (let r = 0; r < cfg.runs; r++) {
    if (typeof globalThis.gc === 'function') globalThis.gc();
    rates.push(timedRun(fn, cfg.runMs, unitsPerCall));
  }
  return { median: median(rates), min: Math.min(...rates), max: Math.max(...rates) };
}

/** Engine vs reference: medians of each, and the median of per-pair ratios (engine ÷ reference throughput). */
export interface Comparison {
  engine: Throughput;
  reference: Throughput;
  ratio: number;
}

/**
 * Measure two implementations with interleaved runs (engine, reference,
 * engine, …) so load from other processes on a shared machine hits both
 * alike; the ratio is the median of the per-pair ratios.
 */
export function compare(engine: () => void, reference: () => void, cfg: BenchConfig, unitsPerCall = 1): Comparison {
  timedRun(engine, cfg.warmupMs, unitsPerCall);
  timedRun(reference, cfg.warmupMs, unitsPerCall);
  const e: number[] = [];
  const r: number[] = [];
  for (let k = 0; k < cfg.runs; k++) {
    if (typeof globalThis.gc === 'function') globalThis.gc();
    e.push(timedRun(engine, cfg.runMs, unitsPerCall));
    r.push(timedRun(reference, cfg.runMs, unitsPerCall));
  }
  const stats = (xs: number[]): Throughput => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });
  return { engine: stats(e), reference: stats(r), ratio: median(e.map((x, k) => x / r[k])) };
}

/** One side of a comparison: the unit of work, and what to do before each of its timed runs. */
export interface Contender {
  name: string;
  fn: () => void;
  /** Called before each warm-up and timed run (e.g. select the tfjs backend). */
  enter?: () => void;
}

/** Result of {@link compareAll}: each contender's throughput, and the first one's per-pair ratio to each other. */
export interface MultiComparison {
  results: Throughput[];
  /** ratios[i] = median over rounds of (first ÷ contender i) throughput; ratios[0] = 1. */
  ratios: number[];
}

/**
 * Like {@link compare} for any number of contenders: runs alternate (A, B, C, A, B, C, …)
 * so machine load hits all alike; ratios are medians of per-round ratios to the first.
 */
export function compareAll(cs: Contender[], cfg: BenchConfig, unitsPerCall = 1): MultiComparison {
  for (const c of cs) {
    c.enter?.();
    timedRun(c.fn, cfg.warmupMs, unitsPerCall);
  }
  const rates: number[][] = cs.map(() => []);
  for (let k = 0; k < cfg.runs; k++) {
    if (typeof globalThis.gc === 'function') globalThis.gc();
    cs.forEach((c, i) => {
      c.enter?.();
      rates[i].push(timedRun(c.fn, cfg.runMs, unitsPerCall));
    });
  }
  const stats = (xs: number[]): Throughput => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });
  return { results: rates.map(stats), ratios: rates.map((r) => median(rates[0].map((x, k) => x / r[k]))) };
}

/** Small seeded generator (mulberry32) for benchmark data, independent of either engine. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Float32Array of uniform values in [−scale, scale). */
export function randomArray(n: number, seed: number, scale = 1): Float32Array {
  const r = seeded(seed);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = (r() * 2 - 1) * scale;
  return out;
}

/** Glorot-uniform-ish weights for a fan-in/fan-out pair. */
export function glorot(fanIn: number, fanOut: number, n: number, seed: number): Float32Array {
  return randomArray(n, seed, Math.sqrt(6 / (fanIn + fanOut)));
}

/** One-hot rows: labels[i] ∈ [0, classes). */
export function oneHot(labels: Int32Array, classes: number): Float32Array {
  const out = new Float32Array(labels.length * classes);
  for (let i = 0; i < labels.length; i++) out[i * classes + labels[i]] = 1;
  return out;
}

/** Seeded integer labels in [0, classes). */
export function randomLabels(n: number, classes: number, seed: number): Int32Array {
  const r = seeded(seed);
  return Int32Array.from({ length: n }, () => Math.floor(r() * classes));
}
