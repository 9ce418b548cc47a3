import { useMemo, useState } from 'react';
import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import type { Values } from '../../lib/urlParams';
import { BOS } from '../../models/lm/bpe';
import { continueIds, nextDistribution, nextLogits, softmaxRow } from '../../models/lm/sampling';
import { NumberField } from '../../ui/NumberField';
import { Tex } from '../../ui/Tex';
import { texNum } from '../../lib/texNumber';
import { checkPrompt, showToken, type LmModel } from './lmData';
import { lmMessages } from './messages';
import type { lmSchema } from './params';
import { PromptField } from './PromptField';

type Params = Values<typeof lmSchema>;
interface Props { model: LmModel; params: Params; set: (p: Partial<Params>) => void; shippedSteps: number; onShipped: (() => void) | null }

/** The distribution after the prompt plus what was generated, raw and filtered (top rows by raw probability). */
function useDistribution(model: LmModel, ids: number[], p: Params) {
  return useMemo(() => {
    const logits = nextLogits(model.gpt, ids);
    const raw = softmaxRow(logits, 1);
    const filtered = nextDistribution(logits, { temperature: p.t, topK: p.k, topP: p.p });
    const order = Array.from(raw.keys()).sort((a, b) => raw[b] - raw[a] || a - b);
    const rows = [...new Set([...order.slice(0, 12)])];
    const top = order[0];
    const tempered = p.t > 0 ? softmaxRow(logits, p.t)[top] : 1;
    return { logits, raw, filtered, rows, top, tempered, kept: filtered.filter((v) => v > 0).length };
  }, [model, ids, p.t, p.k, p.p]);
}

export function GenerateWidget({ model, params: p, set, shippedSteps, onShipped }: Props) {
  const m = useMessages(lmMessages);
  const { tok, gpt } = model;
  const check = checkPrompt(tok, p.prompt, gpt.config.context);
  // Sentences start after the boundary token ⟨s⟩, as in training.
  const promptIds = check.ok ? [BOS, ...check.ids].slice(-gpt.config.context) : [BOS];
  const [gen, setGen] = useState<{ key: string; ids: number[] }>({ key: '', ids: [] });
  const key = `${p.prompt}|${p.seed}|${String(model.source)}`;
  const generated = gen.key === key ? gen.ids : [];
  const ids = [...promptIds, ...generated];
  const d = useDistribution(model, ids, p);
  const extend = (n: number, greedy: boolean) => {
    const opts = greedy ? { temperature: 0 } : { temperature: p.t, topK: p.k, topP: p.p };
    setGen({ key, ids: continueIds(gpt, promptIds, generated, n, opts, p.seed) });
  };
  const source = model.source === 'shipped' ? fmt(m.sourceShipped, { steps: shippedSteps }) : fmt(m.sourceLive, { step: model.source });
  return (
    <div className="ga-lm-gen">
      <p className="ga-readout" data-testid="lm-source">{fmt(m.modelSource, { source })} {onShipped && <button type="button" className="ga-button" onClick={onShipped}>{m.useShipped}</button>}</p>
      <PromptField label={m.prompt} value={p.prompt} tok={tok} context={gpt.config.context} onChange={(prompt) => set({ prompt })} testId="lm-prompt" />
      {check.ok && check.truncated && <p className="ga-note">{fmt(m.truncated, { n: gpt.config.context })}</p>}
      <div className="ga-controls">
        <NumberField label={m.temperature} value={p.t} min={0} max={3} step={0.1} onChange={(t) => set({ t })} data-testid="lm-temp" />
        <NumberField label={m.topK} value={p.k} min={0} max={tok.size} integer onChange={(k) => set({ k })} data-testid="lm-topk" />
        <NumberField label={m.topP} value={p.p} min={0.01} max={1} step={0.05} onChange={(v) => set({ p: v })} data-testid="lm-topp" />
        <NumberField label={m.seed} value={p.seed} min={0} max={1e6} integer onChange={(seed) => set({ seed })} />
      </div>
      <div className="ga-controls">
        <button type="button" className="ga-button" data-testid="lm-sample-one" onClick={() => extend(1, false)}>{m.sampleOne}</button>
        <button type="button" className="ga-button" data-testid="lm-sample-20" onClick={() => extend(20, false)}>{m.sample20}</button>
        <button type="button" className="ga-button" data-testid="lm-greedy" onClick={() => extend(20, true)}>{m.greedy}</button>
        <button type="button" className="ga-button" onClick={() => setGen({ key, ids: [] })}>{m.clearGen}</button>
      </div>
      <figure className="ga-lm-gen__text">
        <figcaption>{m.generated}</figcaption>
        <p lang="en" data-testid="lm-generated"><span className="ga-lm-gen__prompt">{tok.decode(promptIds.filter((id) => id !== BOS))}</span><strong>{tok.decode(generated)}</strong></p>
      </figure>
      <Formula d={d} t={p.t} label={showToken(tok, d.top)} />
      <table className="ga-lm-bars" data-testid="lm-bars">
        <caption>{m.barsCaption} {fmt(m.kept, { n: d.kept, v: tok.size })}</caption>
        <thead><tr><th scope="col">{m.colToken}</th><th scope="col">{m.colId}</th><th scope="col">{m.colRaw}</th><th scope="col">{m.colFiltered}</th></tr></thead>
        <tbody>
          {d.rows.map((id) => (
            <tr key={id} data-token-id={id} data-raw={d.raw[id]} data-filtered={d.filtered[id]}>
              <th scope="row" lang="en"><code>{showToken(tok, id)}</code></th>
              <td>{id}</td>
              <td><span className="ga-lm-bar ga-lm-bar--raw" style={{ width: `${(d.raw[id] * 100).toFixed(1)}%` }} />{formatNumber(d.raw[id], 3)}</td>
              <td><span className="ga-lm-bar" style={{ width: `${(d.filtered[id] * 100).toFixed(1)}%` }} />{formatNumber(d.filtered[id], 3)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The top token's probability with the live logit and temperature, then after top-k / top-p renormalisation. */
function Formula({ d, t, label }: { d: ReturnType<typeof useDistribution>; t: number; label: string }) {
  const tok = `\\text{“${label.replace(/[\\{}$&#^_%~]/g, '')}”}`;
  const math = t > 0
    ? `p_{${tok}} = \\frac{e^{z/T}}{\\sum_j e^{z_j/T}} = \\frac{e^{${texNum(d.logits[d.top], 3)}/${texNum(t, 2)}}}{\\sum_j e^{z_j/${texNum(t, 2)}}} = ${texNum(d.tempered, 3)} \\;\\xrightarrow{\\text{top-}k,\\ \\text{top-}p} ${texNum(d.filtered[d.top], 3)}`
    : `T = 0:\\ p_{${tok}} = 1 \\ (\\arg\\max_j z_j,\\ z = ${texNum(d.logits[d.top], 3)})`;
  return <p className="ga-lm-formula" data-testid="lm-temp-formula"><Tex math={math} /></p>;
}
