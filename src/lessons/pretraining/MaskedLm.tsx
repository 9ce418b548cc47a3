import { useMemo } from 'react';
import { fmt, useMessages } from '../../i18n';
import { maskedExample, type IdDocument } from '../../models/pretrain/masking';
import { predictMasked } from '../../models/pretrain/inference';
import { tokenize } from '../../models/text/tokenize';
import { UNK } from '../../models/pretrain/vocab';
import { Notice } from '../../ui/Notice';
import { HeldOut } from './HeldOut';
import { MaskStepper } from './MaskStepper';
import { pretrainMessages } from './messages';
import { SentenceField } from './SentenceField';
import type { PretrainBundle } from './usePretrainData';
import type { LessonProps } from './shared';

export const MAX_WORDS = 30;

export function useSentenceCheck() {
  const m = useMessages(pretrainMessages);
  return (draft: string) => {
    const words = tokenize(draft);
    if (words.length === 0) return m.errEmpty;
    if (words.length > MAX_WORDS) return fmt(m.errLong, { n: words.length, max: MAX_WORDS });
    return null;
  };
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
      <MaskStepper params={params} set={set} data={data} val={val} />
      <HeldOut model={data.bert.model} val={val} mostFrequent={data.bert.vocab.words[5]} />
    </div>
  );
}
