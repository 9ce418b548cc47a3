import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MlpTask, TrainingCommand, TrainingEvent } from './protocol';

const task: MlpTask = {
  kind: 'mlp',
  layers: [2, 3, 1],
  activation: 'tanh',
  outputActivation: 'sigmoid',
  loss: 'bce',
  data: { x: [[0, 0], [1, 1]], y: [[0], [1]] },
  optimizer: { name: 'sgd', hyper: { lr: 0.1 } },
  batchSize: 0,
  seed: 3,
};

afterEach(() => vi.unstubAllGlobals());

describe('training.worker adapter', () => {
  it('routes messages to the host and posts events with their buffers as transferables', async () => {
    const posted: { event: TrainingEvent; transfer: Transferable[] }[] = [];
    const scope = {
      onmessage: null as ((e: { data: TrainingCommand }) => void) | null,
      postMessage: (event: TrainingEvent, transfer: Transferable[]) => posted.push({ event, transfer }),
      addEventListener: vi.fn(),
    };
    vi.stubGlobal('self', scope);
    await import('./training.worker');
    expect(scope.onmessage).toBeTypeOf('function');
    expect(scope.addEventListener).toHaveBeenCalledWith('error', expect.any(Function));
    scope.onmessage?.({ data: { type: 'step', n: 2 } });
    expect(posted[0].event).toMatchObject({ type: 'error' });
    scope.onmessage?.({ data: { type: 'start', task } });
    scope.onmessage?.({ data: { type: 'pause' } });
    const snaps = posted.filter((p) => p.event.type === 'snapshot');
    expect(snaps.length).toBeGreaterThan(0);
    expect(snaps[0].transfer).toHaveLength(4);
    scope.onmessage?.({ data: { type: 'dispose' } });
  });
});
