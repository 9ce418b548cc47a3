/**
 * 2-D data sets and input features for the network playground. Pure and
 * seeded: the same settings always give the same points.
 */
import { createRng, type Rng } from '../engine/rng';

export const DATASETS = ['circle', 'xor', 'gauss', 'spiral', 'drawn'] as const;
export type DatasetName = (typeof DATASETS)[number];

/** Input features computed from (x₁, x₂). */
export const FEATURES = ['x1', 'x2', 'x1sq', 'x2sq', 'x1x2', 'sinx1', 'sinx2'] as const;
export type FeatureName = (typeof FEATURES)[number];

/** A labelled point: label 1 (positive) or 0. */
export interface Point2 { x: number; y: number; label: 0 | 1 }

/** Points live in [−R, R]². */
export const EXTENT = 6;

/** Value of one feature at (a, b). */
export function feature(name: FeatureName, a: number, b: number): number {
  switch (name) {
    case 'x1': return a;
    case 'x2': return b;
    case 'x1sq': return a * a / EXTENT;
    case 'x2sq': return b * b / EXTENT;
    case 'x1x2': return a * b / EXTENT;
    case 'sinx1': return Math.sin(a);
    default: return Math.sin(b);
  }
}

/** The feature vector of a point (scaled so the inputs stay of order 1). */
export function featuresOf(names: readonly FeatureName[], a: number, b: number): number[] {
  return names.map((n) => feature(n, a, b) / (EXTENT / 2));
}

function circle(n: number, rng: Rng, noise: number): Point2[] {
  return Array.from({ length: n }, (_, i) => {
    const inside = i % 2 === 0;
    const r = inside ? rng.uniform(0, 2.5) : rng.uniform(3.5, 5);
    const t = rng.uniform(0, 2 * Math.PI);
    return jitter({ x: r * Math.cos(t), y: r * Math.sin(t), label: inside ? 1 : 0 }, rng, noise);
  });
}

function xor(n: number, rng: Rng, noise: number): Point2[] {
  return Array.from({ length: n }, () => {
    const pad = 0.3;
    let x = rng.uniform(-5, 5);
    let y = rng.uniform(-5, 5);
    x += x > 0 ? pad : -pad;
    y += y > 0 ? pad : -pad;
    return jitter({ x, y, label: x * y >= 0 ? 1 : 0 }, rng, noise);
  });
}

function gauss(n: number, rng: Rng, noise: number): Point2[] {
  return Array.from({ length: n }, (_, i) => {
    const pos = i % 2 === 0;
    const c = pos ? 2 : -2;
    return { x: rng.normal(c, 1 + noise * 2), y: rng.normal(c, 1 + noise * 2), label: pos ? 1 : 0 };
  });
}

function spiral(n: number, rng: Rng, noise: number): Point2[] {
  const half = Math.floor(n / 2);
  return Array.from({ length: n }, (_, i) => {
    const pos = i < half;
    const k = pos ? i : i - half;
    const r = (k / half) * 5;
    const t = 1.75 * (k / half) * 2 * Math.PI + (pos ? 0 : Math.PI);
    return jitter({ x: r * Math.sin(t), y: r * Math.cos(t), label: pos ? 1 : 0 }, rng, noise);
  });
}

function jitter(p: Point2, rng: Rng, noise: number): Point2 {
  if (noise <= 0) return p;
  return { ...p, x: p.x + rng.uniform(-1, 1) * noise * 2, y: p.y + rng.uniform(-1, 1) * noise * 2 };
}

/**
 * `n` points of a data set (noise 0…1), seeded. For `drawn`, the student's points
 * are used as they are.
 */
export function makeDataset(name: DatasetName, n: number, noise: number, seed: number | string, drawn: Point2[] = []): Point2[] {
  const rng = createRng(`playground:${name}:${String(seed)}`);
  switch (name) {
    case 'circle': return circle(n, rng, noise);
    case 'xor': return xor(n, rng, noise);
    case 'gauss': return gauss(n, rng, noise);
    case 'spiral': return spiral(n, rng, noise);
    default: return drawn.slice();
  }
}

/** Seeded shuffle then split: the first `testPercent`% go to the test set. */
export function splitData(points: readonly Point2[], testPercent: number, seed: number | string): { train: Point2[]; test: Point2[] } {
  const rng = createRng(`split:${String(seed)}`);
  const shuffled = rng.shuffle(points.slice());
  const nTest = Math.round((shuffled.length * Math.max(0, Math.min(90, testPercent))) / 100);
  return { test: shuffled.slice(0, nTest), train: shuffled.slice(nTest) };
}

/** Parses drawn points written `x:y:label;…` (invalid entries dropped). */
export function parseDrawn(text: string): Point2[] {
  if (!text) return [];
  return text.split(';').flatMap((part) => {
    const [x, y, l] = part.split(':').map(Number);
    if (![x, y].every(Number.isFinite) || (l !== 0 && l !== 1) || Math.abs(x) > EXTENT || Math.abs(y) > EXTENT) return [];
    return [{ x, y, label: l as 0 | 1 }];
  });
}

/** Inverse of {@link parseDrawn}, rounding to 2 decimals. */
export function formatDrawn(points: readonly Point2[]): string {
  return points.map((p) => `${Math.round(p.x * 100) / 100}:${Math.round(p.y * 100) / 100}:${p.label}`).join(';');
}
