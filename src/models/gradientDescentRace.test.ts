import { describe, expect, it } from 'vitest';
import { createOptimizer } from '../engine/optim/factory';
import { RACER_SETS, raceSurface, runRace } from './gradientDescentRace';

describe('optimizer race', () => {
  it('every racer starts at the same point and the first SGD step is x − η∇f', () => {
    const r = runRace({ fn: 'bowl', lr: {}, steps: 5 });
    for (const run of r.runs) expect(run.path[0]).toEqual([-4.5, 1.5]);
    const sgd = r.runs.find((x) => x.name === 'sgd')!;
    expect(sgd.path[1][0]).toBeCloseTo(-4.5 - 0.2 * 0.2 * -4.5, 12);
    expect(sgd.path[1][1]).toBeCloseTo(1.5 - 0.2 * 4 * 1.5, 12);
  });

  it('uses the engine optimizers: Adam path equals a direct engine run', () => {
    const r = runRace({ fn: 'rosenbrock', lr: { adam: 0.02 }, steps: 20 });
    const p = { data: new Float64Array([-1.5, 2]), grad: new Float64Array(2) };
    const opt = createOptimizer('adam', [p], { lr: 0.02 });
    for (let k = 0; k < 20; k++) {
      const [x, y] = p.data;
      p.grad.set([-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)]);
      opt.step();
    }
    expect(r.runs.find((x) => x.name === 'adam')!.path[20]).toEqual([p.data[0], p.data[1]]);
  });

  it('Adam reaches the Rosenbrock valley within 300 steps', () => {
    const adam = runRace({ fn: 'rosenbrock', lr: {}, steps: 300 }).runs.find((x) => x.name === 'adam')!;
    const [x, y] = adam.path.at(-1)!;
    expect(Math.abs(y - x * x)).toBeLessThan(0.1);
    expect(adam.loss.at(-1)!).toBeLessThan(0.5);
  });

  it('a huge learning rate makes SGD diverge: flagged, no non-finite numbers kept', () => {
    const sgd = runRace({ fn: 'rosenbrock', lr: { sgd: 5 }, steps: 300 }).runs.find((x) => x.name === 'sgd')!;
    expect(sgd.divergedAt).not.toBeNull();
    expect(sgd.loss.every(Number.isFinite)).toBe(true);
  });

  it('has seven racers and every one records its state per step', () => {
    const r = runRace({ fn: 'himmelblau', lr: {}, steps: 10 });
    expect(r.runs.map((x) => x.name)).toEqual([...RACER_SETS.classic]);
    expect(r.runs.find((x) => x.name === 'momentum')!.state[3].velocity).toHaveLength(2);
    expect(Object.keys(r.runs.find((x) => x.name === 'adam')!.state[3]).sort()).toEqual(['m', 'mHat', 'v', 'vHat']);
  });

  it('surface grid has n² finite values and increasing levels', () => {
    const s = raceSurface('saddle', 20);
    expect(s.values).toHaveLength(400);
    expect(s.levels.length).toBeGreaterThan(5);
  });
});

describe('optimizer race: leaving the map', () => {
  it('on the saddle, racers that escape downhill stop where they leave the map, with finite numbers', () => {
    const r = runRace({ fn: 'saddle', lr: {}, steps: 300 });
    const sgd = r.runs.find((x) => x.name === 'sgd')!;
    expect(sgd.escapedAt).not.toBeNull();
    expect(sgd.path).toHaveLength(sgd.escapedAt! + 1);
    expect(Math.abs(sgd.path.at(-1)![1])).toBeGreaterThan(3);
    expect(Math.abs(sgd.path.at(-2)![1])).toBeLessThanOrEqual(4);
    expect(sgd.loss.every(Number.isFinite)).toBe(true);
  });
  it('a racer that stays on the map has no escape step and the full path', () => {
    const adam = runRace({ fn: 'bowl', lr: {}, steps: 50 }).runs.find((x) => x.name === 'adam')!;
    expect(adam.escapedAt).toBeNull();
    expect(adam.path).toHaveLength(51);
  });
});

describe("optimizer race: Adam's extensions", () => {
  const race = runRace({ fn: 'rosenbrock', lr: {}, steps: 300, set: 'adam' });
  const run = (name: string) => race.runs.find((x) => x.name === name)!;
  it('races Momentum, RMSprop, Adam, AdamW, AMSGrad and Nadam from the same start', () => {
    expect(race.runs.map((x) => x.name)).toEqual(['momentum', 'rmsprop', 'adam', 'adamw', 'amsgrad', 'nadam']);
    for (const r of race.runs) expect(r.path[0]).toEqual([-1.5, 2]);
  });
  it('first steps: Adam moves η·sign(g) per coordinate, Nadam 1.9·η·sign(g), AdamW also decays θ by ηλθ', () => {
    // g at (−1.5, 2) = (−2·2.5 − 400·(−1.5)·(−0.25), 200·(−0.25)) = (−155, −50): both negative.
    const lr = 0.1;
    expect(run('adam').path[1][0]).toBeCloseTo(-1.5 + lr, 6);
    expect(run('adam').path[1][1]).toBeCloseTo(2 + lr, 6);
    expect(run('amsgrad').path[1]).toEqual(run('adam').path[1]);
    expect(run('nadam').path[1][0]).toBeCloseTo(-1.5 + 1.9 * lr, 6);
    expect(run('adamw').path[1][0]).toBeCloseTo(-1.5 * (1 - lr * 0.05) + lr, 6);
    expect(run('adamw').path[1][1]).toBeCloseTo(2 * (1 - lr * 0.05) + lr, 6);
  });
  it('AMSGrad records the running maximum of v; Adam, AMSGrad and Nadam all reach the valley', () => {
    const s = run('amsgrad').state[300];
    expect(s.vMaxHat[0]).toBeGreaterThanOrEqual(s.vHat[0]);
    for (const name of ['adam', 'amsgrad', 'nadam']) expect(run(name).loss.at(-1)!).toBeLessThan(0.5);
  });
});
