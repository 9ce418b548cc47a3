import { describe, expect, it } from 'vitest';
import { runRace } from '../../models/gradientDescentRace';
import { renderTex } from '../../ui/Tex';
import { RACER_RULE, logLossFor, lossSeries, racerStateTex, racerStop } from './raceView';

const labels = { sgd: 'SGD', momentum: 'M', nesterov: 'N', adagrad: 'AG', adadelta: 'AD', rmsprop: 'R', adam: 'A', adamw: 'AW', amsgrad: 'AMS', nadam: 'NA' };

describe('optimizer race view', () => {
  it('every rule and every live state is valid TeX (both racer sets)', () => {
    const runs = [...runRace({ fn: 'rosenbrock', lr: {}, steps: 5 }).runs, ...runRace({ fn: 'rosenbrock', lr: {}, steps: 5, set: 'adam' }).runs];
    for (const run of runs) {
      expect(renderTex(RACER_RULE[run.name], true)).not.toHaveProperty('error');
      expect(renderTex(racerStateTex(run, 3), true)).not.toHaveProperty('error');
    }
  });
  it('AdamW shows its weight decay λ and AMSGrad its running maximum', () => {
    const race = runRace({ fn: 'bowl', lr: {}, steps: 3, set: 'adam' });
    expect(racerStateTex(race.runs.find((r) => r.name === 'adamw')!, 3)).toContain('\\lambda = 0.05');
    expect(racerStateTex(race.runs.find((r) => r.name === 'amsgrad')!, 3)).toContain('u/(1-\\beta_2^t)');
  });
  it('the live state carries the engine’s velocity after the step', () => {
    const momentum = runRace({ fn: 'bowl', lr: {}, steps: 2 }).runs.find((r) => r.name === 'momentum')!;
    const v = momentum.state[2].velocity;
    expect(racerStateTex(momentum, 2)).toContain(`v = (${Number(v[0].toFixed(4))}`);
    expect(racerStateTex(momentum, 2)).toContain('t = 2');
  });
  it('loss is drawn as log₁₀ f where f ≥ 0, and as f on the saddle', () => {
    const bowl = runRace({ fn: 'bowl', lr: {}, steps: 3 });
    expect(logLossFor(bowl)).toBe(true);
    const sgd = lossSeries(bowl, 2, labels)[0];
    expect(sgd.points).toHaveLength(3);
    expect(sgd.points[0][1]).toBeCloseTo(Math.log10(bowl.runs[0].loss[0]), 12);
    expect(logLossFor(runRace({ fn: 'saddle', lr: {}, steps: 1 }))).toBe(false);
  });
  it('a racer that left the map reports where; one that did not reports nothing', () => {
    const saddle = runRace({ fn: 'saddle', lr: {}, steps: 300 }).runs[0];
    expect(racerStop(saddle)).toEqual({ kind: 'escaped', step: saddle.escapedAt });
    expect(racerStop(runRace({ fn: 'bowl', lr: {}, steps: 10 }).runs[0])).toBeNull();
  });
});
