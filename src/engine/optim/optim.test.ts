import { describe, expect, it } from 'vitest';
import { createOptimizer, OPTIMIZER_NAMES, type HyperRecord } from './index';
import { runOptimizerOn2D } from './race';
import { TEST_FUNCTIONS, TEST_FUNCTION_NAMES } from './testFunctions';

/** Gradients fed on steps 1, 2, 3 (for a 2-element parameter starting at [1, 2]). */
const GRADS = [
  [0.5, -1],
  [-0.25, 3],
  [1, 0.5],
];

function trace(name: string, hyper: HyperRecord): number[][] {
  const p = { data: new Float64Array([1, 2]), grad: new Float64Array(2) };
  const opt = createOptimizer(name, [p], hyper);
  return GRADS.map((g) => {
    p.grad.set(g);
    opt.step();
    return [...p.data];
  });
}

/**
 * Expected parameters after steps 1–3, computed by hand (and checked with a
 * separate Python script) from the update rules documented on each class.
 */
const EXPECTED: [string, HyperRecord, number[][]][] = [
  ['sgd', { lr: 0.1 }, [[0.95, 2.1], [0.975, 1.8], [0.875, 1.75]]],
  ['momentum', { lr: 0.1, momentum: 0.9 }, [[0.95, 2.1], [0.93, 1.89], [0.812, 1.651]]],
  ['nesterov', { lr: 0.1, momentum: 0.9 }, [[0.905, 2.19], [0.912, 1.701], [0.7058, 1.4359]]],
  ['adagrad', { lr: 0.1 }, [[0.9, 2.1], [0.9447213607, 2.0051316695], [0.8574342054, 1.9895142934]]],
  ['rmsprop', { lr: 0.01, rho: 0.9 }, [[0.9683772254, 2.0316227756], [0.9831214201, 2.0014716414], [0.9549356279, 1.9962474118]]],
  ['adadelta', { rho: 0.9, eps: 1e-6 }, [[0.9968377856, 2.0031622618], [0.9989228726, 1.9988982603], [0.994616157, 1.9978908969]]],
  ['adam', { lr: 0.1 }, [[0.9, 2.1], [0.8733662987, 2.0505810159], [0.8075551397, 2.0028672979]]],
  ['adamw', { lr: 0.1, weightDecay: 0.1 }, [[0.89, 2.08], [0.8544662987, 2.0097810159], [0.7801104767, 1.9419694878]]],
  // β₂ = 0.5 so that v falls on step 2 for x (0.125 → 0.09375): AMSGrad divides by the old maximum, Adam
  // with β₂ = 0.5 would reach x = 0.8702270857 there. For y, v grows every step and both agree.
  ['amsgrad', { lr: 0.1, beta2: 0.5 }, [[0.9, 2.1], [0.8742159001, 2.0560812947], [0.8191385924, 2.0182295563]]],
  // Step 1: m̂ = g, so the look-ahead is β₁g + (1−β₁)g/(1−β₁) = 1.9g and θ moves 1.9·η·sign(g).
  ['nadam', { lr: 0.1 }, [[0.81, 2.19], [0.8193218, 2.074924366], [0.7043195882, 2.0220000705]]],
];

describe('optimizers: first steps match hand-computed values', () => {
  it.each(EXPECTED)('%s', (name, hyper, expected) => {
    const got = trace(name, hyper);
    for (let k = 0; k < expected.length; k++) {
      expect(got[k][0]).toBeCloseTo(expected[k][0], 7);
      expect(got[k][1]).toBeCloseTo(expected[k][1], 7);
    }
  });

  it('covers every optimizer name', () => {
    expect(EXPECTED.map((e) => e[0]).sort()).toEqual([...OPTIMIZER_NAMES].sort());
  });
});

describe('Adam extensions', () => {
  it('AMSGrad equals Adam while every squared gradient grows, and never lets its denominator shrink', () => {
    const grow = [[1], [2], [3], [4]];
    const runs = ['adam', 'amsgrad'].map((name) => {
      const p = { data: new Float64Array([0]), grad: new Float64Array(1) };
      const opt = createOptimizer(name, [p], { lr: 0.1, beta2: 0.5 });
      return grow.map((g) => { p.grad.set(g); opt.step(); return p.data[0]; });
    });
    runs[0].forEach((x, k) => expect(runs[1][k]).toBeCloseTo(x, 12));
    const p = { data: new Float64Array([0]), grad: new Float64Array(1) };
    const opt = createOptimizer('amsgrad', [p], { beta2: 0.5 });
    for (const g of [4, 0.1, 0.1]) { p.grad[0] = g; opt.step(); }
    const s = opt.state();
    expect(s.vMax[0][0]).toBeCloseTo(0.5 * 16, 12);
    expect(s.v[0][0]).toBeLessThan(s.vMax[0][0]);
  });
  it('AdamW with zero weight decay is Adam', () => {
    const a = trace('adam', { lr: 0.1 });
    trace('adamw', { lr: 0.1, weightDecay: 0 }).forEach((row, k) => row.forEach((x, j) => expect(x).toBeCloseTo(a[k][j], 12)));
  });
});

