/**
 * The page-side client for background training. Runs the trainer in a Web
 * Worker when the environment has one, otherwise in-process on timers (Node,
 * jsdom, unusual browsers) with the same commands and events.
 *
 * @example
 *   const client = createTrainingClient();
 *   const off = client.subscribe((e) => { if (e.type === 'snapshot') draw(e.snapshot); });
 *   client.start(task);            // build and run
 *   client.setHyper({ lr: 0.1 });  // while running
 *   client.pause(); client.step(10); client.reset();
 *   off(); client.dispose();
 */
import type { CommandHandler } from './host';
import { errorMessage, type HyperUpdate, type RunnerOptions, type TrainingCommand, type TrainingEvent, type TrainingTask } from './protocol';

/** Receives every event from the trainer. */
export type TrainingListener = (event: TrainingEvent) => void;

/** Handle on one background trainer. */
export interface TrainingClient {
  /** `'worker'` when training runs in a Web Worker, `'inline'` for the in-process fallback. */
  readonly mode: 'worker' | 'inline';
  /** Build a run from `task` and train continuously (replacing any previous run). */
  start(task: TrainingTask, options?: RunnerOptions): void;
  /** Continue the current run after a pause. */
  resume(): void;
  /** Pause; a final snapshot and a `paused` status follow. */
  pause(): void;
  /** Pause, then train exactly `n` steps. */
  step(n: number): void;
  /** Back to the seeded initial weights (keeps current hyperparameters). */
  reset(): void;
  /** Change hyperparameters (optimizer keys, `l1`, `l2`, `batchSize`) while running. */
  setHyper(h: HyperUpdate): void;
  /** Listen to events; returns the unsubscribe function. */
  subscribe(listener: TrainingListener): () => void;
  /**
   * Resolve with the first event matching `predicate` (e.g. the next snapshot);
   * rejects after `timeoutMs` (default 10 000) or on dispose.
   */
  waitFor(predicate: (e: TrainingEvent) => boolean, timeoutMs?: number): Promise<TrainingEvent>;
  /** Stop training and release the worker; the client is unusable afterwards. */
  dispose(): void;
}

/** Options for {@link createTrainingClient}. */
export interface TrainingClientOptions {
  /** Force the in-process fallback even where Web Workers exist (default false). */
  inline?: boolean;
}

interface Transport {
  send(cmd: TrainingCommand): void;
  close(): void;
}

function workerTransport(deliver: TrainingListener): Transport {
  const worker = new Worker(new URL('./training.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (e: MessageEvent<TrainingEvent>) => deliver(e.data);
  worker.onerror = (e: ErrorEvent) => {
    e.preventDefault();
    deliver({ type: 'error', message: e.message || 'training worker failed to load or crashed' });
  };
  worker.onmessageerror = () => deliver({ type: 'error', message: 'training worker sent an unreadable message' });
  return { send: (cmd) => worker.postMessage(cmd), close: () => worker.terminate() };
}

function inlineTransport(deliver: TrainingListener): Transport {
  let closed = false;
  // The host (and with it the whole engine) is loaded only where there is no Worker, so the page's bundle
  // does not carry a second copy of the engine. Commands are chained on the load, so they stay in order
  // and asynchronous, as with a worker.
  let ready: Promise<CommandHandler | null> = import('./host').then(({ createTrainingHost }) => createTrainingHost((e) => {
    if (!closed) deliver(e);
  })).catch((err: unknown) => {
    deliver({ type: 'error', message: errorMessage(err) });
    return null;
  });
  return {
    send: (cmd) => { ready = ready.then((host) => { host?.(cmd); return host; }); },
    close: () => {
      ready = ready.then((host) => { host?.({ type: 'dispose' }); return host; });
      closed = true;
    },
  };
}

/** Create a training client (see the module example). */
export function createTrainingClient(options: TrainingClientOptions = {}): TrainingClient {
  const listeners = new Set<TrainingListener>();
  const deliver: TrainingListener = (event) => {
    for (const l of [...listeners]) {
      try {
        l(event);
      } catch (err) {
        console.error('training listener failed', err);
      }
    }
  };
  const useWorker = !options.inline && typeof Worker !== 'undefined';
  const transport = useWorker ? workerTransport(deliver) : inlineTransport(deliver);
  let disposed = false;
  const send = (cmd: TrainingCommand) => {
    if (!disposed) transport.send(cmd);
  };
  const subscribe = (listener: TrainingListener) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };
  const rejections = new Set<(err: Error) => void>();

  return {
    mode: useWorker ? 'worker' : 'inline',
    start: (task, opts) => send({ type: 'start', task, options: opts }),
    resume: () => send({ type: 'start' }),
    pause: () => send({ type: 'pause' }),
    step: (n) => send({ type: 'step', n }),
    reset: () => send({ type: 'reset' }),
    setHyper: (hyper) => send({ type: 'setHyper', hyper }),
    subscribe,
    waitFor: (predicate, timeoutMs = 10_000) =>
      new Promise<TrainingEvent>((resolve, reject) => {
        const done = (finish: () => void) => {
          clearTimeout(timer);
          off();
          rejections.delete(cancel);
          finish();
        };
        const timer = setTimeout(() => done(() => reject(new Error('waitFor: timed out'))), timeoutMs);
        const off = subscribe((e) => {
          if (predicate(e)) done(() => resolve(e));
        });
        const cancel = (err: Error) => done(() => reject(err));
        rejections.add(cancel);
      }),
    dispose: () => {
      if (disposed) return;
      disposed = true;
      transport.close();
      listeners.clear();
      for (const cancel of [...rejections]) cancel(new Error('training client disposed'));
    },
  };
}
