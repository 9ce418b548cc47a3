import { useEffect, useRef, useState } from 'react';
import { createTrainingClient, type TrainingClient } from '../../workers/client';
import type { RunnerOptions, RunState, TrainingSnapshot, TrainingTask } from '../../workers/protocol';
import { RunClock } from '../../workers/runClock';

export interface PretrainRunView {
  snapshot: TrainingSnapshot | null;
  state: RunState;
  /** Seconds of training up to the latest snapshot (pauses excluded). */
  seconds: number;
  diverged: number | null;
  error: string | null;
  started: boolean;
}

const EMPTY: PretrainRunView = { snapshot: null, state: 'idle', seconds: 0, diverged: null, error: null, started: false };

/** One training-worker client: start a task, pause, resume, step, reset, and the latest snapshot. */
export function usePretrainRun() {
  const client = useRef<TrainingClient | null>(null);
  const clock = useRef(new RunClock());
  const [view, setView] = useState<PretrainRunView>(EMPTY);
  // After a start, snapshots the previous run posted before the worker switched are dropped: the new run's first is step 0.
  const fresh = useRef(true);
  useEffect(() => {
    const c = createTrainingClient();
    client.current = c;
    const off = c.subscribe((e) => {
      const now = performance.now();
      if (e.type === 'snapshot' && !fresh.current && e.snapshot.step !== 0) return;
      if (e.type === 'snapshot') fresh.current = true;
      if (e.type === 'snapshot') setView((v) => ({ ...v, snapshot: e.snapshot, seconds: clock.current.seconds(now) }));
      else if (e.type === 'status') {
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
      fresh.current = false;
      setView({ ...EMPTY, started: true });
      client.current?.start(task, options);
    },
    pause: () => client.current?.pause(),
    resume: () => client.current?.resume(),
    step: (n: number) => client.current?.step(n),
    reset: () => { clock.current.reset(); setView((v) => ({ ...v, diverged: null, error: null })); client.current?.reset(); },
  };
}

export type PretrainRun = ReturnType<typeof usePretrainRun>;
