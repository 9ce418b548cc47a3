/** Pure adapters: URL values → the stepped network's config, and back. */
import type { Values } from '../../lib/urlParams';
import { weightsOf, type BpConfig } from '../../models/backprop';
import type { backpropSchema } from './params';

export type Params = Values<typeof backpropSchema>;

/** `v` cut or zero-padded to length n. */
export function fit(v: readonly number[], n: number): number[] {
  return Array.from({ length: n }, (_, i) => v[i] ?? 0);
}

/** Splits a flat list into per-layer chunks of the given sizes, or null when the length is wrong. */
export function chunk(flat: readonly number[], lengths: readonly number[]): number[][] | null {
  const total = lengths.reduce((s, n) => s + n, 0);
  if (flat.length !== total || total === 0) return null;
  let at = 0;
  return lengths.map((n) => flat.slice(at, (at += n)));
}

/** A target the loss accepts: one value in [0,1] for bce, a distribution for ce. */
function target(p: Params, n: number): number[] {
  const y = fit(p.y, n);
  if (p.loss === 'bce') return [Math.max(0, Math.min(1, y[0]))];
  if (p.loss !== 'ce') return y;
  const s = y.reduce((a, b) => a + b, 0);
  if (y.every((v) => v >= 0) && s > 0) return y.map((v) => v / s);
  return y.map((_, i) => (i === 0 ? 1 : 0));
}

/** The config the URL describes (sizes last forced to 1 for bce); `notes` lists what was adjusted. */
export function configOf(p: Params): { cfg: BpConfig; adjusted: boolean } {
  const sizes = p.sz.slice();
  let adjusted = false;
  if (p.loss === 'bce' && sizes[sizes.length - 1] !== 1) {
    sizes[sizes.length - 1] = 1;
    adjusted = true;
  }
  const wl = sizes.slice(1).map((n, l) => n * sizes[l]);
  const weights = p.wts.length ? chunk(p.wts, wl) : null;
  const biases = p.bs.length ? chunk(p.bs, sizes.slice(1)) : null;
  if ((p.wts.length && !weights) || (p.bs.length && !biases)) adjusted = true;
  const cfg: BpConfig = {
    sizes, activation: p.act, loss: p.loss, x: fit(p.x, sizes[0]), y: target(p, sizes[sizes.length - 1]),
    eta: p.eta, seed: p.seed, weights, biases, residual: p.res,
  };
  if (p.x.length !== sizes[0] || p.y.length !== sizes[sizes.length - 1]) adjusted = true;
  return { cfg, adjusted };
}

/** URL patch that sets weight W(layer+1)[row, col] to `value` (materialising the seeded weights first). */
export function setWeightPatch(cfg: BpConfig, layer: number, row: number, col: number, value: number): Partial<Params> {
  const w = weightsOf(cfg);
  w[layer][row * cfg.sizes[layer] + col] = value;
  return { wts: w.flat() };
}

/** URL patch for a new architecture: weights reset to seeded, x and y resized, step back to 0. */
export function resizePatch(p: Params, sizes: number[]): Partial<Params> {
  return { sz: sizes, wts: [], bs: [], x: fit(p.x, sizes[0]), y: fit(p.y, sizes[sizes.length - 1]), step: 0, fi: 0, gl: 0, gr: 0, gc: 0 };
}
