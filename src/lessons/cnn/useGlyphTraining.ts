import { useEffect, useRef, useState } from 'react';
import type { GlyphTask } from '../../models/glyphTask';
import { createTrainingClient, type TrainingClient } from '../../workers/client';
import type { RunState, TrainingSnapshot } from '../../workers/protocol';

/** Steps after which a run pauses by itself (the glyphs are learnt well before). */
export const GLYPH_MAX_STEPS = 400;

/** Accuracies the glyph task reports (fractions 0…1) and its set sizes. */
export interface GlyphReport { trainAccuracy: number; testAccuracy: number; cleanAccuracy: number; trainSize: number; testSize: number; cleanSize: number }

export interface GlyphRun {
  snapshot: TrainingSnapshot | null;
  report: GlyphReport | null;
  state: RunState;
  error: string | null;
  toggle: () => void;
  step: () => void;
  reset: () => void;
}

/** The tiny glyph CNN in its own training worker; rebuilt when the number of filters changes. */
export function useGlyphTraining(filters: number): GlyphRun {
  const clientRef = useRef<TrainingClient | null>(null);
  const [snapshot, setSnapshot] = useState<TrainingSnapshot | null>(null);
  const [state, setState] = useState<RunState>('idle');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const client = createTrainingClient();
    clientRef.current = client;
    const off = client.subscribe((e) => {
      if (e.type === 'snapshot') setSnapshot(e.snapshot);
      else if (e.type === 'status') setState(e.state);
      else if (e.type === 'error') setError(e.message);
    });
    const task: GlyphTask = { kind: 'glyphCnn', filters, seed: 1, batchSize: 16, optimizer: { name: 'adam', hyper: { lr: 0.03 } } };
    client.start(task, { snapshotHz: 8, maxSteps: GLYPH_MAX_STEPS });
    client.pause();
    return () => { off(); client.dispose(); clientRef.current = null; };
  }, [filters]);

  const report = (snapshot?.report as unknown as GlyphReport | undefined) ?? null;
  const c = () => clientRef.current;
  return {
    snapshot, report, state, error,
    toggle: () => (state === 'running' ? c()?.pause() : c()?.resume()),
    step: () => c()?.step(1),
    reset: () => c()?.reset(),
  };
}
