import { useEffect, useRef, useState } from 'react';
import type { MnistData } from '../../data';
import type { CompareReport, CompareVariant, DigitCompareTask } from '../../models/digitCompareTask';
import type { FeatureGroup } from '../../models/digitFeatures';
import { createTrainingClient, type TrainingClient } from '../../workers/client';
import { RunClock } from '../../workers/runClock';
import type { RunState, TrainingSnapshot } from '../../workers/protocol';

export const VARIANTS: readonly CompareVariant[] = ['raw', 'features', 'mlp'];
export const BATCH = 64;
/** Adam step sizes, one per model (each the best of a few tried on these digits). */
export const LEARNING_RATES: Record<CompareVariant, number> = { raw: 0.005, features: 0.03, mlp: 0.005 };
const DATA_KEY = 'mnist-v1';
/** The error of a run whose loss became NaN or infinite (the page words it). */
export const DIVERGED = 'diverged';

export interface CompareConfig { features: FeatureGroup[]; hidden: number; epochs: number }

/** One classifier's run as the page sees it. */
export interface ModelRun {
  variant: CompareVariant;
  snapshot: TrainingSnapshot | null;
  report: CompareReport | null;
  /** [epoch, test accuracy %] at every evaluation. */
  accCurve: [number, number][];
  /** [epoch, smoothed training loss] per snapshot. */
  lossCurve: [number, number][];
  state: RunState;
  /** Steps of the whole run (epochs × ⌈N / B⌉). */
  totalSteps: number;
  done: boolean;
  /** Wall-clock seconds spent training (from the page's clock; pauses excluded). */
  seconds: number;
  error: string | null;
}

interface Handle { client: TrainingClient; sent: boolean; clock: RunClock }

function taskFor(variant: CompareVariant, cfg: CompareConfig, data: MnistData, sendData: boolean, totalSteps: number, evalEvery: number): DigitCompareTask {
  return {
    kind: 'digitCompare', variant, features: cfg.features, hidden: cfg.hidden, batchSize: BATCH, seed: 1, totalSteps, evalEvery,
    optimizer: { name: 'adam', hyper: { lr: LEARNING_RATES[variant] } },
    data: sendData ? { key: DATA_KEY, train: data.train, test: data.test } : { key: DATA_KEY },
  };
}

const emptyRun = (variant: CompareVariant, totalSteps: number): ModelRun => ({
  variant, snapshot: null, report: null, accCurve: [], lossCurve: [], state: 'idle', totalSteps, done: false, seconds: 0, error: null,
});

/**
 * The three classifiers, each in its own training worker so that a finished one keeps its weights while
 * the next trains. "Train all" runs them one after another (not side by side), so that each one's seconds
 * are its own.
 */
