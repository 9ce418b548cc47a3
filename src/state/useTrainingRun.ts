import { useEffect, useRef, useState } from 'react';
import { createTrainingClient, type TrainingClient } from '../workers/client';
import type { RunnerOptions, RunState, TrainingSnapshot, TrainingTask } from '../workers/protocol';
import { RunClock } from '../workers/runClock';

/** What a widget shows of its background run. */
export interface TrainingRunView {
  snapshot: TrainingSnapshot | null;
  state: RunState;
  /** Wall-clock seconds of training up to the latest snapshot or status (pauses excluded). */
  seconds: number;
  /** Step and time of the first snapshot after the start (a rate from it leaves out the worker's set-up). */
  first: { step: number; seconds: number } | null;
  diverged: number | null;
  error: string | null;
  /** A run was started (the worker may still be preparing it). */
  started: boolean;
}

const EMPTY: TrainingRunView = { snapshot: null, state: 'idle', seconds: 0, first: null, diverged: null, error: null, started: false };

/**
 * One training-worker client for a widget that starts runs on demand: start (with a task), pause,
 * resume, step, reset, and the latest snapshot. After a start, snapshots the previous run posted
 * before the worker switched are dropped: the new run's first one is its step 0.
 */
export function useTrainingRun() {
  const client = useRef<TrainingClient | null>(null);
  const clock = useRef(new RunClock());
  const [view, setView] = useState<TrainingRunView>(EMPTY);
  const awaitingFirst = useRef(false);
  useEffect(() => {
    const c = createTrainingClient();
    client.current = c;
    const off = c.subscribe((e) => {
      const now = performance.now();
      if (e.type === 'snapshot') {
        if (awaitingFirst.current && e.snapshot.step !== 0) return;
        awaitingFirst.current = false;
        const seconds = clock.current.seconds(now);
        setView((v) => ({ ...v, snapshot: e.snapshot, seconds, first: v.first ?? { step: e.snapshot.step, seconds } }));
      } else if (e.type === 'status') {
        clock.current.status(e.state, now);
        setView((v) => ({ ...v, state: e.state, seconds: clock.current.seconds(now) }));
      } else if (e.type === 'diverged') setView((v) => ({ ...v, diverged: e.step }));
      else setView((v) => ({ ...v, error: e.message }));
    });
    return () => { off(); c.dispose(); client.current = null; };
  }, []);
  return {
    view,
    start: (task: TrainingTask, options?: RunnerOptions) => {
      clock.current.reset();
      awaitingFirst.current = true;
      setView({ ...EMPTY, started: true });
      client.current?.start(task, options);
    },
    pause: () => client.current?.pause(),
    resume: () => client.current?.resume(),
    step: (n: number) => client.current?.step(n),
    reset: () => {
      clock.current.reset();
      setView((v) => ({ ...v, diverged: null, error: null }));
      client.current?.reset();
    },
  };
}

export type TrainingRun = ReturnType<typeof useTrainingRun>;
