import { useState } from 'react';
import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import type { Values } from '../../lib/urlParams';
import { scoreIds } from '../../models/text/naiveBayes';
import { encodeText } from '../../models/text/vocab';
import { MAX_TEXT_CHARS } from '../../models/text/validate';
import { ENCODERS, textInfer } from '../../models/textClassNet';
import { Notice } from '../../ui/Notice';
import { draftProblem } from './nbView';
import { textMessages as msgs } from './messages';
import type { TextSchema } from './params';
import { TokenText } from './TokenText';
import type { SpamBundle } from './useSpamData';
import { ARCHS, SEQ_LEN, type TextRun } from './useTextTraining';

type Params = Values<TextSchema>;

/** The student's text classified by Naive Bayes and by every network trained so far, at once. */
export function YourText({ bundle, run, params: p, set }: { bundle: SpamBundle; run: TextRun; params: Params; set: (x: Partial<Params>) => void }) {
  const m = useMessages(msgs);
  const [draft, setDraft] = useState<string | null>(null);
  const [long, setLong] = useState<string | null>(null);
  const text = long ?? p.yt;
  const problem = draft === null ? null : draftProblem(bundle, draft);
  const tokens = encodeText(bundle.vocab, text);
  const ids = tokens.map((t) => t.id);
  const nb = scoreIds(bundle.nb, ids);
  const rows = [{ id: 'nb', name: m.naiveBayes, p: nb.pSpam, attention: null as number[] | null }];
  for (const e of ENCODERS) {
    const r = run.results[e];
    if (r?.params && r.step > 0) {
      const out = textInfer(ARCHS[e], r.params, ids, SEQ_LEN);
      rows.push({ id: e, name: m[`enc_${e}`], p: out.pSpam, attention: out.attention });
    }
  }
  const attn = rows.find((r) => r.attention)?.attention ?? null;
  // The networks read the first SEQ_LEN tokens; attention weights belong to those.
  const attnValues = attn ? tokens.map((_, i) => (i < attn.length ? attn[i] : null)) : null;
  return (
    <div className="ga-tc-yours">
      <label htmlFor="yt-text">{m.yourMessage}</label>
      <textarea id="yt-text" lang="en" className="ga-tc-textarea" rows={4} value={draft ?? text} data-testid="yt-text"
        onChange={(e) => {
          const t = e.target.value;
          setDraft(t);
          const pr = draftProblem(bundle, t);
          if (pr === null || pr === 'unknownOnly') {
            if (t.length <= 2000) { setLong(null); set({ yt: t }); } else setLong(t);
          }
        }} />
      {problem && <Notice kind={problem === 'unknownOnly' ? 'warn' : 'error'} data-testid="yt-problem">{fmt(m[`problem_${problem}`], { max: formatNumber(MAX_TEXT_CHARS, 0) })}</Notice>}
      <table className="ga-table" data-testid="yt-table">
        <caption>{m.yoursCaption}</caption>
        <thead><tr><th scope="col">{m.model}</th><th scope="col">{m.pSpam}</th><th scope="col">{m.decision}</th></tr></thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-model={r.id} data-p={r.p}>
              <th scope="row">{r.name}</th><td>{formatNumber(r.p, 4)}</td>
              <td>{r.p >= p.th ? m.spam : m.ham}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 1 && <p className="ga-tc-note">{m.trainFirst}</p>}
      {attn && attnValues && (
        <>
          <h3>{m.attentionTitle}</h3>
          <TokenText text={text} tokens={tokens} values={attnValues} shown={tokens.length + 1} maxAbs={Math.max(1e-9, ...attn)} scale="sequential" testId="yt-attention" label={m.attentionTitle} />
        </>
      )}
    </div>
  );
}
