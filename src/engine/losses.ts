/**
 * Loss functions, each a single fused node. Targets are constants: they get a
 * gradient only in the squared-error losses, and only if they require one.
 */
import { sigmoid } from './activations';
import { record } from './tape';
import { Tensor, shapeSize } from './tensor';
import { badShape, shapeError } from './ops/util';

/** A target given as a tensor or a flat array with the output's layout. */
export type Target = Tensor | ArrayLike<number>;

function asTarget(op: string, output: Tensor, target: Target): Tensor {
  const t = target instanceof Tensor ? target : new Tensor(Float64Array.from(target), output.shape);
  if (t.size !== output.size) throw shapeError(op, output, t);
  return t;
}

function squaredError(op: string, o: Tensor, target: Target, half: boolean): Tensor {
  const t = asTarget(op, o, target);
  const n = o.size;
  const c = half ? 1 : 2 / n;
  let s = 0;
  for (let i = 0; i < n; i++) s += (t.data[i] - o.data[i]) ** 2;
  const loss = new Tensor(Float64Array.of(half ? 0.5 * s : s / n), []);
  return record(op, [o, t], loss, (g) => {
    const go = new Float64Array(n);
    for (let i = 0; i < n; i++) go[i] = g[0] * c * (o.data[i] - t.data[i]);
    let gt: Float64Array | null = null;
    if (t.requiresGrad) {
      gt = new Float64Array(n);
      for (let i = 0; i < n; i++) gt[i] = -go[i];
    }
    return [go, gt];
  }, () => ({ rules: half ? ['o − t', 't − o'] : ['2(o − t)/n', '2(t − o)/n'] }));
}

/** E = ½ Σ (t − o)², the lecture's squared error; ∂E/∂o = o − t. */
export function halfSumSquaredError(output: Tensor, target: Target): Tensor {
  return squaredError('halfSumSquaredError', output, target, true);
}

/** Mean over all elements of (t − o)²; ∂/∂o = 2(o − t)/n. */
export function meanSquaredError(output: Tensor, target: Target): Tensor {
  return squaredError('meanSquaredError', output, target, false);
}

/**
 * Binary cross-entropy on probabilities, mean over elements:
 * −[y log p + (1−y) log(1−p)], with p clamped to [eps, 1−eps] (eps default 1e-12;
 * clamped entries get zero gradient).
 */
export function binaryCrossEntropy(p: Tensor, target: Target, eps = 1e-12): Tensor {
  const y = asTarget('binaryCrossEntropy', p, target);
  const n = p.size;
  let s = 0;
  for (let i = 0; i < n; i++) {
    const q = Math.min(Math.max(p.data[i], eps), 1 - eps);
    s -= y.data[i] * Math.log(q) + (1 - y.data[i]) * Math.log(1 - q);
  }
  return record('binaryCrossEntropy', [p], new Tensor(Float64Array.of(s / n), []), (g) => {
    const gp = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const q = p.data[i];
      if (q < eps || q > 1 - eps) continue;
      gp[i] = (g[0] * (q - y.data[i])) / (q * (1 - q) * n);
    }
    return [gp];
  }, () => ({ rules: ['(p − y) / (p(1 − p)·n)'] }));
}

/** Binary cross-entropy on logits z (stable form), mean over elements; ∂/∂z = (σ(z) − y)/n. */
export function bceWithLogits(z: Tensor, target: Target): Tensor {
  const y = asTarget('bceWithLogits', z, target);
  const n = z.size;
  let s = 0;
  for (let i = 0; i < n; i++) {
    const v = z.data[i];
    s += Math.max(v, 0) - v * y.data[i] + Math.log1p(Math.exp(-Math.abs(v)));
  }
  return record('bceWithLogits', [z], new Tensor(Float64Array.of(s / n), []), (g) => {
    const gz = new Float64Array(n);
    for (let i = 0; i < n; i++) gz[i] = (g[0] * (sigmoid(z.data[i]) - y.data[i])) / n;
    return [gz];
  }, () => ({ rules: ['(σ(z) − y)/n'] }));
}

function targetMatrix(logits: Tensor, B: number, C: number, targets: Tensor | ArrayLike<number> | number): Float64Array {
  if (targets instanceof Tensor) {
    if (targets.size !== B * C) throw shapeError('softmaxCrossEntropy', logits, targets);
    return Float64Array.from(targets.data);
  }
  const idx = typeof targets === 'number' ? [targets] : targets;
  if (idx.length !== B) throw badShape('softmaxCrossEntropy', logits, `needs ${B} class indices, got ${idx.length}`);
  const y = new Float64Array(B * C);
  for (let b = 0; b < B; b++) {
    const k = idx[b];
    if (!Number.isInteger(k) || k < 0 || k >= C) throw badShape('softmaxCrossEntropy', logits, `has no class ${k}`);
    y[b * C + k] = 1;
  }
  return y;
}

/**
 * Softmax + cross-entropy fused. logits: [B, C] (a batch) or [C] (one example).
 * targets: integer class indices (length B, or one number) or a one-hot /
 * probability tensor of the logits' shape. Loss is the mean over the batch of
 * −Σ y log μ with μ = softmax(logits). Gradient wrt logits: (μ − y)/B for a
 * batch, hence exactly μ − y for a single example.
 */
export function softmaxCrossEntropy(logits: Tensor, targets: Tensor | ArrayLike<number> | number): Tensor {
  if (logits.ndim !== 1 && logits.ndim !== 2) throw badShape('softmaxCrossEntropy', logits, 'is not [C] or [B, C]');
  const C = logits.shape[logits.ndim - 1];
  const B = shapeSize(logits.shape) / C;
  const y = targetMatrix(logits, B, C, targets);
  const mu = new Float64Array(B * C);
  const z = logits.data;
  let loss = 0;
  for (let b = 0; b < B; b++) {
    const o = b * C;
    let m = -Infinity;
    for (let j = 0; j < C; j++) if (z[o + j] > m || z[o + j] !== z[o + j]) m = z[o + j];
    let s = 0;
    for (let j = 0; j < C; j++) s += (mu[o + j] = Math.exp(z[o + j] - m));
    const logS = Math.log(s);
    for (let j = 0; j < C; j++) {
      mu[o + j] /= s;
      if (y[o + j] !== 0) loss -= y[o + j] * (z[o + j] - m - logS);
    }
  }
  return record('softmaxCrossEntropy', [logits], new Tensor(Float64Array.of(loss / B), []), (g) => {
    const gz = new Float64Array(B * C);
    const c = g[0] / B;
    for (let i = 0; i < gz.length; i++) gz[i] = c * (mu[i] - y[i]);
    return [gz];
  }, () => {
    const values = new Float64Array(B * C);
    for (let i = 0; i < values.length; i++) values[i] = (mu[i] - y[i]) / B;
    return { rules: [B === 1 ? 'μ − y' : `(μ − y)/${B}`], values, info: { softmax: Array.from(mu) } };
  });
}
