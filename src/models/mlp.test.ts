import { describe, expect, it } from 'vitest';
import { buildModel } from './index';
import { buildMlp, type MlpTask } from './mlp';

const base: MlpTask = {
  kind: 'mlp',
  layers: [2, 3, 2],
  activation: 'tanh',
  outputActivation: 'softmax',
  loss: 'ce',
  data: { x: [[0.1, -0.4], [0.7, 0.2], [-0.3, 0.9]], y: [[1, 0], [0, 1], [1, 0]] },
  testData: { x: [[0, 0]], y: [[0, 1]] },
  optimizer: { name: 'sgd' },
  batchSize: 0,
  seed: 'm',
  l1: 0.01,
  l2: 0.1,
  grid: { n: 3, xMin: -1, xMax: 1, yMin: 0, yMax: 2 },
};

describe('mlp model', () => {
  it('is deterministic per seed and predicts probability rows', () => {
    const a = buildMlp(base);
    const b = buildMlp(base);
    expect(a.weights()).toEqual(b.weights());
    const p = a.predict([[0.5, 0.5], [1, -1]]);
    expect(p).toHaveLength(2);
    for (const row of p) expect(row[0] + row[1]).toBeCloseTo(1, 12);
    expect(buildMlp({ ...base, seed: 'other' }).weights()).not.toEqual(a.weights());
  });

  it('trainStep gradients (data + L1 + L2 penalty) match finite differences', () => {
    const m = buildMlp(base);
    const all = [0, 1, 2];
    const loss0 = m.trainStep(all);
    expect(loss0).toBeCloseTo(m.evaluate('train') as number, 12);
    const grads = m.params.map((p) => Float64Array.from(p.grad as Float64Array));
    const h = 1e-6;
    for (const [pi, i] of [[0, 0], [0, 5], [1, 2], [2, 3], [3, 1]]) {
      const d = m.params[pi].data;
      const keep = d[i];
      d[i] = keep + h;
      const up = m.evaluate('train') as number;
      d[i] = keep - h;
      const down = m.evaluate('train') as number;
      d[i] = keep;
      expect(grads[pi][i]).toBeCloseTo((up - down) / (2 * h), 6);
    }
    expect(m.evaluate('test')).toBeGreaterThan(0);
  });

  it('lays out the decision grid row by row from yMin, columns from xMin', () => {
    const m = buildMlp(base);
    const g = m.grid();
    expect(g).not.toBeNull();
    if (!g) return;
    expect(g.values).toHaveLength(3 * 3 * 2);
    const [p] = m.predict([[1, 1]]); // row 1 (y = 1), column 2 (x = 1)
    expect(g.values[(1 * 3 + 2) * 2]).toBeCloseTo(p[0], 6);
  });

  it('rejects invalid tasks with a readable message', () => {
    const bad: [Partial<MlpTask>, RegExp][] = [
      [{ layers: [2] }, /layers/],
      [{ activation: 'swoosh' as never }, /activation/],
      [{ loss: 'ce', outputActivation: 'sigmoid' }, /softmax/],
      [{ data: { x: [[1, 2]], y: [[1]] } }, /data\.y\[0\]/],
      [{ data: { x: [[1, Number.NaN]], y: [[1, 0]] } }, /non-finite/],
      [{ optimizer: { name: 'lbfgs' as never } }, /optimizer/],
      [{ batchSize: -1 }, /batchSize/],
      [{ grid: { n: 1, xMin: 0, xMax: 1, yMin: 0, yMax: 1 } }, /grid/],
    ];
    for (const [patch, msg] of bad) expect(() => buildModel({ ...base, ...patch })).toThrow(msg);
  });
});
