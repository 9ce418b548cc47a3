import { useEffect, useMemo, useRef, useState } from 'react';
import { thinCurve } from '../../lib/history';
import type { MnistData } from '../../data';
import type { CnnArch } from '../../models/cnnNet';
import type { CnnReport, CnnTask } from '../../models/cnnTask';
import { createTrainingClient, type TrainingClient } from '../../workers/client';
import { RunClock } from '../../workers/runClock';
import type { RunState, TrainingSnapshot } from '../../workers/protocol';

export const EVAL_EVERY = 50;
const DATA_KEY = 'mnist-v1';

/** One test-set evaluation: step, seconds of training so far, loss, accuracy. */
export interface TestPoint { step: number; seconds: number; loss: number; accuracy: number }

export interface CnnRun {
  snapshot: TrainingSnapshot | null;
  report: CnnReport | null;
  /** [step, smoothed train loss] per snapshot. */
  trainCurve: [number, number][];
  testCurve: TestPoint[];
  state: RunState;
  /** Seconds of training when test accuracy first reached 90 %, or null. */
  reached90: number | null;
  diverged: number | null;
  error: string | null;
  toggle: () => void;
  step: () => void;
  reset: () => void;
}

/** The MNIST CNN in the training worker; rebuilt when the layer sizes change, lr and batch size changed live. */
export function useCnnTraining(data: MnistData | null, arch: CnnArch, lr: number, batchSize: number): CnnRun {
  const clientRef = useRef<TrainingClient | null>(null);
  const sent = useRef(false);
  const clock = useRef(new RunClock());
  const [snapshot, setSnapshot] = useState<TrainingSnapshot | null>(null);
  const [trainCurve, setTrainCurve] = useState<[number, number][]>([]);
  const [testCurve, setTestCurve] = useState<TestPoint[]>([]);
  const [state, setState] = useState<RunState>('idle');
  const [diverged, setDiverged] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const archKey = `${arch.c1},${arch.k1},${arch.c2},${arch.k2}`;
  const hyper = useRef({ lr, batchSize });

  const elapsed = () => clock.current.seconds(performance.now());
  const clearRun = () => {
    setTrainCurve([]); setTestCurve([]); setDiverged(null); setError(null);
    clock.current.reset();
  };

  useEffect(() => {
    const client = createTrainingClient();
    clientRef.current = client;
    sent.current = false;
    const off = client.subscribe((e) => {
      if (e.type === 'snapshot') onSnapshot(e.snapshot);
      else if (e.type === 'status') {
        clock.current.status(e.state, performance.now());
        setState(e.state);
      } else if (e.type === 'diverged') setDiverged(e.step);
      else if (e.type === 'error') setError(e.message);
    });
    const onSnapshot = (s: TrainingSnapshot) => {
      setSnapshot(s);
      const r = s.report as unknown as CnnReport | undefined;
      setTrainCurve((c) => thinCurve([...c.filter(([st]) => st < s.step), [s.step, s.loss]]));
      if (r) setTestCurve((c) => (c.some((q) => q.step === r.testStep) ? c : [...c.filter((q) => q.step < r.testStep), { step: r.testStep, seconds: elapsed(), loss: r.testLoss, accuracy: r.testAccuracy }]));
    };
    return () => { off(); client.dispose(); clientRef.current = null; };
  }, []);

  useEffect(() => {
    hyper.current = { lr, batchSize };
  }, [lr, batchSize]);

  useEffect(() => {
    const client = clientRef.current;
    if (!client || !data) return;
    const [c1, k1, c2, k2] = archKey.split(',').map(Number);
    const task: CnnTask = {
      kind: 'cnn', arch: { c1, k1, c2, k2 }, seed: 1, evalEvery: EVAL_EVERY, batchSize: hyper.current.batchSize,
      optimizer: { name: 'adam', hyper: { lr: hyper.current.lr } },
      // The digits cross to the worker once; later tasks name them by key.
      data: sent.current ? { key: DATA_KEY } : { key: DATA_KEY, train: data.train, test: data.test },
    };
    sent.current = true;
    clearRun();
    client.start(task, { snapshotHz: 4 });
    client.pause();
  }, [archKey, data]);

  useEffect(() => clientRef.current?.setHyper({ lr, batchSize }), [lr, batchSize]);

  const report = (snapshot?.report as unknown as CnnReport | undefined) ?? null;
  const reached90 = useMemo(() => testCurve.find((q) => q.accuracy >= 0.9)?.seconds ?? null, [testCurve]);
  const c = () => clientRef.current;
  return {
    snapshot, report, trainCurve, testCurve, state, reached90, diverged, error,
    toggle: () => (state === 'running' ? c()?.pause() : (setDiverged(null), c()?.resume())),
    step: () => c()?.step(1),
    reset: () => { clearRun(); c()?.reset(); },
  };
}