export function useCompareTraining(data: MnistData | null, cfg: CompareConfig) {
  const handles = useRef<Partial<Record<CompareVariant, Handle>>>({});
  const stepsPerEpoch = data ? Math.ceil(data.train.count / BATCH) : 1;
  const totalSteps = stepsPerEpoch * cfg.epochs;
  const [runs, setRuns] = useState<Record<CompareVariant, ModelRun>>(() => ({
    raw: emptyRun('raw', totalSteps), features: emptyRun('features', totalSteps), mlp: emptyRun('mlp', totalSteps),
  }));
  // The "train all" queue lives in refs: the worker's events advance it, no effect has to watch state.
  const queue = useRef<CompareVariant[]>([]);
  const activeRef = useRef<CompareVariant | null>(null);
  const [active, setActiveState] = useState<CompareVariant | null>(null);
  const [queued, setQueued] = useState(0);
  const progress = useRef<Record<CompareVariant, { step: number; total: number }>>({
    raw: { step: 0, total: totalSteps }, features: { step: 0, total: totalSteps }, mlp: { step: 0, total: totalSteps },
  });
  const patch = (v: CompareVariant, f: (r: ModelRun) => ModelRun) => setRuns((all) => ({ ...all, [v]: f(all[v]) }));
  const setActive = (v: CompareVariant | null) => { activeRef.current = v; setActiveState(v); };

  const startOne = (v: CompareVariant) => {
    const h = handles.current[v];
    if (!h) return;
    const pr = progress.current[v];
    if (pr.step >= pr.total) {
      h.clock.reset();
      pr.step = 0;
      patch(v, (r) => ({ ...emptyRun(v, r.totalSteps), snapshot: r.snapshot }));
      h.client.reset();
    }
    h.client.resume();
  };
  const advance = () => {
    if (activeRef.current !== null) return;
    const next = queue.current.shift();
    setQueued(queue.current.length);
    if (!next) return;
    setActive(next);
    startOne(next);
  };
  const finish = (v: CompareVariant) => {
    if (activeRef.current !== v) return;
    setActive(null);
    advance();
  };

  useEffect(() => {
    for (const v of VARIANTS) {
      const h: Handle = { client: createTrainingClient(), sent: false, clock: new RunClock() };
      handles.current[v] = h;
      const elapsed = () => h.clock.seconds(performance.now());
      h.client.subscribe((e) => {
        if (e.type === 'status') {
          h.clock.status(e.state, performance.now());
          patch(v, (r) => ({ ...r, state: e.state, seconds: elapsed() }));
          if (e.state === 'paused' && progress.current[v].step >= progress.current[v].total) finish(v);
        } else if (e.type === 'error' || e.type === 'diverged') {
          patch(v, (r) => ({ ...r, error: e.type === 'error' ? e.message : DIVERGED }));
          finish(v);
        } else if (e.type === 'snapshot') {
          const s = e.snapshot;
          progress.current[v].step = s.step;
          const rep = (s.report as unknown as CompareReport | undefined) ?? null;
          patch(v, (r) => {
            const perStep = s.step > 0 ? s.epoch / s.step : 0;
            const accEpoch = rep ? rep.testStep * perStep : 0;
            const acc = rep && !r.accCurve.some(([x]) => x === accEpoch) ? [...r.accCurve.filter(([x]) => x < accEpoch), [accEpoch, 100 * rep.testAccuracy] as [number, number]] : r.accCurve;
            const loss = rep ? [...r.lossCurve.filter(([x]) => x < s.epoch), [s.epoch, rep.trainLoss] as [number, number]] : r.lossCurve;
            return { ...r, snapshot: s, report: rep, accCurve: acc, lossCurve: loss, seconds: elapsed(), done: s.step >= r.totalSteps };
          });
        }
      });
    }
    return () => {
      for (const v of VARIANTS) handles.current[v]?.client.dispose();
      handles.current = {};
    };
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  // (Re)build a model whenever its own settings change; the others keep their results.
  const key: Record<CompareVariant, string> = {
    raw: `${cfg.epochs}`, features: `${cfg.epochs}|${cfg.features.join(',')}`, mlp: `${cfg.epochs}|${cfg.hidden}`,
  };
  const build = (v: CompareVariant) => {
    const h = handles.current[v];
    if (!h || !data) return;
    h.client.start(taskFor(v, cfg, data, !h.sent, totalSteps, Math.max(1, Math.ceil(stepsPerEpoch / 4))), { snapshotHz: 4, maxSteps: totalSteps });
    h.client.pause();
    h.sent = true;
    h.clock.reset();
    progress.current[v] = { step: 0, total: totalSteps };
    queue.current = queue.current.filter((x) => x !== v);
    patch(v, () => emptyRun(v, totalSteps));
    if (activeRef.current === v) { setActive(null); advance(); }
  };
  /* eslint-disable react-hooks/exhaustive-deps -- each model is rebuilt on its own key only */
  useEffect(() => build('raw'), [data, key.raw]);
  useEffect(() => build('features'), [data, key.features]);
  useEffect(() => build('mlp'), [data, key.mlp]);
  /* eslint-enable react-hooks/exhaustive-deps */

  const enqueue = (vs: readonly CompareVariant[]) => {
    for (const v of vs) if (!queue.current.includes(v) && activeRef.current !== v) queue.current.push(v);
    setQueued(queue.current.length);
    advance();
  };
  return {
    runs, totalSteps, stepsPerEpoch, active, busy: active !== null || queued > 0,
    trainAll: () => enqueue(VARIANTS),
    train: (v: CompareVariant) => enqueue([v]),
    stop: () => {
      queue.current = [];
      setQueued(0);
      setActive(null);
      for (const v of VARIANTS) handles.current[v]?.client.pause();
    },
  };
}

export type CompareRuns = ReturnType<typeof useCompareTraining>;
