import { useMemo } from 'react';
import { fmt, useMessages } from '../../i18n';
import { seededPair, type IdDocument } from '../../models/pretrain/masking';
import { nextSentenceProbability } from '../../models/pretrain/inference';
import { pretrainMessages } from './messages';
import type { LessonProps } from './shared';

/** Pairs from held-out Brown documents (seeded by the pair number): real next sentence or a random one, and P(IsNext). */
export function NspView({ params, set, data, val }: LessonProps & { val: IdDocument[] }) {
  const m = useMessages(pretrainMessages);
  const { model, vocab } = data.bert;
  const pair = useMemo(() => seededPair(val, `nsp/${params.np}`), [val, params.np]);
  const p = useMemo(() => nextSentenceProbability(model, pair.a, pair.b), [model, pair]);
  const text = (ids: number[]) => ids.map((i) => vocab.words[i]).join(' ');
  return (
    <div className="ga-pt-nsp">
      <p lang="en"><strong>A:</strong> {text(pair.a)}</p>
      <p lang="en"><strong>B:</strong> {text(pair.b)}</p>
      <p data-testid="nsp-truth" data-value={pair.isNext}>{pair.isNext ? m.nspReal : m.nspRandom}</p>
      <p className="ga-pt-big">{m.nspProb} <strong data-testid="nsp-prob" data-value={p}>{(100 * p).toFixed(1)} %</strong></p>
      <button type="button" data-testid="nsp-next" onClick={() => set({ np: (params.np + 1) % 1000 })}>{m.nspAnother}</button>
      <p className="ga-pt-muted">{fmt(m.nspHeldOut, { acc: (100 * data.bert.info.heldOut.nspAccuracy).toFixed(1) })}</p>
    </div>
  );
}
