import { useEffect, useRef, useState } from 'react';
import { DEFAULT_ATTENTION_TASK, type AttentionTask } from '../../models/attentionTask';
import { createTrainingClient, type TrainingClient } from '../../workers/client';
import { RunClock } from '../../workers/runClock';
import type { RunState, TrainingSnapshot } from '../../workers/protocol';

/** What the worker reports for the attention task (see AttentionModel.report). */
export interface AttentionReport { exactMatch: number; sampleInput: string; sampleOutput: string; sampleAttention: number[][] }

/** Best exact match and seconds to 90 % per score function, kept while the page is open. */
export type Comparison = Record<string, { best: number; at90: number | null }>;

export interface AttentionRun {
  task: AttentionTask;
  snapshot: TrainingSnapshot | null;
  report: AttentionReport | null;
  /** [seconds, exact match %] per snapshot. */
  curve: [number, number][];
  state: RunState;
  /** False until the freshly built run has paused at step 0 (avoids racing its start-then-pause). */
  ready: boolean;
  seconds: number;
  comparison: Comparison;
  diverged: number | null;
  error: string | null;
  toggle: () => void;
  step: () => void;
  reset: () => void;
}

/** The reversal task in the training worker; rebuilt when the score function changes. */
export function useAttentionTraining(score: AttentionTask['score']): AttentionRun {
  const clientRef = useRef<TrainingClient | null>(null);
  const clock = useRef(new RunClock());
  const [snapshot, setSnapshot] = useState<TrainingSnapshot | null>(null);
  const [curve, setCurve] = useState<[number, number][]>([]);
  const [state, setState] = useState<RunState>('idle');
  const [diverged, setDiverged] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  const [comparison, setComparison] = useState<Comparison>({});
  const task: AttentionTask = { ...DEFAULT_ATTENTION_TASK, score };
  const scoreRef = useRef(score);
  const [seconds, setSeconds] = useState(0);
  useEffect(() => { scoreRef.current = score; }, [score]);

  const elapsed = () => clock.current.seconds(performance.now());

  useEffect(() => {
    const client = createTrainingClient();
    clientRef.current = client;
    const off = client.subscribe((e) => {
      if (e.type === 'snapshot') {
        setSnapshot(e.snapshot);
        const r = e.snapshot.report as unknown as AttentionReport | undefined;
        if (!r) return;
        const t = elapsed();
        setSeconds(t);
        setCurve((c) => [...c.filter(([s]) => s < t), [t, 100 * r.exactMatch]]);
        setComparison((c) => {
          const k = scoreRef.current;
          const prev = c[k] ?? { best: 0, at90: null };
          return { ...c, [k]: { best: Math.max(prev.best, r.exactMatch), at90: prev.at90 ?? (r.exactMatch >= 0.9 ? t : null) } };
        });
      } else if (e.type === 'status') {
        clock.current.status(e.state, performance.now());
        if (e.state === 'paused') setReady(true);
        setState(e.state);
      } else if (e.type === 'diverged') setDiverged(e.step);
      else if (e.type === 'error') setError(e.message);
    });
    return () => { off(); client.dispose(); clientRef.current = null; };
  }, []);

  const clearRun = () => {
    setCurve([]); setDiverged(null); setError(null); setSnapshot(null); setSeconds(0); setReady(false);
    clock.current.reset();
  };

  useEffect(() => {
    const client = clientRef.current;
    if (!client) return;
    clearRun();
    client.start({ ...DEFAULT_ATTENTION_TASK, score }, { snapshotHz: 4 });
    client.pause();
  }, [score]);

  const c = () => clientRef.current;
  return {
    task, snapshot, report: (snapshot?.report as unknown as AttentionReport | undefined) ?? null, curve, state, ready, seconds,
    comparison, diverged, error,
    toggle: () => (state === 'running' ? c()?.pause() : (setDiverged(null), c()?.resume())),
    step: () => c()?.step(1),
    reset: () => { clearRun(); c()?.reset(); },
  };
}
