import { useEffect, useMemo, useRef, useState } from 'react';
import { thinCurve } from '../../lib/history';
import type { MailSet } from '../../data';
import { padSequences, textParamsFromArrays, type Encoder, type TextArch, type TextParams } from '../../models/textClassNet';
import type { TextClassReport, TextClassTask } from '../../models/textClassTask';
import { createTrainingClient, type TrainingClient } from '../../workers/client';
import type { RunState, TrainingSnapshot } from '../../workers/protocol';
import type { SpamBundle } from './useSpamData';

/** Tokens per mail the networks read (the first SEQ_LEN) and vocabulary rows they embed (most frequent words). */
export const SEQ_LEN = 64;
export const NET_VOCAB = 5000;
export const EVAL_EVERY = 25;
const DATA_KEY = 'spam-v1';

/** Small sizes, so every encoder trains in seconds on a weak laptop. */
export const ARCHS: Record<Encoder, TextArch> = {
  mean: { encoder: 'mean', vocab: NET_VOCAB, dim: 32, hidden: 32, kernel: 3 },
  cnn: { encoder: 'cnn', vocab: NET_VOCAB, dim: 32, hidden: 32, kernel: 3 },
  lstm: { encoder: 'lstm', vocab: NET_VOCAB, dim: 24, hidden: 24, kernel: 3 },
  attn: { encoder: 'attn', vocab: NET_VOCAB, dim: 24, hidden: 24, kernel: 3 },
};

/** The latest test evaluation of one encoder, kept after the student switches to another. */
export interface EncoderResult {
  encoder: Encoder;
  step: number;
  seconds: number;
  accuracy: number;
  probs: number[];
  /** Seconds of training when test accuracy first reached 95 %, or null. */
  reached95: number | null;
  params: TextParams | null;
}

export interface TextRun {
  snapshot: TrainingSnapshot | null;
  report: TextClassReport | null;
  trainCurve: [number, number][];
  testCurve: [number, number][];
  state: RunState;
  results: Partial<Record<Encoder, EncoderResult>>;
  error: string | null;
  diverged: number | null;
  toggle: () => void;
  step: () => void;
  reset: () => void;
}

const rowsOf = (s: MailSet) => padSequences(Array.from({ length: s.count }, (_, i) => s.ids.subarray(s.offsets[i], s.offsets[i + 1])), SEQ_LEN, NET_VOCAB);

function paramsOf(s: TrainingSnapshot, arch: TextArch): TextParams | null {
  try {
    return textParamsFromArrays(arch, Object.fromEntries(s.weights.map((w) => [w.name, w.data])));
  } catch {
    return null;
  }
}

/** One neural classifier at a time in the training worker; each encoder's last result is kept for the comparison. */
export function useTextTraining(bundle: SpamBundle | null, encoder: Encoder, lr: number): TextRun {
  const clientRef = useRef<TrainingClient | null>(null);
  const sent = useRef(false);
  const clock = useRef({ total: 0, since: null as number | null });
  const enc = useRef(encoder);
  const [snapshot, setSnapshot] = useState<TrainingSnapshot | null>(null);
  const [trainCurve, setTrainCurve] = useState<[number, number][]>([]);
  const [testCurve, setTestCurve] = useState<[number, number][]>([]);
  const [state, setState] = useState<RunState>('idle');
  const [results, setResults] = useState<Partial<Record<Encoder, EncoderResult>>>({});
  const [error, setError] = useState<string | null>(null);
  const [diverged, setDiverged] = useState<number | null>(null);
  const lrRef = useRef(lr);

  const elapsed = () => clock.current.total + (clock.current.since === null ? 0 : (performance.now() - clock.current.since) / 1000);

  useEffect(() => {
    const client = createTrainingClient();
    clientRef.current = client;
    sent.current = false;
    const onSnapshot = (s: TrainingSnapshot) => {
      setSnapshot(s);
      const r = s.report as unknown as TextClassReport | undefined;
      setTrainCurve((c) => thinCurve([...c.filter(([st]) => st < s.step), [s.step, s.loss]]));
      if (!r) return;
      setTestCurve((c) => (c.some(([st]) => st === r.testStep) ? c : [...c.filter(([st]) => st < r.testStep), [r.testStep, 100 * r.testAccuracy]]));
      const e = enc.current;
      const seconds = elapsed();
      setResults((old) => {
        const prev = old[e];
        const reached95 = prev?.reached95 ?? (r.testAccuracy >= 0.95 && r.testStep > 0 ? seconds : null);
        return { ...old, [e]: { encoder: e, step: r.testStep, seconds, accuracy: r.testAccuracy, probs: r.testProbs, reached95, params: paramsOf(s, ARCHS[e]) } };
      });
    };
    const off = client.subscribe((e) => {
      if (e.type === 'snapshot') onSnapshot(e.snapshot);
      else if (e.type === 'status') {
        if (e.state === 'running' && clock.current.since === null) clock.current.since = performance.now();
        if (e.state !== 'running' && clock.current.since !== null) clock.current = { total: elapsed(), since: null };
        setState(e.state);
      } else if (e.type === 'diverged') setDiverged(e.step);
      else if (e.type === 'error') setError(e.message);
    });
    return () => { off(); client.dispose(); clientRef.current = null; };
  }, []);

  useEffect(() => { lrRef.current = lr; clientRef.current?.setHyper({ lr }); }, [lr]);

  const rows = useMemo(() => (bundle ? { train: rowsOf(bundle.data.train), test: rowsOf(bundle.data.test) } : null), [bundle]);

  useEffect(() => {
    const client = clientRef.current;
    if (!client || !bundle || !rows) return;
    enc.current = encoder;
    const task: TextClassTask = {
      kind: 'textClass', arch: ARCHS[encoder], seed: 1, evalEvery: EVAL_EVERY, batchSize: 32,
      optimizer: { name: 'adam', hyper: { lr: lrRef.current } },
      // The mails cross to the worker once; later tasks name them by key.
      data: sent.current ? { key: DATA_KEY } : {
        key: DATA_KEY, T: SEQ_LEN,
        train: { ids: rows.train, labels: bundle.data.train.labels },
        test: { ids: rows.test, labels: bundle.data.test.labels },
      },
    };
    sent.current = true;
    setTrainCurve([]); setTestCurve([]); setDiverged(null); setError(null); setSnapshot(null);
    clock.current = { total: 0, since: null };
    setResults((old) => { const next = { ...old }; delete next[encoder]; return next; });
    client.start(task, { snapshotHz: 2 });
    client.pause();
  }, [encoder, bundle, rows]);

  const report = (snapshot?.report as unknown as TextClassReport | undefined) ?? null;
  const c = () => clientRef.current;
  return {
    snapshot, report, trainCurve, testCurve, state, results, error, diverged,
    toggle: () => (state === 'running' ? c()?.pause() : (setDiverged(null), c()?.resume())),
    step: () => c()?.step(1),
    reset: () => {
      setTrainCurve([]); setTestCurve([]); clock.current = { total: 0, since: null };
      setResults((old) => { const next = { ...old }; delete next[enc.current]; return next; });
      c()?.reset();
    },
  };
}
