import { describe, expect, it } from 'vitest';
import { createOptimizer } from '../engine/optim/factory';
import { formatDrawn, makeDataset, parseDrawn, splitData } from './playground';
import { buildPlayground, type PlaygroundTask } from './playgroundTask';

function circleTask(): PlaygroundTask {
  const pts = makeDataset('circle', 300, 0, 1);
  const { train, test } = splitData(pts, 50, 1);
  return {
    kind: 'playground', features: ['x1', 'x2'], hidden: [6, 4], activation: 'tanh', train, test,
    optimizer: { name: 'adam', hyper: { lr: 0.03 } }, batchSize: 10, seed: 1, gridN: 20,
  };
}

describe('playground', () => {
  it('data sets are seeded and balanced', () => {
    const a = makeDataset('circle', 100, 0.1, 7);
    expect(a).toEqual(makeDataset('circle', 100, 0.1, 7));
    expect(a.filter((p) => p.label === 1)).toHaveLength(50);
    expect(makeDataset('spiral', 10, 0, 1)).toHaveLength(10);
  });

  it('drawn points round-trip and malformed entries are dropped', () => {
    const pts = parseDrawn('1:2:1;bad;3:-4:0;9:9:1;1:1:2');
    expect(pts).toEqual([{ x: 1, y: 2, label: 1 }, { x: 3, y: -4, label: 0 }]);
    expect(parseDrawn(formatDrawn(pts))).toEqual(pts);
  });

  it('grid carries the output then every hidden neuron', () => {
    const g = buildPlayground(circleTask()).grid();
    expect(g.outputs).toBe(1 + 6 + 4);
    expect(g.values).toHaveLength(20 * 20 * 11);
  });

  it('zero hidden layers and no features are handled (error, not crash)', () => {
    expect(buildPlayground({ ...circleTask(), hidden: [] }).grid().outputs).toBe(1);
    expect(() => buildPlayground({ ...circleTask(), features: [] })).toThrow(/feature/);
  });

  it('the circle reaches test loss < 0.1 with Adam and batches of 10', () => {
    const model = buildPlayground(circleTask());
    const opt = createOptimizer('adam', model.params, { lr: 0.03 });
    const n = model.trainSize;
    for (let step = 0; step < 1500; step++) {
      model.trainStep(Array.from({ length: 10 }, (_, k) => (step * 10 + k) % n));
      opt.step();
    }
    expect(model.evaluate('test')).toBeLessThan(0.1);
  });
});
