import { useMemo, useState } from 'react';
import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import { logLikelihood } from '../../models/text/naiveBayes';
import { textMessages as msgs } from './messages';
import type { SpamBundle } from './useSpamData';

const MAX_ROWS = 40;

/** Word counts per class and smoothed probabilities: the message's words, or a search over the whole vocabulary. */
export function CountsTable({ bundle, tokens }: { bundle: SpamBundle; tokens: readonly { token: string; id: number }[] }) {
  const m = useMessages(msgs);
  const [query, setQuery] = useState('');
  const q = query.trim().toLowerCase();
  const ids = useMemo(() => {
    if (q) {
      const out: number[] = [];
      for (let id = 2; id < bundle.data.vocab.length && out.length < MAX_ROWS; id++) if (bundle.data.vocab[id].includes(q)) out.push(id);
      return out;
    }
    return [...new Set(tokens.map((t) => t.id).filter((id) => id >= 2))].slice(0, MAX_ROWS);
  }, [bundle, tokens, q]);
  const nb = bundle.nb;
  return (
    <div className="ga-tc-counts">
      <label className="ga-field">
        <span className="ga-field__label">{m.searchWords}</span>
        <input className="ga-field__input" type="search" value={query} onChange={(e) => setQuery(e.target.value)} data-testid="counts-search" />
      </label>
      <div className="ga-tc-tablewrap" role="region" tabIndex={0} aria-label={m.searchWords}>
        <table className="ga-table" data-testid="counts-table">
          <caption>{fmt(m.countsCaption, { spam: nb.totals[1], ham: nb.totals[0], v: nb.vocabSize })}</caption>
          <thead><tr><th scope="col">{m.word}</th><th scope="col">{m.countSpam}</th><th scope="col">{m.countHam}</th><th scope="col">P(w|spam)</th><th scope="col">P(w|ham)</th></tr></thead>
          <tbody>
            {ids.map((id) => (
              <tr key={id} data-word={bundle.data.vocab[id]}>
                <th scope="row">{bundle.data.vocab[id]}</th>
                <td>{nb.counts[1][id]}</td>
                <td>{nb.counts[0][id]}</td>
                <td>{formatNumber(Math.exp(logLikelihood(nb, id, 1)), 3)}</td>
                <td>{formatNumber(Math.exp(logLikelihood(nb, id, 0)), 3)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {ids.length === 0 && <p>{m.noRows}</p>}
    </div>
  );
}
