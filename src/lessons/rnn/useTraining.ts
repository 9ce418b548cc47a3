import { useEffect, useRef, useState } from 'react';
import { createTrainingClient, type TrainingClient } from '../../workers/client';
import type { RunnerOptions, RunState, TrainingSnapshot, TrainingTask } from '../../workers/protocol';
import { RunClock } from '../../workers/runClock';

/** What the page shows of a background run. */
export interface TrainingView {
  snapshot: TrainingSnapshot | null;
  state: RunState;
  /** Wall-clock seconds from the last start to the latest snapshot. */
  seconds: number;
  diverged: number | null;
  error: string | null;
}

/** One worker-backed trainer for a widget: start (with a task), pause, resume, and the latest snapshot. */
export function useTraining() {
  const client = useRef<TrainingClient | null>(null);
  const clock = useRef(new RunClock());
  const [view, setView] = useState<TrainingView>({ snapshot: null, state: 'idle', seconds: 0, diverged: null, error: null });
  useEffect(() => {
    const c = createTrainingClient();
    client.current = c;
    const off = c.subscribe((e) => {
      const now = performance.now();
      if (e.type === 'snapshot') setView((v) => ({ ...v, snapshot: e.snapshot, seconds: clock.current.seconds(now) }));
      else if (e.type === 'status') {
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
      setView({ snapshot: null, state: 'idle', seconds: 0, diverged: null, error: null });
      client.current?.start(task, options);
    },
    pause: () => client.current?.pause(),
    resume: () => client.current?.resume(),
  };
}
