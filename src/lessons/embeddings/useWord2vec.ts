import { useEffect, useMemo, useRef, useState } from 'react';
import { thinCurve } from '../../lib/history';
import { pca2, type Pca2 } from '../../models/embeddings';
import type { Word2vecTask } from '../../models/word2vecTask';
import { createTrainingClient, type TrainingClient } from '../../workers/client';
import type { RunState, TrainingSnapshot } from '../../workers/protocol';
import type { Params } from './shared';

export const W2V_SENTENCES = 600;
export const W2V_BATCH = 32;
export const W2V_MAX_STEPS = 4000;
/** Rows of W drawn on the map: the grammar's people and places (they come first in the vocabulary). */
export const MAP_ROWS = 18;

export function w2vTask(p: Params): Word2vecTask {
  return {
    kind: 'word2vec', mode: p.wm, sentences: W2V_SENTENCES, window: p.ww, dims: p.wd, negatives: p.wn,
    optimizer: { name: 'sgd', hyper: { lr: p.wl } }, batchSize: W2V_BATCH, seed: p.ws,
  };
}

export interface W2vRun {
  snapshot: TrainingSnapshot | null;
  /** PCA of the drawn rows of W, signs aligned frame to frame. */
  map: Pca2 | null;
  /** [step, loss] of every snapshot since the last reset. */
  history: [number, number][];
  state: RunState;
  diverged: number | null;
  error: string | null;
  toggle: () => void;
  stepBy: (n: number) => void;
  back: () => void;
  reset: () => void;
}

/** One word2vec run in the training worker: rebuilt when the task changes, lr changed live. */
export function useWord2vec(p: Params): W2vRun {
  const task = useMemo(() => w2vTask({ ...p, wl: 1 }), [p.wm, p.ww, p.wd, p.wn, p.ws]); // eslint-disable-line react-hooks/exhaustive-deps
  const clientRef = useRef<TrainingClient | null>(null);
  const [snapshot, setSnapshot] = useState<TrainingSnapshot | null>(null);
  const [history, setHistory] = useState<[number, number][]>([]);
  const [state, setState] = useState<RunState>('idle');
  const [diverged, setDiverged] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [map, setMap] = useState<Pca2 | null>(null);
  const lr = p.wl;
  const lrRef = useRef(lr);

  useEffect(() => {
    lrRef.current = lr;
    clientRef.current?.setHyper({ lr });
  }, [lr]);

  useEffect(() => {
    const client = createTrainingClient();
    clientRef.current = client;
    let axes: Pca2['axes'] | undefined;
    const off = client.subscribe((e) => {
      if (e.type === 'snapshot') {
        const s = e.snapshot;
        setSnapshot(s);
        setHistory((h) => thinCurve([...h.filter(([st]) => st < s.step), [s.step, s.loss]]));
        if (s.step === 0) {
          setDiverged(null);
          setError(null);
        }
        const W = s.weights.find((w) => w.name === 'W');
        if (W) {
          const d = W.shape[1];
          // only the entities (the first rows) are drawn; each frame keeps the previous frame's axis signs
          const next = pca2(Array.from({ length: MAP_ROWS }, (_, i) => W.data.subarray(i * d, (i + 1) * d)), axes);
          axes = next.axes;
          setMap(next);
        }
      } else if (e.type === 'status') setState(e.state);
      else if (e.type === 'diverged') setDiverged(e.step);
      else if (e.type === 'error') setError(e.message);
    });
    client.start({ ...task, optimizer: { name: 'sgd', hyper: { lr: lrRef.current } } }, { maxSteps: W2V_MAX_STEPS, sliceMs: 1, snapshotHz: 30 });
    client.pause();
    return () => {
      off();
      client.dispose();
      clientRef.current = null;
    };
  }, [task]);

  const step = snapshot?.step ?? 0;
  const c = () => clientRef.current;
  return {
    snapshot, map, history, state, diverged, error,
    toggle: () => (state === 'running' ? c()?.pause() : (setDiverged(null), c()?.resume())),
    stepBy: (n) => c()?.step(n),
    back: () => {
      if (step <= 0) return;
      setHistory((h) => h.filter(([st]) => st < step - 1 || st === 0));
      c()?.reset();
      if (step > 1) c()?.step(step - 1);
    },
    reset: () => {
      setHistory([]);
      setDiverged(null);
      c()?.reset();
    },
  };
}
