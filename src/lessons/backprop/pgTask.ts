/** Adapter: playground URL values → the worker task, and a paused snapshot → the stepped view's URL patch. */
import type { WeightSnapshot } from '../../models/types';
import { FEATURES, featuresOf, makeDataset, parseDrawn, splitData, type Point2 } from '../../models/playground';
import type { PlaygroundTask } from '../../models/playgroundTask';
import type { Params } from './config';

/** The features chosen (indices into FEATURES, deduplicated, in order). */
export function featureNames(p: Params) {
  return [...new Set(p.pf)].sort((a, b) => a - b).map((i) => FEATURES[i]);
}

/** Train/test points of the playground. */
export function pgData(p: Params): { train: Point2[]; test: Point2[] } {
  const pts = makeDataset(p.pds, p.pn, p.pno, 1, parseDrawn(p.pdr));
  return splitData(pts, p.pts, 1);
}

/** The worker task for the current settings. */
export function pgTask(p: Params, data: { train: Point2[]; test: Point2[] }): PlaygroundTask {
  const hyper: Record<string, number> = { lr: p.plr };
  return {
    kind: 'playground', features: featureNames(p), hidden: p.phl.slice(0, p.pnl), activation: p.pact, train: data.train, test: data.test,
    optimizer: { name: p.popt, hyper }, batchSize: p.pbs, seed: 1, gridN: 40,
    l1: p.preg === 'l1' ? p.prr : 0, l2: p.preg === 'l2' ? p.prr : 0,
  };
}

/** URL patch opening the stepped view on training example `point` with the snapshot's weights. */
export function stepIntoPatch(p: Params, weights: WeightSnapshot[], point: Point2): Partial<Params> {
  const f = featureNames(p);
  const W = weights.filter((w) => w.name.startsWith('W'));
  const b = weights.filter((w) => w.name.startsWith('b'));
  const sizes = [f.length, ...W.map((w) => w.shape[0])];
  return {
    sz: sizes, act: p.pact, loss: 'bce', x: featuresOf(f, point.x, point.y), y: [point.label], eta: p.plr,
    wts: W.flatMap((w) => Array.from(w.data)), bs: b.flatMap((w) => Array.from(w.data)), res: false, step: 0, fi: 0, gl: 0, gr: 0, gc: 0,
  };
}
