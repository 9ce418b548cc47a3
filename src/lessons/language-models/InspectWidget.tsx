import { useMemo } from 'react';
import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import type { Values } from '../../lib/urlParams';
import { Segmented } from '../../ui/Toggle';
import { Heatmap } from '../../viz/Heatmap';
import { BOS } from '../../models/lm/bpe';
import { inspect } from '../../models/lm/inspect';
import { checkPrompt, showToken, type LmModel } from './lmData';
import { lmMessages } from './messages';
import type { lmSchema } from './params';

type Params = Values<typeof lmSchema>;
interface Props { model: LmModel; params: Params; set: (p: Partial<Params>) => void }

/** Tokens drawn in the pictures (the last ones of the prompt). */
export const INSPECT_TOKENS = 20;

export function InspectWidget({ model, params: p, set }: Props) {
  const m = useMessages(lmMessages);
  const { gpt, tok } = model;
  const check = checkPrompt(tok, p.prompt, gpt.config.context);
  const all = check.ok ? [BOS, ...check.ids].slice(-gpt.config.context) : [BOS];
  const key = all.slice(-INSPECT_TOKENS).join(',');
  const ids = useMemo(() => (key === '' ? [] : key.split(',').map(Number)), [key]);
  const ins = useMemo(() => inspect(model, ids), [model, ids]);
  const layer = Math.min(p.il, gpt.config.layers - 1);
  const head = Math.min(p.ih, gpt.config.heads - 1);
  const labels = ids.map((id) => showToken(tok, id));
  const lensCols = Math.min(10, ids.length);
  return (
    <div className="ga-lm-inspect">
      <p className="ga-note" data-testid="lm-inspect-time" data-ms={ins.ms}>{fmt(m.inspectTime, { ms: formatNumber(ins.ms, 1) })} {all.length > ids.length ? fmt(m.inspectShort, { n: ids.length }) : ''}</p>
      <div className="ga-controls">
        <Segmented label={m.layer} value={String(layer)} options={Array.from({ length: gpt.config.layers }, (_, l) => ({ value: String(l), label: String(l + 1) }))} onChange={(v) => set({ il: Number(v) })} />
        <Segmented label={m.head} value={String(head)} options={Array.from({ length: gpt.config.heads }, (_, h) => ({ value: String(h), label: String(h + 1) }))} onChange={(v) => set({ ih: Number(v) })} />
      </div>
      <figure className="ga-lm-fig" data-testid="lm-attention">
        <Heatmap values={ins.attention[layer][head]} title={fmt(m.attnShort, { l: layer + 1, h: head + 1 })} scale="sequential" domain={[0, 1]} rowLabels={labels} labelLang="en" colLabels={labels} cellSize={30} filename="attention" />
        <figcaption>{fmt(m.attnCaption, { l: layer + 1, h: head + 1 })}</figcaption>
      </figure>
      <figure className="ga-lm-fig" data-testid="lm-residual">
        <Heatmap values={ins.residual[layer + 1]} title={fmt(m.residualShort, { l: layer + 1 })} scale="diverging" rowLabels={labels} labelLang="en" cellSize={9} filename="residual" />
        <figcaption>{fmt(m.residualCaption, { l: layer + 1 })}</figcaption>
      </figure>
      <figure className="ga-lm-fig" data-testid="lm-ff">
        <Heatmap values={ins.ff[layer]} title={fmt(m.ffShort, { l: layer + 1 })} scale="diverging" rowLabels={labels} labelLang="en" cellSize={9} filename="feed-forward" />
        <figcaption>{fmt(m.ffCaption, { l: layer + 1, n: ins.ff[layer][0]?.length ?? 0 })}</figcaption>
      </figure>
      <div className="ga-lm-scroll" tabIndex={0} role="region" aria-label={m.lensTitle}>
        <table className="ga-table ga-lm-lens" data-testid="lm-lens">
          <caption>{m.lensTitle}</caption>
          <thead><tr><th scope="col" />{labels.slice(-lensCols).map((l, i) => <th key={i} scope="col" lang="en"><code>{l}</code></th>)}</tr></thead>
          <tbody>
            {ins.lens.map((row, s) => (
              <tr key={s}><th scope="row">{s === 0 ? m.lensEmbed : fmt(m.lensAfter, { l: s })}</th>{row.slice(-lensCols).map((id, i) => <td key={i} lang="en"><code>{showToken(tok, id)}</code></td>)}</tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
