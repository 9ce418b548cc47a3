import { describe, expect, it } from 'vitest';
import { createRunner } from './runner';
import type { TrainingSnapshot } from './protocol';
import { aeWeightsFrom, corrupt, decode, reconstruct } from '../models/autoencoderNet';
import type { AutoencoderReport } from '../models/autoencoderTask';
import type { DbnReport } from '../models/dbnTask';
import type { RbmReport } from '../models/rbmTask';

/** 60 synthetic "digits": a bar whose column depends on the label, so there is something to learn. */
function fakeDigits(n: number) {
  const images = new Uint8Array(n * 784);
  const labels = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    labels[k] = k % 10;
    for (let r = 4; r < 24; r++) images[k * 784 + r * 28 + 4 + 2 * labels[k]] = 255;
  }
  return { images, labels };
}
const data = { key: 'fake', train: fakeDigits(60), test: fakeDigits(20) };

function run(task: Parameters<typeof createRunner>[0], steps: number): Promise<TrainingSnapshot[]> {
  return new Promise((resolve, reject) => {
    const snaps: TrainingSnapshot[] = [];
    const r = createRunner(task, (e) => {
      if (e.type === 'snapshot') snaps.push(e.snapshot);
      if (e.type === 'error') reject(new Error(e.message));
      if (e.type === 'status' && e.state === 'paused') resolve(snaps);
    }, { maxSteps: steps, snapshotHz: 1000 });
    r.start();
  });
}

describe('autoencoder, RBM and DBN tasks on the runner', () => {
  it('the autoencoder lowers its test reconstruction error and its weights decode a code into 784 grey levels', async () => {
    const snaps = await run({ kind: 'autoencoder', hidden: 16, noise: 0.2, data, optimizer: { name: 'adam', hyper: { lr: 0.01 } }, batchSize: 10, seed: 1, evalEvery: 5, mapSize: 20 }, 60);
    const first = snaps[0].report as unknown as AutoencoderReport;
    const last = snaps.at(-1)!.report as unknown as AutoencoderReport;
    expect(last.testMse).toBeLessThan(first.testMse);
    expect(last.latent).toHaveLength(40);
    const w = aeWeightsFrom(Object.fromEntries(snaps.at(-1)!.weights.map((x) => [x.name, x.data])))!;
    expect(w).not.toBeNull();
    const img = decode(w, [0, 0]);
    expect(img).toHaveLength(784);
    expect(img.every((v) => v >= 0 && v <= 1)).toBe(true);
    const x = Float64Array.from(data.test.images.subarray(0, 784), (v) => v / 255);
    expect(reconstruct(w, x).mse).toBeGreaterThanOrEqual(0);
  });

  it('noise is seeded and clipped to [0, 1]; level 0 copies', () => {
    const x = new Float64Array(784).fill(0.5);
    expect(corrupt(x, 0.3, 's')).toEqual(corrupt(x, 0.3, 's'));
    expect(corrupt(x, 5, 's').every((v) => v >= 0 && v <= 1)).toBe(true);
    expect(corrupt(x, 0, 's')).toEqual(x);
  });

  it('the RBM lowers its reconstruction error and reports Gibbs chains', async () => {
    const snaps = await run({ kind: 'rbm', hidden: 8, data, optimizer: { name: 'sgd', hyper: { lr: 0.5 } }, batchSize: 10, seed: 1, evalEvery: 10, testLimit: 20 }, 60);
    const first = snaps[0].report as unknown as RbmReport;
    const last = snaps.at(-1)!.report as unknown as RbmReport;
    expect(last.testRecon).toBeLessThan(first.testRecon);
    expect(last.gibbs).toHaveLength(18);
  });

  it('the DBN pre-trains two RBMs, then measures three fine-tuned nets', async () => {
    const snaps = await run({ kind: 'dbn', layers: [16, 8], labels: 20, pretrainSteps: 10, cdLr: 0.1, data, optimizer: { name: 'adam', hyper: { lr: 0.01 } }, batchSize: 10, seed: 1, evalEvery: 10, testLimit: 20 }, 50);
    const r = snaps.at(-1)!.report as unknown as DbnReport;
    expect(r.phase).toBe('finetune');
    expect(r.evalSteps).toEqual([0, 10, 20, 30]);
    expect(r.accPre).toHaveLength(4);
    expect(r.seconds.every((s) => s >= 0)).toBe(true);
  });

  it('bad tasks are reported, not thrown', async () => {
    await expect(run({ kind: 'autoencoder', hidden: 0, noise: 0, data, optimizer: { name: 'adam' }, batchSize: 10, seed: 1 }, 1)).rejects.toThrow(/hidden/);
    await expect(run({ kind: 'dbn', layers: [16, 8], labels: 5, pretrainSteps: 1, cdLr: 0.1, data, optimizer: { name: 'adam' }, batchSize: 10, seed: 1 }, 1)).rejects.toThrow(/labels/);
  });
});
