import { useEffect, useRef, useState } from 'react';
import type { MnistData } from '../../data';
import type { DigitDataRef } from '../../models/digitData';
import { createTrainingClient, type TrainingClient } from '../../workers/client';
import { RunClock } from '../../workers/runClock';
import type { RunnerOptions, RunState, TrainingSnapshot, TrainingTask } from '../../workers/protocol';

export interface TrainingRun {
  snapshot: TrainingSnapshot | null;
  state: RunState;
  /** Seconds spent running (wall clock on the page, paused time excluded). */
  seconds: () => number;
  diverged: number | null;
  error: string | null;
  toggle: () => void;
  step: (n?: number) => void;
  reset: () => void;
}

/**
 * One training worker for one widget. `makeTask(data)` builds the task; the run is rebuilt whenever
 * `key` changes (sizes, noise…). The digits cross to the worker once and are named by `dataKey` after.
 * `onSnapshot` sees every snapshot (for curves); `options` go to the runner (snapshot rate, step limit).
 */
export function useTraining(
  data: MnistData | null, dataKey: string, key: string,
  makeTask: (data: DigitDataRef) => TrainingTask, options: RunnerOptions,
  onSnapshot?: (s: TrainingSnapshot, fresh: boolean) => void,
): TrainingRun {
  const clientRef = useRef<TrainingClient | null>(null);
  const sent = useRef(false);
  const fresh = useRef(true);
  const clock = useRef(new RunClock());
  const latest = useRef({ makeTask, options, onSnapshot });
  const [snapshot, setSnapshot] = useState<TrainingSnapshot | null>(null);
  const [state, setState] = useState<RunState>('idle');
  const [diverged, setDiverged] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => { latest.current = { makeTask, options, onSnapshot }; });

  const seconds = () => clock.current.seconds(performance.now());

  useEffect(() => {
    const client = createTrainingClient();
    clientRef.current = client;
    sent.current = false;
    const off = client.subscribe((e) => {
      if (e.type === 'snapshot') {
        setSnapshot(e.snapshot);
        latest.current.onSnapshot?.(e.snapshot, fresh.current);
        fresh.current = false;
      } else if (e.type === 'status') {
        clock.current.status(e.state, performance.now());
        setState(e.state);
      } else if (e.type === 'diverged') setDiverged(e.step);
      else if (e.type === 'error') setError(e.message);
    });
    return () => { off(); client.dispose(); clientRef.current = null; };
  }, []);

  useEffect(() => {
    const client = clientRef.current;
    if (!client || !data) return;
    const ref: DigitDataRef = sent.current ? { key: dataKey } : { key: dataKey, train: data.train, test: data.test };
    sent.current = true;
    fresh.current = true;
    clock.current.reset();
    setDiverged(null);
    setError(null);
    client.start(latest.current.makeTask(ref), latest.current.options);
    client.pause();
  }, [key, data, dataKey]);

  const c = () => clientRef.current;
  return {
    snapshot, state, seconds, diverged, error,
    toggle: () => (state === 'running' ? c()?.pause() : (setDiverged(null), c()?.resume())),
    step: (n = 1) => c()?.step(n),
    reset: () => { fresh.current = true; clock.current.reset(); c()?.reset(); },
  };
}
