import { useMemo, useState } from 'react';
import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import type { Values } from '../../lib/urlParams';
import { cosine, tfidfVectors } from '../../models/text/tfidf';
import { textProblem } from '../../models/text/validate';
import { Notice } from '../../ui/Notice';
import { Tex } from '../../ui/Tex';
import { textMessages as msgs } from './messages';
import type { TextSchema } from './params';
import type { SpamBundle } from './useSpamData';

type Params = Values<TextSchema>;

function DocField({ id, label, value, onGood }: { id: 'ta' | 'tb'; label: string; value: string; onGood: (t: string) => void }) {
  const m = useMessages(msgs);
  const [draft, setDraft] = useState<string | null>(null);
  const problem = draft === null ? null : textProblem(draft);
  const tooLongForLink = draft !== null && !problem && draft.length > 2000;
  return (
    <div className="ga-tc-input">
      <label htmlFor={`tf-${id}`}>{label}</label>
      <textarea id={`tf-${id}`} lang="en" className="ga-tc-textarea" rows={3} value={draft ?? value} data-testid={`tf-${id}`}
        onChange={(e) => { const t = e.target.value; setDraft(t); if (!textProblem(t) && t.length <= 2000) onGood(t); }} />
      {(problem || tooLongForLink) && <Notice kind="error" data-testid={`tf-${id}-problem`}>{problem ? fmt(m[`problem_${problem}`], { max: '20,000' }) : m.tooLongForTfidf}</Notice>}
    </div>
  );
}

/** Two documents as tf-idf vectors (idf from the training mails) and the cosine of their angle. */
export function TfIdf({ bundle, params: p, set }: { bundle: SpamBundle; params: Params; set: (x: Partial<Params>) => void }) {
  const m = useMessages(msgs);
  const dfMap = useMemo(() => new Map(bundle.data.vocab.map((w, i) => [w, bundle.df[i]])), [bundle]);
  const N = bundle.data.train.count;
  const [a, b] = tfidfVectors([p.ta, p.tb], dfMap, N);
  const cos = cosine(a, b);
  const words = [...new Set([...a.keys(), ...b.keys()])].sort((x, y) => (b.get(y) ?? 0) + (a.get(y) ?? 0) - (b.get(x) ?? 0) - (a.get(x) ?? 0)).slice(0, 30);
  return (
    <div className="ga-tc-tfidf">
      <div className="ga-tc-row">
        <DocField id="ta" label={m.docA} value={p.ta} onGood={(ta) => set({ ta })} />
        <DocField id="tb" label={m.docB} value={p.tb} onGood={(tb) => set({ tb })} />
      </div>
      <Tex display math={`\\cos\\theta = \\frac{\\mathbf a\\cdot\\mathbf b}{\\lVert\\mathbf a\\rVert\\,\\lVert\\mathbf b\\rVert} = ${Number.isFinite(cos) ? formatNumber(cos, 4) : '\\text{—}'}`} />
      <p className="ga-readout">{m.cosine} <output data-testid="tf-cos" data-value={cos}>{formatNumber(cos, 4)}</output></p>
      <div className="ga-tc-tablewrap" role="region" tabIndex={0} aria-label={m.tfidfTitle}>
        <table className="ga-table" data-testid="tf-table">
          <caption>{fmt(m.tfidfCaption, { n: N })}</caption>
          <thead><tr><th scope="col">{m.word}</th><th scope="col">df</th><th scope="col">tf-idf A</th><th scope="col">tf-idf B</th></tr></thead>
          <tbody>
            {words.map((w) => (
              <tr key={w}><th scope="row">{w}</th><td>{dfMap.get(w) ?? 0}</td><td>{formatNumber(a.get(w) ?? 0, 3)}</td><td>{formatNumber(b.get(w) ?? 0, 3)}</td></tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
