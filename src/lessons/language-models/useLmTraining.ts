import { useEffect, useRef, useState } from 'react';
import { createTrainingClient, type TrainingClient } from '../../workers/client';
import type { RunnerOptions, RunState, TrainingSnapshot, TrainingTask } from '../../workers/protocol';
import { RunClock } from '../../workers/runClock';

/** What the page shows of the background run. */
export interface LmTrainingView {
  snapshot: TrainingSnapshot | null;
  state: RunState;
  /** Wall-clock seconds of training up to the latest snapshot (pauses excluded). */
  seconds: number;
  /** Step and time of the first snapshot after the start (steps/s excludes the worker's tokenising). */
  first: { step: number; seconds: number } | null;
  diverged: number | null;
  error: string | null;
  /** A run was started (the worker may still be tokenising). */
  started: boolean;
}

const EMPTY: LmTrainingView = { snapshot: null, state: 'idle', seconds: 0, first: null, diverged: null, error: null, started: false };

/** One worker-backed trainer: start (with a task), pause, resume, and the latest snapshot. */
export function useLmTraining() {
  const client = useRef<TrainingClient | null>(null);
  const clock = useRef(new RunClock());
  const [view, setView] = useState<LmTrainingView>(EMPTY);
  useEffect(() => {
    const c = createTrainingClient();
    client.current = c;
    const off = c.subscribe((e) => {
      const now = performance.now();
      if (e.type === 'snapshot') {
        setView((v) => {
          const seconds = clock.current.seconds(now);
          return { ...v, snapshot: e.snapshot, seconds, first: v.first ?? { step: e.snapshot.step, seconds } };
        });
      } else if (e.type === 'status') {
        clock.current.status(e.state, now);
        setView((v) => ({ ...v, state: e.state, seconds: e.state === 'paused' ? clock.current.seconds(now) : v.seconds }));
      } else if (e.type === 'diverged') setView((v) => ({ ...v, diverged: e.step }));
      else setView((v) => ({ ...v, error: e.message }));
    });
    return () => { off(); c.dispose(); client.current = null; };
  }, []);
  return {
    view,
    start: (task: TrainingTask, options?: RunnerOptions) => {
      clock.current.reset();
      setView({ ...EMPTY, started: true });
      client.current?.start(task, options);
    },
    pause: () => client.current?.pause(),
    resume: () => client.current?.resume(),
  };
}

export type LmTraining = ReturnType<typeof useLmTraining>;
