import { useEffect, useMemo, useRef, useState } from 'react';
import type { MailSet } from '../../data';
import { mailRows, type MailRows } from '../../models/pretrain/finetune';
import type { FinetuneReport, FinetuneTask } from '../../models/pretrain/finetuneTask';
import { FINETUNE, finetuneSteps } from '../../models/pretrain/setup';
import { createTrainingClient, type TrainingClient } from '../../workers/client';
import type { RunState } from '../../workers/protocol';
import type { PretrainBundle } from './usePretrainData';

const DATA_KEY = 'bert-finetune-v1';
/** Mails sent to the worker: the largest budget for training, FINETUNE.testSize held-out ones for scoring. */
const TRAIN_ROWS = 1000;

export interface BudgetResult { budget: number; step: number; pretrained: number; random: number; seconds: number }

export interface FinetuneRun {
  state: RunState;
  report: FinetuneReport | null;
  curve: { step: number; pretrained: number; random: number }[];
  results: Partial<Record<number, BudgetResult>>;
  error: string | null;
  start: (budget: number) => void;
  pause: () => void;
}

function rows(set: MailSet, n: number, data: PretrainBundle): MailRows {
  const count = Math.min(n, set.count);
  const mails = Array.from({ length: count }, (_, i) => set.ids.subarray(set.offsets[i], set.offsets[i + 1]));
  return mailRows(mails, set.labels.subarray(0, count), data.spam.vocab, data.bert.vocab.index, FINETUNE.T);
}

/** Both initialisations fine-tuned side by side in the training worker, one label budget at a time. */
export function useFinetune(data: PretrainBundle | null): FinetuneRun {
  const client = useRef<TrainingClient | null>(null);
  const sent = useRef(false);
  const budgetRef = useRef(0);
  const t0 = useRef(0);
  const [state, setState] = useState<RunState>('idle');
  const [report, setReport] = useState<FinetuneReport | null>(null);
  const [curve, setCurve] = useState<FinetuneRun['curve']>([]);
  const [results, setResults] = useState<FinetuneRun['results']>({});
  const [error, setError] = useState<string | null>(null);
  const mails = useMemo(() => (data ? { train: rows(data.spam.train, TRAIN_ROWS, data), test: rows(data.spam.test, FINETUNE.testSize, data) } : null), [data]);

  useEffect(() => {
    const c = createTrainingClient();
    client.current = c;
    sent.current = false;
    const off = c.subscribe((e) => {
      if (e.type === 'status') setState(e.state);
      else if (e.type === 'error') setError(e.message);
      else if (e.type === 'snapshot') {
        const r = e.snapshot.report as unknown as FinetuneReport | undefined;
        if (!r) return;
        setReport(r);
        setCurve((old) => (old.some((p) => p.step === r.testStep) ? old : [...old, { step: r.testStep, pretrained: r.pretrainedAccuracy, random: r.randomAccuracy }]));
        const budget = budgetRef.current;
        if (r.testStep > 0) setResults((old) => ({ ...old, [budget]: { budget, step: r.testStep, pretrained: r.pretrainedAccuracy, random: r.randomAccuracy, seconds: (performance.now() - t0.current) / 1000 } }));
      }
    });
    return () => { off(); c.dispose(); client.current = null; };
  }, []);

  const start = (budget: number) => {
    if (!client.current || !data || !mails) return;
    budgetRef.current = budget;
    t0.current = performance.now();
    setCurve([]); setReport(null); setError(null);
    const task: FinetuneTask = {
      kind: 'bertFinetune', budget, batchSize: FINETUNE.batch, seed: FINETUNE.seed, evalEvery: finetuneSteps(budget) / 4, testSize: FINETUNE.testSize, finalStep: finetuneSteps(budget),
      optimizer: { name: 'adam', hyper: { lr: FINETUNE.lr } },
      data: sent.current ? { key: DATA_KEY } : { key: DATA_KEY, checkpoint: data.bertBytes, train: mails.train, test: mails.test },
    };
    sent.current = true;
    client.current.start(task, { maxSteps: finetuneSteps(budget), snapshotHz: 2 });
  };
  return { state, report, curve, results, error, start, pause: () => client.current?.pause() };
}
