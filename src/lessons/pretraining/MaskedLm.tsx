import { useMemo, useState } from 'react';
import { fmt, useMessages } from '../../i18n';
import { evaluateBert, type BertEval } from '../../models/pretrain/bertTrain';
import { maskedExample, type IdDocument } from '../../models/pretrain/masking';
import { predictMasked } from '../../models/pretrain/inference';
import { tokenize } from '../../models/text/tokenize';
import { UNK } from '../../models/pretrain/vocab';
import { Notice } from '../../ui/Notice';
import { pretrainMessages } from './messages';
import { SentenceField } from './SentenceField';
import type { PretrainBundle } from './usePretrainData';
import type { LessonProps } from './shared';

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
export const MAX_WORDS = 30;
export const EVAL_BATCHES = 10;

export function useSentenceCheck() {
  const m = useMessages(pretrainMessages);
  return (draft: string) => {
    const words = tokenize(draft);
    if (words.length === 0) return m.errEmpty;
    if (words.length > MAX_WORDS) return fmt(m.errLong, { n: words.length, max: MAX_WORDS });
    return null;
  };
}

/** Held-out masked-LM accuracy, one seeded batch per tick so the page stays responsive. */
function HeldOut({ data, val }: { data: PretrainBundle; val: IdDocument[] }) {
  const m = useMessages(pretrainMessages);
  const [res, setRes] = useState<BertEval | null>(null);
  const [done, setDone] = useState(0);
  const run = () => {
    const acc = { masked: 0, hit: 0, uni: 0, nsp: 0, pairs: 0 };
    const tick = (k: number) => {
      const e = evaluateBert(data.bert.model, val, 5, 1, 32, undefined, `held-out/${k}`);
      acc.masked += e.masked; acc.hit += e.mlmAccuracy * e.masked; acc.uni += e.unigramAccuracy * e.masked;
      acc.nsp += e.nspAccuracy * e.pairs; acc.pairs += e.pairs;
      setDone(k + 1);
      if (k + 1 < EVAL_BATCHES) setTimeout(() => tick(k + 1), 0);
      else setRes({ masked: acc.masked, mlmAccuracy: acc.hit / acc.masked, unigramAccuracy: acc.uni / acc.masked, nspAccuracy: acc.nsp / acc.pairs, pairs: acc.pairs });
    };
    setRes(null);
    setTimeout(() => tick(0), 0);
  };
  return (
    <div className="ga-pt-heldout">
      <button type="button" onClick={run} data-testid="mlm-score" disabled={done > 0 && !res}>{m.mlmScore}</button>
      {done > 0 && !res && <progress max={EVAL_BATCHES} value={done} aria-label={m.mlmScore} />}
      {res && (
        <p data-testid="mlm-heldout">
          {fmt(m.mlmHeldOut, { n: res.masked })}{' '}
          <strong data-testid="mlm-acc" data-value={res.mlmAccuracy}>{pct(res.mlmAccuracy)}</strong>{' '}
          {fmt(m.mlmBaseline, { word: data.bert.vocab.words[5] })}{' '}
          <strong data-testid="mlm-unigram" data-value={res.unigramAccuracy}>{pct(res.unigramAccuracy)}</strong>.
        </p>
      )}
    </div>
  );
}

/** The 80/10/10 rule on one seeded batch of held-out pairs. */
function MaskingRule({ data, val }: { data: PretrainBundle; val: IdDocument[] }) {
  const m = useMessages(pretrainMessages);
  const batch = useMemo(() => maskedExample(val, 64, data.bert.model.config.maxLen, data.bert.model.config.vocabSize), [data, val]);
  const count = (k: string) => batch.kinds.filter((x) => x === k).length;
  return (
    <p data-testid="mask-rule">{fmt(m.maskRule, { n: batch.positions.length, mask: count('mask'), random: count('random'), keep: count('keep'), tokens: batch.B * batch.T })}</p>
  );
}

function derive(data: PretrainBundle, sentence: string, mk: number[]) {
  const words = tokenize(sentence).slice(0, MAX_WORDS);
  const ids = words.map((w) => data.bert.vocab.index.get(w) ?? UNK);
  const masked = mk.filter((j) => j < words.length);
  const use = masked.length > 0 ? masked : [0];
  return { words, ids, use, dropped: mk.length - masked.length, guesses: predictMasked(data.bert.model, data.bert.vocab, ids, use) };
}

export function MaskedLm({ params, set, data, val }: LessonProps & { val: IdDocument[] }) {
  const m = useMessages(pretrainMessages);
  const check = useSentenceCheck();
  const { words, ids, use, dropped, guesses } = useMemo(() => derive(data, params.ms, params.mk), [data, params.ms, params.mk]);
  const unknown = words.filter((_, j) => ids[j] === UNK);
  const toggle = (j: number) => {
    const next = use.includes(j) ? use.filter((x) => x !== j) : [...use, j].sort((a, b) => a - b);
    if (next.length === 0 || next.length > 6) return;
    set({ mk: next });
  };
  return (
    <div className="ga-pt-mlm">
      <SentenceField label={m.mlmSentence} value={params.ms} validate={check} onCommit={(v) => set({ ms: v, mk: [0] })} testId="mlm-sentence" />
      {unknown.length > 0 && <Notice kind="warn" data-testid="mlm-unknown">{fmt(m.unknownWords, { words: unknown.join(', ') })}</Notice>}
      {dropped > 0 && <Notice kind="warn">{m.maskDropped}</Notice>}
      <p className="ga-pt-muted">{m.mlmClick}</p>
      <div className="ga-pt-tokens" role="group" aria-label={m.mlmSentence} lang="en">
        {words.map((w, j) => (
          <button key={j} type="button" aria-pressed={use.includes(j)} data-testid={`mlm-word-${j}`}
            className={use.includes(j) ? 'ga-pt-token ga-pt-token--masked' : 'ga-pt-token'} onClick={() => toggle(j)}>
            {use.includes(j) ? '[MASK]' : ids[j] === UNK ? `${w} → [UNK]` : w}
          </button>
        ))}
      </div>
      <div className="ga-pt-guesses">
        {use.map((j, k) => (
          <table key={j} className="ga-pt-table" data-testid={`mlm-guess-${j}`}>
            <caption>{fmt(m.mlmGuessCaption, { word: words[j] })}</caption>
            <thead><tr><th scope="col">{m.colWord}</th><th scope="col">{m.colProb}</th></tr></thead>
            <tbody>
              {guesses[k].map((g) => (
                <tr key={g.id} className={g.word === words[j] ? 'ga-pt-hit' : undefined}>
                  <td lang="en">{g.word}</td>
                  <td><span className="ga-pt-bar" style={{ width: `${Math.round(100 * g.p)}%` }} />{(100 * g.p).toFixed(1)} %</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
      <MaskingRule data={data} val={val} />
      <HeldOut data={data} val={val} />
    </div>
  );
}
