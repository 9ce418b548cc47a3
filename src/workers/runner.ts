/**
 * The training loop core: DOM-free and Worker-free, so it runs (and is tested)
 * in Node. Training happens in slices of a few milliseconds, each scheduled as a new task
 * (see {@link nextTask}), so commands (pause, setHyper…) are handled between slices.
 */
import { createOptimizer, type Optimizer } from '../engine/optim';
import { createRng, type Rng } from '../engine/rng';
import { buildModel } from '../models';
import type { TrainableModel } from '../models/types';
import {
  errorMessage,
  type HyperUpdate,
  type RunnerOptions,
  type RunState,
  type TrainingEvent,
  type TrainingSnapshot,
  type TrainingTask,
} from './protocol';

/** Receives every event the runner produces, synchronously. */
export type Emit = (event: TrainingEvent) => void;

/** Controls one training run. All methods are safe to call in any state. */
export interface Runner {
  /** Train continuously until paused (or `maxSteps`). */
  start(): void;
  /** Stop; emits a final snapshot and a `paused` status. */
  pause(): void;
  /** Pause, then train exactly `n` more steps (in slices) and snapshot. */
  step(n: number): void;
  /** Seeded initial weights, step 0, fresh optimizer state; keeps current hyperparameters. Pauses. */
  reset(): void;
  /** Change optimizer hyperparameters, `l1`, `l2` or `batchSize`; applies from the next step. */
  setHyper(h: HyperUpdate): void;
  /** Stop for good; later calls do nothing. */
  dispose(): void;
  /** Current state. */
  readonly state: RunState;
  /** Optimizer steps since start / reset. */
  readonly stepCount: number;
}

/** Builds the trainable model for a task (the default is the models package's builder). */
export type ModelBuilder = (task: TrainingTask) => TrainableModel;

interface Run {
  model: TrainableModel;
  opt: Optimizer;
  rng: Rng;
  order: Int32Array;
  cursor: number;
  seen: number;
  step: number;
}

const now = (): number => globalThis.performance.now();

function initRun(task: TrainingTask, build: ModelBuilder, hyper: Record<string, number> | null, l1: number, l2: number): Run {
  const model = build(task);
  model.penalties = { l1, l2 };
  const opt = createOptimizer(task.optimizer.name, model.params, hyper ?? task.optimizer.hyper ?? {});
  const order = new Int32Array(model.trainSize);
  for (let i = 0; i < order.length; i++) order[i] = i;
  return { model, opt, rng: createRng(`${String(task.seed)}:batches`), order, cursor: order.length, seen: 0, step: 0 };
}

/** A task's optional penalty weight (not every task kind has one); 0 when absent. */
function penaltyOf(task: TrainingTask, key: 'l1' | 'l2'): number {
  const v = (task as Partial<Record<'l1' | 'l2', unknown>>)[key];
  return typeof v === 'number' ? v : 0;
}

/** Next mini-batch indices: a fresh seeded shuffle each epoch; the full set when batchSize ≥ n. */
function nextBatch(run: Run, batchSize: number): Int32Array {
  const n = run.order.length;
  if (batchSize <= 0 || batchSize >= n) return run.order;
  const batch = new Int32Array(batchSize);
  for (let k = 0; k < batchSize; k++) {
    if (run.cursor >= n) {
      for (let i = n - 1; i > 0; i--) {
        const j = run.rng.int(i + 1);
        const t = run.order[i];
        run.order[i] = run.order[j];
        run.order[j] = t;
      }
      run.cursor = 0;
    }
    batch[k] = run.order[run.cursor++];
  }
  return batch;
}

function makeSnapshot(run: Run, batchSize: number): TrainingSnapshot {
  const { model, opt } = run;
  const report = model.report?.();
  return {
    step: run.step,
    epoch: run.seen / model.trainSize,
    loss: model.evaluate('train') ?? Number.NaN,
    testLoss: model.evaluate('test'),
    hyper: { ...opt.hyper, l1: model.penalties.l1, l2: model.penalties.l2, batchSize },
    weights: model.weights(),
    grid: model.grid(),
    ...(report ? { report } : {}),
  };
}

/** Sentinel for "the step could not be taken" (diverged); the loop stops. */
class Stop {}

/**
 * Runs `fn` as a new task, after the messages already queued (pause, setHyper…), and returns a cancel
 * function. A message to oneself rather than setTimeout(0): browsers stretch nested zero timeouts to at
 * least 4 ms, which between 8 ms slices would leave the worker idle a third of the time.
 */
function nextTask(fn: () => void): () => void {
  if (typeof MessageChannel === 'undefined') {
    const id = setTimeout(fn, 0);
    return () => clearTimeout(id);
  }
  const channel = new MessageChannel();
  let live = true;
  channel.port1.onmessage = () => {
    channel.port1.close();
    if (live) fn();
  };
  channel.port2.postMessage(null);
  return () => {
    live = false;
    channel.port1.close();
  };
}

class TrainingRunner implements Runner {
  state: RunState = 'idle';
  private run: Run | null = null;
  private batchSize = 0;
  private remaining = 0;
  private cancelSlice: (() => void) | null = null;
  private lastEmit = -Infinity;
  private disposed = false;
  private readonly minInterval: number;
  private readonly sliceMs: number;
  private readonly maxSteps: number;

