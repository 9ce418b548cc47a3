import { describe, expect, it } from 'vitest';
import { createTrainingClient } from './client';
import { createTrainingHost } from './host';
import type { MlpTask, TrainingCommand, TrainingEvent } from './protocol';
import { transferablesOf } from './protocol';

const task: MlpTask = {
  kind: 'mlp',
  layers: [2, 4, 1],
  activation: 'tanh',
  outputActivation: 'sigmoid',
  loss: 'bce',
  data: { x: [[0, 0], [0, 1], [1, 0], [1, 1]], y: [[0], [1], [1], [1]] },
  optimizer: { name: 'sgd', hyper: { lr: 0.5 } },
  batchSize: 0,
  seed: 1,
  grid: { n: 4, xMin: 0, xMax: 1, yMin: 0, yMax: 1 },
};

describe('training client (in-process fallback in Node)', () => {
  it('starts, streams snapshots, pauses, steps and disposes', async () => {
    const client = createTrainingClient();
    expect(client.mode).toBe('inline');
    const seen: TrainingEvent[] = [];
    const off = client.subscribe((e) => seen.push(e));
    client.start(task, { snapshotHz: 60 });
    await client.waitFor((e) => e.type === 'snapshot' && e.snapshot.step > 0);
    client.pause();
    await client.waitFor((e) => e.type === 'status' && e.state === 'paused');
    client.step(3);
    const snap = await client.waitFor((e) => e.type === 'snapshot');
    const paused = seen.filter((e) => e.type === 'snapshot').at(-2);
    expect(snap.type === 'snapshot' && paused?.type === 'snapshot' && snap.snapshot.step - paused.snapshot.step).toBe(3);
    off();
    const pending = client.waitFor(() => false);
    client.dispose();
    await expect(pending).rejects.toThrow(/disposed/);
  });

  it('reports commands before any task as errors', async () => {
    const client = createTrainingClient({ inline: true });
    const err = client.waitFor((e) => e.type === 'error');
    client.step(1);
    await expect(err).resolves.toMatchObject({ message: expect.stringMatching(/no task/) });
    client.dispose();
  });
});

describe('training host', () => {
  it('rejects unknown commands and lists snapshot buffers as transferables', () => {
    const events: TrainingEvent[] = [];
    const handle = createTrainingHost((e) => events.push(e));
    handle({ type: 'launch' } as unknown as TrainingCommand);
    expect(events[0]).toMatchObject({ type: 'error', message: expect.stringMatching(/unknown command/) });
    handle({ type: 'start', task });
    handle({ type: 'dispose' });
    const snap = events.find((e) => e.type === 'snapshot');
    expect(snap && transferablesOf(snap)).toHaveLength(5); // W1 b1 W2 b2 + the grid values
  });
});
