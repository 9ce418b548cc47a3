import { fmt, useMessages } from '../../i18n';
import type { Values } from '../../lib/urlParams';
import { multiHead } from '../../models/attention';
import { Tex } from '../../ui/Tex';
import { Segmented, Toggle } from '../../ui/Toggle';
import { Heatmap } from '../../viz/Heatmap';
import { attentionMessages } from './messages';
import { HEAD_CHOICES, type AttentionSchema } from './params';
import { sentenceInputs, TOKENS } from './sentences';

type Params = Values<AttentionSchema>;
interface Props { params: Params; set: (patch: Partial<Params>) => void }

const D_MODEL = 8;

/** h heads of a seeded multi-head layer over the "animal" sentence; pick one to enlarge. */
export function MultiHeadView({ params: p, set }: Props) {
  const m = useMessages(attentionMessages);
  const h = Number(p.mh);
  const head = Math.min(p.mhs, h - 1);
  const words = TOKENS.animal;
  const { X } = sentenceInputs('animal', D_MODEL);
  const { weights } = multiHead(X, h, p.mhc, 'mh');
  const shown = (w: number[][]) => (p.mhc ? w.map((r, i) => r.map((v, j) => (j > i ? Number.NaN : v))) : w);
  const headOptions = Array.from({ length: h }, (_, i) => ({ value: String(i), label: String(i + 1) }));
  return (
    <div className="ga-att-mh">
      <div className="ga-controls">
        <Segmented label={m.heads} value={String(h) as (typeof HEAD_CHOICES)[number]} options={HEAD_CHOICES.map((v) => ({ value: v, label: v }))}
          onChange={(mh) => set({ mh, mhs: 0 })} />
        <Segmented label={m.head} value={String(head)} options={headOptions} onChange={(v) => set({ mhs: Number(v) })} />
        <Toggle label={m.causal} checked={p.mhc} onChange={(mhc) => set({ mhc })} data-testid="mh-causal" />
      </div>
      <Tex display math={`\\mathrm{MultiHead}(X) = \\mathrm{Concat}(\\mathrm{head}_1,\\dots,\\mathrm{head}_{${h}})\\,W^O,\\quad d_k = d_{\\text{model}}/h = ${D_MODEL}/${h} = ${D_MODEL / h}`} />
      <div data-testid="mh-selected" data-head={head}>
        <Heatmap title={fmt(m.headTitle, { i: head + 1, h })} values={shown(weights[head])} scale="sequential" domain={[0, 1]}
          rowLabels={words} colLabels={words} showValues digits={2} cellSize={34} />
      </div>
      <h3 className="ga-att-subhead">{m.allHeads}</h3>
      <div className="ga-att-row ga-att-heads" data-testid="mh-heads">
        {weights.map((w, i) => (
          <Heatmap key={`${h}-${i}`} title={fmt(m.headTitle, { i: i + 1, h })} values={shown(w)} scale="sequential" domain={[0, 1]} cellSize={12} />
        ))}
      </div>
    </div>
  );
}