  constructor(
    private readonly task: TrainingTask,
    private readonly emit: Emit,
    options: RunnerOptions,
    private readonly build: ModelBuilder,
  ) {
    this.minInterval = 1000 / Math.max(0.1, options.snapshotHz ?? 30);
    this.sliceMs = Math.max(1, options.sliceMs ?? 8);
    this.maxSteps = options.maxSteps ?? Infinity;
    try {
      this.batchSize = Math.floor(task.batchSize ?? 0);
      this.run = initRun(task, build, null, penaltyOf(task, 'l1'), penaltyOf(task, 'l2'));
      this.snapshot();
      this.setState('idle');
    } catch (err) {
      this.run = null;
      this.fail(err);
    }
  }

  get stepCount(): number {
    return this.run?.step ?? 0;
  }

  start(): void {
    this.guard(() => {
      if (this.state === 'running') return;
      this.remaining = 0;
      this.setState('running');
      this.schedule();
    });
  }

  pause(): void {
    this.guard(() => {
      this.halt();
      if (this.snapshot()) this.setState('paused');
    });
  }

  step(n: number): void {
    this.guard(() => {
      const count = Math.floor(n);
      if (!(count >= 1)) throw new RangeError(`step: n must be a positive integer, got ${String(n)}`);
      this.halt();
      if (this.state !== 'paused') this.setState('paused');
      this.remaining = count;
      this.schedule();
    });
  }

  reset(): void {
    this.guard((run) => {
      this.halt();
      const { l1, l2 } = run.model.penalties;
      this.run = initRun(this.task, this.build, run.opt.hyper, l1, l2);
      if (this.snapshot()) this.setState('paused');
    });
  }

  setHyper(h: HyperUpdate): void {
    this.guard((run) => {
      const { l1, l2, batchSize, ...rest } = h;
      for (const [k, v] of Object.entries({ l1, l2, batchSize })) {
        if (v !== undefined && !(Number.isFinite(v) && v >= 0)) throw new RangeError(`${k} must be a finite number ≥ 0`);
      }
      run.opt.setHyper(rest);
      run.model.penalties = { l1: l1 ?? run.model.penalties.l1, l2: l2 ?? run.model.penalties.l2 };
      if (batchSize !== undefined) this.batchSize = Math.floor(batchSize);
    });
  }

  dispose(): void {
    this.halt();
    this.disposed = true;
    this.state = 'idle';
  }

  /** Run command `fn` (nothing after dispose; an error if the task never built); a rejected command is reported and changes nothing else. */
  private guard(fn: (run: Run) => void): void {
    if (this.disposed) return;
    if (!this.run) {
      this.emit({ type: 'error', message: 'no valid task to run (see the earlier error)' });
      return;
    }
    try {
      fn(this.run);
    } catch (err) {
      this.emit({ type: 'error', message: errorMessage(err) });
    }
  }

  /** A failure while building or training: stop, report, and say so in a status event. */
  private fail(err: unknown): void {
    const wasActive = this.state === 'running' || this.remaining > 0;
    this.halt();
    this.emit({ type: 'error', message: errorMessage(err) });
    if (wasActive) this.setState('paused');
  }

  private halt(): void {
    this.cancelSlice?.();
    this.cancelSlice = null;
    this.remaining = 0;
    if (this.state === 'running') this.state = 'paused';
  }

  private setState(s: RunState): void {
    this.state = s;
    this.emit({ type: 'status', state: s, step: this.stepCount });
  }

  private diverged(step: number): void {
    this.halt();
    this.emit({ type: 'diverged', step });
    this.setState('paused');
  }

  /** Emit a snapshot; false (after reporting divergence) if its loss is not finite. */
  private snapshot(): boolean {
    if (!this.run) return false;
    const snap = makeSnapshot(this.run, this.batchSize);
    this.lastEmit = now();
    if (!Number.isFinite(snap.loss)) {
      this.diverged(this.run.step);
      return false;
    }
    this.emit({ type: 'snapshot', snapshot: snap });
    return true;
  }

  /** One optimizer step; throws {@link Stop} (after reporting) if the batch loss is not finite. */
  private trainOne(run: Run): void {
    const loss = run.model.trainStep(nextBatch(run, this.batchSize));
    if (!Number.isFinite(loss)) {
      this.diverged(run.step + 1);
      throw new Stop();
    }
    run.opt.step();
    run.step += 1;
    run.seen += this.batchSize <= 0 ? run.model.trainSize : Math.min(this.batchSize, run.model.trainSize);
  }

  private schedule(): void {
    this.cancelSlice ??= nextTask(() => this.slice());
  }

  /** Train for about `sliceMs`, snapshot if due, and reschedule. */
  private slice(): void {
    this.cancelSlice = null;
    const run = this.run;
    if (!run || this.disposed || (this.state !== 'running' && this.remaining === 0)) return;
    try {
      const t0 = now();
      do {
        this.trainOne(run);
        const stepsDone = this.remaining > 0 && --this.remaining === 0;
        if (stepsDone || run.step >= this.maxSteps) {
          this.halt();
          if (this.snapshot()) this.setState('paused');
          return;
        }
      } while (now() - t0 < this.sliceMs);
      if (now() - this.lastEmit >= this.minInterval && !this.snapshot()) return;
      this.schedule();
    } catch (err) {
      if (!(err instanceof Stop)) this.fail(err);
    }
  }
}

/**
 * Create a runner for `task`. It never throws: an invalid task or any later
 * exception is reported as an `{type:'error'}` event. On creation it emits a
 * step-0 snapshot and an `idle` status.
 * @param options snapshot rate, slice length, step limit (see {@link RunnerOptions}).
 * @param build model builder; defaults to {@link buildModel}.
 */
export function createRunner(
  task: TrainingTask,
  emit: Emit,
  options: RunnerOptions = {},
  build: ModelBuilder = buildModel,
): Runner {
  return new TrainingRunner(task, emit, options, build);
}
