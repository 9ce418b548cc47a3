import { describe, expect, it } from 'vitest';
import type { MlpTask, TrainingEvent, TrainingSnapshot } from './protocol';
import { createRunner } from './runner';

const XOR = { x: [[0, 0], [0, 1], [1, 0], [1, 1]], y: [[0], [1], [1], [0]] };

function xorTask(over: Partial<MlpTask> = {}): MlpTask {
  return {
    kind: 'mlp',
    layers: [2, 8, 8, 1],
    activation: 'tanh',
    outputActivation: 'sigmoid',
    loss: 'bce',
    data: XOR,
    optimizer: { name: 'adam', hyper: { lr: 0.05 } },
    batchSize: 4,
    seed: 7,
    l1: 0,
    l2: 0,
    ...over,
  };
}

/** Collects events and lets a test await one. */
function recorder() {
  const events: TrainingEvent[] = [];
  const waiters: { pred: (e: TrainingEvent) => boolean; resolve: (e: TrainingEvent) => void }[] = [];
  const emit = (e: TrainingEvent) => {
    events.push(e);
    for (const w of [...waiters]) {
      if (w.pred(e)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(e);
      }
    }
  };
  const next = (pred: (e: TrainingEvent) => boolean) => new Promise<TrainingEvent>((resolve) => waiters.push({ pred, resolve }));
  const snapshots = () => events.flatMap((e) => (e.type === 'snapshot' ? [e.snapshot] : []));
  return { events, emit, next, snapshots };
}

const isPaused = (e: TrainingEvent) => e.type === 'status' && e.state === 'paused';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('training runner', () => {
  it('trains a 2→8→8→1 tanh/sigmoid MLP on XOR to BCE < 0.05', async () => {
    const rec = recorder();
    const runner = createRunner(xorTask(), rec.emit);
    runner.step(1500);
    await rec.next(isPaused);
    const last = rec.snapshots().at(-1) as TrainingSnapshot;
    expect(last.step).toBe(1500);
    expect(last.epoch).toBe(1500);
    expect(last.loss).toBeLessThan(0.05);
    expect(last.weights.map((w) => `${w.name}:${w.shape.join('x')}`)).toEqual(['W1:8x2', 'b1:8', 'W2:8x8', 'b2:8', 'W3:1x8', 'b3:1']);
  });

  it('reports a diverging learning rate as a diverged event, without a NaN snapshot', async () => {
    const rec = recorder();
    const task = xorTask({ layers: [2, 4, 1], outputActivation: 'identity', loss: 'mse', optimizer: { name: 'sgd', hyper: { lr: 50 } } });
    const runner = createRunner(task, rec.emit);
    runner.start();
    const e = await rec.next((ev) => ev.type === 'diverged');
    expect(e.type === 'diverged' && e.step).toBeGreaterThan(0);
    expect(rec.snapshots().every((s) => Number.isFinite(s.loss))).toBe(true);
    expect(runner.state).toBe('paused');
    expect(rec.events.at(-1)).toMatchObject({ type: 'status', state: 'paused' });
  });

  it('turns an invalid task into an error event, and later commands into errors too', () => {
    const rec = recorder();
    const runner = createRunner(xorTask({ layers: [2, 0, 1] }), rec.emit);
    expect(rec.events).toHaveLength(1);
    expect(rec.events[0]).toMatchObject({ type: 'error' });
    expect((rec.events[0] as { message: string }).message).toMatch(/layers/);
    runner.step(3);
    expect(rec.events[1]).toMatchObject({ type: 'error', message: expect.stringMatching(/no valid task/) });
    expect(rec.events.some((e) => e.type === 'snapshot')).toBe(false);
    const bad = recorder();
    createRunner({ ...xorTask(), kind: 'no-such-kind' } as unknown as MlpTask, bad.emit);
    expect(bad.events[0]).toMatchObject({ type: 'error', message: expect.stringMatching(/unknown task kind/) });
  });

  it('stops sending snapshots after pause, and throttles them while running', async () => {
    const rec = recorder();
    const runner = createRunner(xorTask(), rec.emit, { snapshotHz: 20 });
    runner.start();
    await sleep(300);
    runner.pause();
    const count = rec.snapshots().length;
    // ≈ 300 ms × 20/s = 6 plus the initial and the final one; never more than the cap allows.
    expect(count).toBeGreaterThanOrEqual(3);
    expect(count).toBeLessThanOrEqual(10);
    await sleep(150);
    expect(rec.snapshots().length).toBe(count);
    expect(runner.state).toBe('paused');
  });

  it('reset restores the seeded initial weights exactly and replays the same run', async () => {
    const rec = recorder();
    const runner = createRunner(xorTask({ batchSize: 2, optimizer: { name: 'momentum', hyper: { lr: 0.1 } } }), rec.emit);
    const initial = rec.snapshots()[0];
    runner.step(40);
    await rec.next(isPaused);
    const after40 = rec.snapshots().at(-1) as TrainingSnapshot;
    expect(after40.weights[0].data).not.toEqual(initial.weights[0].data);
    runner.reset();
    const reset = rec.snapshots().at(-1) as TrainingSnapshot;
    expect(reset.step).toBe(0);
    expect(reset.weights).toEqual(initial.weights);
    runner.step(40);
    await rec.next(isPaused);
    expect((rec.snapshots().at(-1) as TrainingSnapshot).weights).toEqual(after40.weights);
  });

  it('changes hyperparameters while running and reports bad ones as errors', async () => {
    const rec = recorder();
    const runner = createRunner(xorTask({ grid: { n: 5, xMin: 0, xMax: 1, yMin: 0, yMax: 1 } }), rec.emit);
    runner.start();
    runner.setHyper({ lr: 0.01, l2: 0.001, batchSize: 2 });
    await sleep(60);
    runner.setHyper({ lr: -1 });
    runner.pause();
    const last = rec.snapshots().at(-1) as TrainingSnapshot;
    expect(last.hyper).toMatchObject({ lr: 0.01, l2: 0.001, batchSize: 2 });
    expect(last.grid?.values).toHaveLength(25);
    expect(rec.events.some((e) => e.type === 'error' && /lr/.test(e.message))).toBe(true);
    runner.dispose();
  });
});
