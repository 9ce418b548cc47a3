import { useEffect, useRef, useState } from 'react';
import { createTrainingClient, type TrainingClient } from '../../workers/client';
import type { RunnerOptions, RunState, TrainingSnapshot, TrainingTask } from '../../workers/protocol';

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
  const t0 = useRef(0);
  const elapsed = useRef(0);
  const [view, setView] = useState<TrainingView>({ snapshot: null, state: 'idle', seconds: 0, diverged: null, error: null });
  useEffect(() => {
    const c = createTrainingClient();
    client.current = c;
    const off = c.subscribe((e) => {
      const now = performance.now();
      if (e.type === 'snapshot') setView((v) => ({ ...v, snapshot: e.snapshot, seconds: elapsed.current + (v.state === 'running' ? (now - t0.current) / 1000 : 0) }));
      else if (e.type === 'status') {
        if (e.state === 'running') t0.current = now;
        else if (e.state === 'paused') elapsed.current += (now - t0.current) / 1000;
        setView((v) => ({ ...v, state: e.state, seconds: e.state === 'paused' ? elapsed.current : v.seconds }));
      } else if (e.type === 'diverged') setView((v) => ({ ...v, diverged: e.step }));
      else setView((v) => ({ ...v, error: e.message }));
    });
    return () => { off(); c.dispose(); client.current = null; };
  }, []);
  return {
    view,
    start: (task: TrainingTask, options?: RunnerOptions) => {
      elapsed.current = 0;
      t0.current = performance.now();
      setView({ snapshot: null, state: 'idle', seconds: 0, diverged: null, error: null });
      client.current?.start(task, options);
    },
    pause: () => client.current?.pause(),
    resume: () => client.current?.resume(),
  };
}
