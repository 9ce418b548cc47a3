import { useMemo } from 'react';
import { rowOf } from '../../data';
import { fmt, useMessages } from '../../i18n';
import { cosine } from '../../models/embeddings';
import { compareContexts } from '../../models/pretrain/contextual';
import { tokenize } from '../../models/text/tokenize';
import { Notice } from '../../ui/Notice';
import { useSentenceCheck, MAX_WORDS } from './MaskedLm';
import { pretrainMessages } from './messages';
import { CONTEXT_PRESETS } from './params';
import { SentenceField } from './SentenceField';
import type { LessonProps } from './shared';

export const OCCURRENCES = 120;

export function Contextual({ params, set, data }: LessonProps) {
  const m = useMessages(pretrainMessages);
  const check = useSentenceCheck();
  const word = params.cw.toLowerCase();
  const s1 = tokenize(params.c1), s2 = tokenize(params.c2);
  const missing = [s1, s2].map((s) => !s.includes(word));
  const known = data.bilstm.vocab.index.has(word);
  const ok = !missing[0] && !missing[1];
  const res = useMemo(() => (ok
    ? compareContexts(data.bilstm.model, data.bilstm.vocab, data.brown.train, word, tokenize(params.c1), tokenize(params.c2), { occurrences: OCCURRENCES, maxWords: MAX_WORDS })
    : null), [data, word, params.c1, params.c2, ok]);
  const g = data.glove.index.get(word);
  // A draft is committed only if word and sentences still agree, so the last good picture stays.
  const checkWord = (d: string) => {
    const w = tokenize(d);
    if (w.length !== 1) return m.errOneWord;
    const n = [s1, s2].findIndex((s) => !s.includes(w[0]));
    return n >= 0 ? fmt(m.ctxMissing, { word: w[0], n: n + 1 }) : null;
  };
  const checkSentence = (n: number) => (d: string) => check(d) ?? (tokenize(d).includes(word) ? null : fmt(m.ctxMissing, { word, n }));
  return (
    <div className="ga-pt-context">
      <div className="ga-pt-presets" role="group" aria-label={m.presets}>
        {Object.entries(CONTEXT_PRESETS).map(([w, [a, b]]) => (
          <button key={w} type="button" lang="en" aria-pressed={word === w && params.c1 === a && params.c2 === b} data-testid={`preset-${w}`}
            onClick={() => set({ cw: w, c1: a, c2: b })}>{w}</button>
        ))}
      </div>
      <div className="ga-pt-fields">
      <SentenceField label={m.ctxWord} value={params.cw} validate={checkWord} onCommit={(v) => set({ cw: v.toLowerCase() })} testId="ctx-word" />
      <SentenceField label={m.ctxSentence1} value={params.c1} validate={checkSentence(1)} onCommit={(v) => set({ c1: v })} testId="ctx-s1" />
      <SentenceField label={m.ctxSentence2} value={params.c2} validate={checkSentence(2)} onCommit={(v) => set({ c2: v })} testId="ctx-s2" />
      </div>
      {missing.map((miss, i) => miss && <Notice key={i} kind="error" data-testid={`ctx-missing-${i + 1}`}>{fmt(m.ctxMissing, { word, n: i + 1 })}</Notice>)}
      {!known && <Notice kind="warn">{fmt(m.unknownWords, { words: word })}</Notice>}
      <div className="ga-pt-compare">
        <div>
          <h4>{m.ctxStatic}</h4>
          {g === undefined ? <p>{fmt(m.ctxNoGlove, { word })}</p> : (
            <p data-testid="ctx-static" data-value={cosine(rowOf(data.glove, g), rowOf(data.glove, g))}>
              {fmt(m.ctxStaticText, { v: Array.from(rowOf(data.glove, g).subarray(0, 4), (x) => x.toFixed(3)).join(', ') })}
            </p>
          )}
        </div>
        {res && (
          <div>
            <h4>{m.ctxElmo}</h4>
            <p>{fmt(m.ctxVec, { n: 1, v: res.a.map((x) => x.toFixed(3)).join(', ') })}</p>
            <p>{fmt(m.ctxVec, { n: 2, v: res.b.map((x) => x.toFixed(3)).join(', ') })}</p>
            <p className="ga-pt-big">{m.ctxCos} <strong data-testid="ctx-cos" data-value={res.cos}>{res.cos.toFixed(3)}</strong></p>
          </div>
        )}
      </div>
      {res && (
        <div className="ga-pt-compare">
          {[res.near1, res.near2].map((near, i) => (
            <div key={i}>
              <h4>{fmt(m.ctxNear, { n: i + 1, k: res.occurrences })}</h4>
              <ol className="ga-pt-near" data-testid={`ctx-near-${i + 1}`}>
                {near.map((x) => <li key={x.text} lang="en">{x.text} <span className="ga-pt-muted">({x.cos.toFixed(3)})</span></li>)}
              </ol>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
