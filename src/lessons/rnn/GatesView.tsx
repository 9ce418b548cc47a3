import { fmt, useMessages } from '../../i18n';
import { texNum } from '../../lib/texNumber';
import type { Values } from '../../lib/urlParams';
import { HELL } from '../../models/rnn';
import { gateTimeline, type GateTimeline } from '../../models/rnnGates';
import { NumberField } from '../../ui/NumberField';
import { Toggle } from '../../ui/Toggle';
import { useWidgetActive } from '../../ui/PresenterContext';
import { StepControls } from '../../ui/StepControls';
import { ScrollTex } from '../../ui/ScrollTex';
import { useStepper } from '../../ui/useStepper';
import { Heatmap } from '../../viz/Heatmap';
import { divergingColor } from '../../viz/palettes';
import { rnnMessages } from './messages';
import type { rnnSchema } from './params';

type Params = Values<typeof rnnSchema>;
interface Props { params: Params; set: (patch: Partial<Params>) => void }

export const GATE_SYMBOL: Record<string, string> = { f: 'f', i: 'i', o: 'o', cTilde: 'c̃', c: 'c', h: 'h', z: 'z', r: 'r', hTilde: 'h̃' };
const SUBS = '₀₁₂₃₄₅₆₇₈₉';

/** Heatmap rows/labels of a timeline. */
export function timelineRows(tl: GateTimeline) {
  return { values: tl.rows.map((r) => r.values), labels: tl.rows.map((r) => `${GATE_SYMBOL[r.gate]}${SUBS[r.unit + 1] ?? r.unit + 1}`) };
}

const vec = (v: readonly number[]) => `\\begin{bmatrix}${v.map((x) => texNum(x, 2)).join('&')}\\end{bmatrix}`;

/** The forget gate's formula at step T with its value; the peephole version also reads c_{t−1}. */
export function gateTex(peephole: boolean, T: string, f: readonly number[]): string {
  const prev = String(Number(T) - 1);
  const inputs = peephole ? `h_{${prev}}; x_{${T}}; c_{${prev}}` : `h_{${prev}}; x_{${T}}`;
  return `f_{${T}} = \\sigma(W_f[${inputs}] + b_f) = ${vec(f)}`;
}

/** One row of bars: a labelled vector drawn as coloured squares (a "wire" of the cell). */
function Wire({ label, values }: { label: string; values: readonly number[] }) {
  return (
    <span className="ga-rnn-wire">
      <span className="ga-rnn-wire__label">{label}</span>
      {values.map((v, i) => <span key={i} className="ga-rnn-wire__bar" style={{ background: divergingColor(v, 1) }} title={v.toFixed(3)} />)}
    </span>
  );
}

/** LSTM and GRU on the same word, random seeded weights: gate timelines and the cell's equations at one step. */
export function GatesView({ params: p, set }: Props) {
  const m = useMessages(rnnMessages);
  const ids = [...p.word].map((c) => HELL.vocab.indexOf(c as (typeof HELL.vocab)[number]));
  const lstm = gateTimeline('lstm', ids, 4, 3, { seed: p.gseed, forgetBias: p.gfb, peephole: p.gpp });
  const gru = gateTimeline('gru', ids, 4, 3, { seed: p.gseed });
  const stepper = useStepper({ count: ids.length, index: p.gt, onIndexChange: (gt) => set({ gt }) });
  const t = stepper.index;
  const L = lstm.steps[t];
  const G = gru.steps[t];
  const Lp = t > 0 ? lstm.steps[t - 1] : { c: [0, 0, 0], h: [0, 0, 0] };
  const Gp = t > 0 ? gru.steps[t - 1] : { h: [0, 0, 0] };
  const cols = [...p.word].map((c, k) => `${k + 1}:${c}`);
  const lr = timelineRows(lstm);
  const gr = timelineRows(gru);
  const T = String(t + 1);
  return (
    <div className="ga-rnn-gates">
      <div className="ga-controls">
        <NumberField label={m.seed} value={p.gseed} onChange={(gseed) => set({ gseed })} min={0} max={1e6} integer data-testid="gseed" />
        <NumberField label={m.forgetBias} value={p.gfb} onChange={(gfb) => set({ gfb })} min={-5} max={5} step={0.5} data-testid="gfb" />
        <Toggle label={m.peephole} checked={p.gpp} onChange={(gpp) => set({ gpp })} data-testid="gpp" />
      </div>
      <StepControls stepper={stepper} label={(k) => fmt(m.gatesStep, { t: k + 1, c: p.word[k] })} globalKeys={useWidgetActive()} />
      <div className="ga-rnn-gates__pair">
        <div>
          <h3>{p.gpp ? m.peepholeHeading : 'LSTM'}</h3>
          <ScrollTex label={m.gatesTitle} math={gateTex(p.gpp, T, L.f)} />
          <div className="ga-rnn-wires" data-testid="lstm-wires">
            <Wire label="c_{t−1}" values={Lp.c} /><Wire label="f" values={L.f} /><Wire label="i" values={L.i} />
            <Wire label="c̃" values={L.cTilde} /><Wire label="c_t" values={L.c} /><Wire label="o" values={L.o} /><Wire label="h_t" values={L.h} />
          </div>
          <ScrollTex label={m.gatesTitle} math={`c_{${T}} = f \\odot c_{${String(t)}} + i \\odot \\tilde c = ${vec(L.f)}\\odot${vec(Lp.c)} + ${vec(L.i)}\\odot${vec(L.cTilde)} = ${vec(L.c)}`} />
          <ScrollTex label={m.gatesTitle} math={`h_{${T}} = o \\odot \\tanh(c_{${T}}) = ${vec(L.o)} \\odot \\tanh${vec(L.c)} = ${vec(L.h)}`} />
          <Heatmap title={m.lstmTimeline} values={lr.values} rowLabels={lr.labels} colLabels={cols} scale="diverging" domain={[-1, 1]}
            highlight={lr.values.map((_, r) => ({ row: r, col: t }))} onCellClick={(_, c) => set({ gt: c })} showValues digits={2} cellSize={40} />
        </div>
        <div>
          <h3>GRU</h3>
          <div className="ga-rnn-wires" data-testid="gru-wires">
            <Wire label="h_{t−1}" values={Gp.h} /><Wire label="z" values={G.z} /><Wire label="r" values={G.r} />
            <Wire label="h̃" values={G.hTilde} /><Wire label="h_t" values={G.h} />
          </div>
          <ScrollTex label={m.gatesTitle} math={`h_{${T}} = (1 - z) \\odot h_{${String(t)}} + z \\odot \\tilde h = ${vec(G.z.map((z) => 1 - z))}\\odot${vec(Gp.h)} + ${vec(G.z)}\\odot${vec(G.hTilde)} = ${vec(G.h)}`} />
          <Heatmap title={m.gruTimeline} values={gr.values} rowLabels={gr.labels} colLabels={cols} scale="diverging" domain={[-1, 1]}
            highlight={gr.values.map((_, r) => ({ row: r, col: t }))} onCellClick={(_, c) => set({ gt: c })} showValues digits={2} cellSize={40} />
        </div>
      </div>
    </div>
  );
}
