import { useEffect, useRef, useState } from 'react';
import { fmt, useMessages } from '../../i18n';
import type { MiniBert } from '../../models/pretrain/bert';
import { modelBytes } from '../../models/pretrain/inference';
import type { IdDocument } from '../../models/pretrain/masking';
import { flattenDocs } from '../../models/pretrain/pretrainData';
import type { BertPretrainReport, BertPretrainTask } from '../../models/pretrain/pretrainTask';
import { Notice } from '../../ui/Notice';
import { createTrainingClient, type TrainingClient } from '../../workers/client';
import { pretrainMessages } from './messages';

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
/** Seeded held-out batches of 32 pairs scored (the shipped figure's protocol). */
export const EVAL_BATCHES = 10;

/**
 * Held-out masked-LM accuracy of the model the widgets use, computed in the training worker (a run
 * that only scores: the weights travel there as checkpoint bytes and never change).
 */
export function HeldOut({ model, val, mostFrequent }: { model: MiniBert; val: IdDocument[]; mostFrequent: string }) {
  const m = useMessages(pretrainMessages);
  const client = useRef<TrainingClient | null>(null);
  const sent = useRef(false);
  const [busy, setBusy] = useState(false);
  const [scored, setScored] = useState<{ model: MiniBert; r: BertPretrainReport } | null>(null);
  const target = useRef(model);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => () => { client.current?.dispose(); client.current = null; }, []);
  // A result belongs to the model it scored; another model (retrained weights) shows none until scored.
  const res = scored && scored.model === model ? scored.r : null;
  const run = () => {
    if (!client.current) {
      const c = createTrainingClient();
      c.subscribe((e) => {
        if (e.type === 'error') { setError(e.message); setBusy(false); }
        const r = e.type === 'snapshot' ? (e.snapshot.report as unknown as BertPretrainReport | undefined) : undefined;
        if (r) { setScored({ model: target.current, r }); setBusy(false); }
      });
      client.current = c;
    }
    const flat = sent.current ? null : flattenDocs(val);
    const task: BertPretrainTask = {
      kind: 'bertPretrain', config: model.config, init: modelBytes(model), scoreOnly: true,
      data: flat ? { key: 'held-out-only', train: flat, val: flat } : { key: 'held-out-only' },
      optimizer: { name: 'adam' }, batchSize: 1, seed: 'score', evalBatches: EVAL_BATCHES,
    };
    sent.current = true;
    target.current = model;
    setScored(null); setError(null); setBusy(true);
    client.current.start(task, { maxSteps: 1 });
  };
  return (
    <div className="ga-pt-heldout">
      <button type="button" onClick={run} data-testid="mlm-score" disabled={busy}>{m.mlmScore}</button>
      {busy && <span className="ga-pt-muted" role="status">{' '}{m.mlmScoring}</span>}
      {error && <Notice kind="error">{error}</Notice>}
      {res && (
        <p data-testid="mlm-heldout">
          {fmt(m.mlmHeldOut, { n: res.masked })}{' '}
          <strong data-testid="mlm-acc" data-value={res.valMlmAccuracy}>{pct(res.valMlmAccuracy)}</strong>{' '}
          {fmt(m.mlmBaseline, { word: mostFrequent })}{' '}
          <strong data-testid="mlm-unigram" data-value={res.valUnigram}>{pct(res.valUnigram)}</strong>.{' '}
          {fmt(m.mlmNspHeldOut, { acc: pct(res.valNspAccuracy), pairs: EVAL_BATCHES * 32 })}
        </p>
      )}
    </div>
  );
}
