import { useEffect, useRef, useState } from 'react';
import { thinCurve } from '../../lib/history';
import type { PlaygroundTask } from '../../models/playgroundTask';
import { createTrainingClient, type TrainingClient } from '../../workers/client';
import type { TrainingSnapshot } from '../../workers/protocol';

/** Live trainer state on the page: the latest snapshot, the loss history and the run status. */
export interface PlaygroundRun {
  snapshot: TrainingSnapshot | null;
  history: { train: [number, number][]; test: [number, number][] };
  running: boolean;
  diverged: number | null;
  error: string | null;
  play: () => void;
  pause: () => void;
  stepOnce: () => void;
  reset: () => void;
}

/**
 * Owns one training client. A new task (settings changed) rebuilds the run, keeping
 * it running if it was; the page only stores snapshots and draws them.
 */
export function usePlayground(task: PlaygroundTask | null): PlaygroundRun {
  const client = useRef<TrainingClient | null>(null);
  const [snapshot, setSnapshot] = useState<TrainingSnapshot | null>(null);
  const [history, setHistory] = useState<PlaygroundRun['history']>({ train: [], test: [] });
  const [running, setRunning] = useState(false);
  const [diverged, setDiverged] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const runningRef = useRef(false);

  useEffect(() => {
    const c = createTrainingClient();
    client.current = c;
    const off = c.subscribe((e) => {
      if (e.type === 'snapshot') {
        const s = e.snapshot;
        setSnapshot(s);
        setHistory((h) => (s.step === 0 ? { train: [[0, s.loss]], test: s.testLoss === null ? [] : [[0, s.testLoss]] } : {
          train: thinCurve([...h.train, [s.step, s.loss]]),
          test: s.testLoss === null ? h.test : thinCurve([...h.test, [s.step, s.testLoss]]),
        }));
      } else if (e.type === 'status') {
        runningRef.current = e.state === 'running';
        setRunning(e.state === 'running');
      } else if (e.type === 'diverged') setDiverged(e.step);
      else setError(e.message);
    });
    return () => { off(); c.dispose(); client.current = null; };
  }, []);

  useEffect(() => {
    const c = client.current;
    if (!c || !task) return;
    setDiverged(null);
    setError(null);
    const keepRunning = runningRef.current;
    c.start(task, { snapshotHz: 60 });
    if (!keepRunning) c.pause();
  }, [task]);

  return {
    snapshot, history, running, diverged, error,
    play: () => client.current?.resume(),
    pause: () => client.current?.pause(),
    stepOnce: () => client.current?.step(1),
    reset: () => { setDiverged(null); client.current?.reset(); },
  };
}
