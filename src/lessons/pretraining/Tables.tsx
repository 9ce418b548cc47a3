import { useState } from 'react';
import { fmt, useLang, useMessages } from '../../i18n';
import { Segmented } from '../../ui/Toggle';
import { pretrainMessages } from './messages';
import { TABLE_IDS } from './params';
import type { LessonProps } from './shared';
import { DECK_TABLES, sortRows, textOf, TRAINING_COSTS } from './tables';

// Every number in these tables has decimals as printed (88.0, not 88); FLOPs in scientific notation.
const sci = (x: number) => (Math.abs(x) >= 1e6 ? x.toExponential(1).replace('e+', ' · 10^') : Number.isInteger(x) ? x.toFixed(1) : String(x));

/** One of the decks' tables, sortable by any column (click or Enter on the header button). */
export function Tables({ params, set }: Omit<LessonProps, 'data'>) {
  const m = useMessages(pretrainMessages);
  const lang = useLang();
  const table = DECK_TABLES.find((t) => t.id === params.tb) ?? DECK_TABLES[0];
  const [sort, setSort] = useState<{ id: string; col: number; desc: boolean } | null>(null);
  const active = sort && sort.id === table.id ? sort : null;
  const rows = active ? sortRows(table.rows, active.col, active.desc) : table.rows;
  const names: Record<string, string> = { elmo: m.tbElmo, glue: m.tbGlue, bleu: m.tbBleu, ner: m.tbNer, similarity: m.tbSimilarity, classification: m.tbClassification };
  return (
    <div className="ga-pt-tables">
      <Segmented label={m.tbChoose} value={params.tb} options={TABLE_IDS.map((id) => ({ value: id, label: names[id] }))} onChange={(v) => set({ tb: v })} />
      <div className="ga-pt-scroll" tabIndex={0} role="region" aria-label={names[table.id]}>
        <table className="ga-pt-table ga-pt-table--wide" data-testid="deck-table">
          <caption>{names[table.id]}</caption>
          <thead>
            <tr>
              {table.columns.map((c, j) => (
                <th key={j} scope="col" aria-sort={active?.col === j ? (active.desc ? 'descending' : 'ascending') : 'none'}>
                  <button type="button" className="ga-pt-sort" data-testid={`sort-${j}`}
                    onClick={() => setSort({ id: table.id, col: j, desc: active?.col === j ? !active.desc : j > 0 })}>
                    {textOf(c, lang)}{active?.col === j ? (active.desc ? ' ▼' : ' ▲') : ''}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>{r.map((c, j) => (j === 0 ? <th key={j} scope="row">{textOf(c, lang)}</th> : <td key={j}>{typeof c === 'number' ? sci(c) : textOf(c, lang)}</td>))}</tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="ga-pt-muted" data-testid="table-source">{fmt(m.tbSource, { source: textOf(table.source, lang) })}</p>
    </div>
  );
}

export interface OwnCost { label: string; seconds: number }

/** GPT / BERT / GPT-2 pre-training costs and this page's own runs, in device-seconds on a log axis. */
export function CostChart({ own }: { own: OwnCost[] }) {
  const m = useMessages(pretrainMessages);
  const bars = [
    ...TRAINING_COSTS.map((c) => ({ label: fmt(m.costPaper, { model: c.model, month: c.month, year: c.year, days: c.days, device: c.device }), seconds: c.days * 86_400, own: false })),
    ...own.map((o) => ({ ...o, own: true })),
  ];
  const W = 640, rowH = 30, left = 250, H = bars.length * rowH + 40;
  const lo = 0, hi = 9; // 10⁰ … 10⁹ seconds
  const x = (s: number) => left + ((W - left - 20) * (Math.log10(Math.max(1, s)) - lo)) / (hi - lo);
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} className="ga-pt-cost" role="img" aria-label={m.costLabel} data-testid="cost-chart">
      {Array.from({ length: hi - lo + 1 }, (_, k) => (
        <g key={k}><line x1={x(10 ** k)} x2={x(10 ** k)} y1={10} y2={H - 24} className="ga-pt-grid" /><text x={x(10 ** k)} y={H - 8} textAnchor="middle">10{'⁰¹²³⁴⁵⁶⁷⁸⁹'[k]}</text></g>
      ))}
      {bars.map((b, i) => (
        <g key={b.label} data-testid={b.own ? 'cost-own' : 'cost-paper'} data-value={b.seconds}>
          <text x={left - 6} y={14 + i * rowH + 12} textAnchor="end">{b.label}</text>
          <rect x={left} y={14 + i * rowH} width={Math.max(2, x(b.seconds) - left)} height={rowH - 10} className={b.own ? 'ga-pt-bar-own' : 'ga-pt-bar-paper'} />
        </g>
      ))}
    </svg>
  );
}
