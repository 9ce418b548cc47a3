import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import type { Scored } from '../../models/embeddings';
import { Select } from '../../ui/Select';
import { Tex } from '../../ui/Tex';
import { Toggle } from '../../ui/Toggle';
import { embeddingsMessages } from './messages';
import { ANALOGY_PRESETS } from './params';
import { activeSource, texWord, type WidgetProps } from './shared';
import { useSourceState, useVectorQuery } from './useVectors';
import { VectorsStatus } from './VectorsStatus';
import { WordField } from './WordField';

/** "a is to b as c is to ?": b − a + c, the top 10 by cosine, from the worker. */
export function AnalogySolver({ params: p, set }: WidgetProps) {
  const m = useMessages(embeddingsMessages);
  const glove = useSourceState('glove');
  const source = activeSource(p, useSourceState('own'));
  const { answer, busy } = useVectorQuery(source, { kind: 'analogy', a: p.a, b: p.b, c: p.c, k: 10, include: p.inc });
  const res = answer?.result.kind === 'analogy' ? answer.result : null;
  const preset = ANALOGY_PRESETS.find((x) => x.a === p.a.trim().toLowerCase() && x.b === p.b.trim().toLowerCase() && x.c === p.c.trim().toLowerCase());
  const options = [{ value: '', label: m.presetPick }, ...ANALOGY_PRESETS.map((x) => ({ value: x.id, label: fmt(m.presetRow, { a: x.a, b: x.b, c: x.c }) }))];
  const count = answer?.count;
  const top = res?.ranked?.[0];
  return (
    <div className="ga-analogy">
      <VectorsStatus state={glove} what="GloVe" />
      <div className="ga-controls">
        <Select label={m.presetLabel} value={preset?.id ?? ''} options={options} data-testid="analogy-preset"
          onChange={(id) => { const x = ANALOGY_PRESETS.find((r) => r.id === id); if (x) set({ a: x.a, b: x.b, c: x.c }); }} />
      </div>
      <div className="ga-controls ga-analogy__words">
        <WordField label={m.wordA} value={p.a} onChange={(a) => set({ a })} check={res?.checks[0]} count={count} testId="word-a" />
        <WordField label={m.wordB} value={p.b} onChange={(b) => set({ b })} check={res?.checks[1]} count={count} testId="word-b" />
        <WordField label={m.wordC} value={p.c} onChange={(c) => set({ c })} check={res?.checks[2]} count={count} testId="word-c" />
      </div>
      <p className="ga-analogy__read">{fmt(m.analogyRead, { a: p.a.trim() || '…', b: p.b.trim() || '…', c: p.c.trim() || '…' })}</p>
      {res?.ranked && top && (
        <Tex display math={`\\vec v = \\vec{${texWord(p.b.trim())}} - \\vec{${texWord(p.a.trim())}} + \\vec{${texWord(p.c.trim())}}, \\qquad \\arg\\max_w \\cos(\\vec v, \\vec w) = ${texWord(top.word)}\\;(\\cos = ${formatNumber(top.score, 3)})`} />
      )}
      <Toggle label={m.includeQuery} checked={p.inc} onChange={(inc) => set({ inc })} data-testid="include-query" />
      <p className="ga-emb-note">{m.includeExplain}</p>
      {res?.ranked && <RankedTable rows={res.ranked} testId="analogy-results" caption={m.analogyResults} busy={busy} answered={res.checks.map((x) => x.word).join(':')} count={answer?.count} />}
      {answer && res?.ranked && (
        <p className="ga-emb-note" data-testid="analogy-time" data-ms={answer.ms.toFixed(2)} data-count={answer.count}>
          {fmt(m.queryTime, { count: answer.count.toLocaleString('en-US'), ms: answer.ms.toFixed(1) })}
        </p>
      )}
      {preset && res?.ranked && source === 'glove' && <DeckComparison deck={preset.deck} ranked={res.ranked} />}
    </div>
  );
}

function DeckComparison({ deck, ranked }: { deck: string; ranked: Scored[] }) {
  const m = useMessages(embeddingsMessages);
  const rank = ranked.findIndex((r) => r.word === deck) + 1;
  const top = ranked[0]?.word ?? '';
  const text = rank === 1 ? fmt(m.deckMatch, { deck })
    : rank > 1 ? fmt(m.deckRank, { deck, top, rank })
      : fmt(m.deckDiffer, { deck, top });
  return <p className="ga-deck-note" data-testid="deck-note">{text}</p>;
}

/** Words with their cosine scores, best first, with a bar for the score; `count`: words searched. */
export function RankedTable({ rows, caption, testId, busy, answered, count }: { rows: Scored[]; caption: string; testId: string; busy?: boolean; answered?: string; count?: number }) {
  const m = useMessages(embeddingsMessages);
  return (
    <table className="ga-table ga-ranked" data-testid={testId} aria-busy={busy || undefined} data-answered={answered} data-count={count}>
      <caption>{caption}</caption>
      <thead><tr><th scope="col">#</th><th scope="col">{m.colWord}</th><th scope="col">{m.colCos}</th></tr></thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={r.word} data-word={r.word} data-score={r.score.toFixed(6)}>
            <td>{i + 1}</td>
            <th scope="row">{r.word}</th>
            <td className="ga-ranked__score">
              <span className="ga-ranked__bar" style={{ width: `${Math.max(0, r.score) * 6}rem` }} aria-hidden="true" />
              {formatNumber(r.score, 3)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