describe('optimizer interface', () => {
  it('Nesterov (current-parameter form) equals the look-ahead form φ − γv', () => {
    // Look-ahead form on f = 3θ²/2: v ← γv + η f'(φ − γv); φ ← φ − v. Ours stores θ = φ − γv.
    const lr = 0.05;
    const gamma = 0.8;
    let phi = 2;
    let v = 0;
    const p = { data: new Float64Array([2]), grad: new Float64Array(1) };
    const opt = createOptimizer('nesterov', [p], { lr, momentum: gamma });
    for (let t = 0; t < 10; t++) {
      v = gamma * v + lr * 3 * (phi - gamma * v);
      phi -= v;
      p.grad[0] = 3 * p.data[0];
      opt.step();
      expect(p.data[0]).toBeCloseTo(phi - gamma * v, 12);
    }
  });

  it('setHyper changes the learning rate mid-run, counts steps and rejects bad values', () => {
    const p = { data: new Float32Array([1]), grad: new Float64Array([1]) };
    const opt = createOptimizer('sgd', [p], { lr: 0.1 });
    opt.step();
    opt.setHyper({ lr: 0.5, unknown: 3 });
    opt.step();
    expect(p.data[0]).toBeCloseTo(0.4, 6);
    expect(opt.stepCount).toBe(2);
    expect(opt.hyper).toEqual({ lr: 0.5 });
    expect(() => opt.setHyper({ lr: Number.NaN })).toThrow(RangeError);
    expect(() => opt.setHyper({ lr: -1 })).toThrow(RangeError);
    expect(() => createOptimizer('lbfgs', [p])).toThrow(/unknown optimizer/);
  });

  it('zeroGrad clears gradients and parameters without grad are skipped', () => {
    const a = { data: new Float64Array([1, 1]), grad: new Float64Array([3, 4]) };
    const b = { data: new Float64Array([5]), grad: null };
    const opt = createOptimizer('momentum', [a, b]);
    opt.step();
    expect([...b.data]).toEqual([5]);
    opt.zeroGrad();
    expect([...a.grad]).toEqual([0, 0]);
  });

  it('state() exposes readable copies (Adam: m, v, mHat, vHat)', () => {
    const p = { data: new Float64Array([0]), grad: new Float64Array([2]) };
    const opt = createOptimizer('adam', [p], { lr: 0.1 });
    opt.step();
    const s = opt.state();
    expect(Object.keys(s).sort()).toEqual(['m', 'mHat', 'v', 'vHat']);
    expect(s.m[0][0]).toBeCloseTo(0.2, 12);
    expect(s.mHat[0][0]).toBeCloseTo(2, 12);
    expect(s.vHat[0][0]).toBeCloseTo(4, 12);
    s.m[0][0] = 99;
    expect(opt.state().m[0][0]).toBeCloseTo(0.2, 12);
    expect(createOptimizer('rmsprop', [p]).state()).toHaveProperty('avgSquaredGrad');
    expect(createOptimizer('momentum', [p]).state()).toHaveProperty('velocity');
  });
});

describe('2-D test functions and the optimizer race', () => {
  it.each(TEST_FUNCTION_NAMES)('%s: analytic gradient matches finite differences; minima are stationary', (name) => {
    const fn = TEST_FUNCTIONS[name];
    const h = 1e-6;
    for (const [x, y] of [fn.start, [0.3, -0.7], [1.2, 0.4]] as [number, number][]) {
      const [gx, gy] = fn.grad(x, y);
      expect(gx).toBeCloseTo((fn.f(x + h, y) - fn.f(x - h, y)) / (2 * h), 3);
      expect(gy).toBeCloseTo((fn.f(x, y + h) - fn.f(x, y - h)) / (2 * h), 3);
    }
    for (const [x, y] of fn.minima) {
      expect(Math.hypot(...fn.grad(x, y))).toBeLessThan(1e-3);
    }
  });

  it('Adam reaches the Rosenbrock valley (loss < 0.1) from (−1.5, 2) within 2000 steps at lr 0.05', () => {
    const run = runOptimizerOn2D('rosenbrock', 'adam', { lr: 0.05 }, [-1.5, 2], 2000);
    const first = run.loss.findIndex((l) => l < 0.1);
    expect(run.diverged).toBe(false);
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(2000);
    expect(run.path).toHaveLength(2001);
    expect(run.state[0]).toEqual({ m: [0, 0], v: [0, 0], mHat: [0, 0], vHat: [0, 0] });
  });

  it('on the ill-conditioned bowl, momentum needs under half the steps of the best-tuned SGD (loss < 1e-4)', () => {
    const stepsTo = (name: string, hyper: HyperRecord) => {
      const k = runOptimizerOn2D('bowl', name, hyper, undefined, 5000).loss.findIndex((l) => l < 1e-4);
      return k < 0 ? Infinity : k;
    };
    // SGD is stable for lr < 2/λmax = 0.5; take its best over a sweep of stable rates (best ≈ 51 steps at 0.47).
    const sgdBest = Math.min(...[0.05, 0.1, 0.2, 0.3, 0.4, 0.45, 0.47, 0.49].map((lr) => stepsTo('sgd', { lr })));
    const momentum = stepsTo('momentum', { lr: 0.2, momentum: 0.7 });
    expect(Number.isFinite(sgdBest)).toBe(true);
    expect(momentum * 2).toBeLessThan(sgdBest);
  });

  it('flags divergence and stops recording', () => {
    const run = runOptimizerOn2D('bowl', 'sgd', { lr: 10 }, undefined, 2000);
    expect(run.diverged).toBe(true);
    expect(run.path.length).toBeLessThan(2001);
    expect(run.loss.every(Number.isFinite)).toBe(true);
  });
});
