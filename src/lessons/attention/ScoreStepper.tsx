import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import { tex, texNum } from '../../lib/texNumber';
import type { Values } from '../../lib/urlParams';
import { scoreAll, type ScoreResult } from '../../models/attention';
import { useWidgetActive } from '../../ui/PresenterContext';
import { Select } from '../../ui/Select';
import { FormulaSteps } from '../../ui/FormulaSteps';
import { ScrollTex } from '../../ui/ScrollTex';
import { StepControls } from '../../ui/StepControls';
import { Tex } from '../../ui/Tex';
import { useStepper } from '../../ui/useStepper';
import { VectorFields } from '../../ui/VectorFields';
import { AlphaBars } from './AlphaBars';
import { ContextArrows } from './ContextArrows';
import { attentionMessages } from './messages';
import { SCORE_KINDS, SCORE_PRESET, SCORE_WEIGHTS, type AttentionSchema } from './params';

type Params = Values<AttentionSchema>;
type Kind = (typeof SCORE_KINDS)[number];
interface Props { params: Params; set: (patch: Partial<Params>) => void }

const v2 = (v: readonly number[]) => tex`[${v[0]}, ${v[1]}]`;

/** The score formula for h_i with the live numbers. */
function scoreTex(kind: Kind, i: number, h: number[], s: number[], e: number): string {
  const hi = `h_${i + 1}`;
  switch (kind) {
    case 'dot': return tex`${hi}^\top s = ${h[0]}\cdot${s[0]} + ${h[1]}\cdot${s[1]} = ${e}`;
    case 'scaledDot': return tex`${hi}^\top s/\sqrt{2} = (${h[0]}\cdot${s[0]} + ${h[1]}\cdot${s[1]})/1.4142 = ${e}`;
    case 'bilinear': return `${hi}^\\top W s = ${v2(h)}\\,W\\,${v2(s)}^\\top = ${texNum(e)}`;
    case 'mlp': return `w_2^\\top\\tanh(W_1[${hi}; s]) = w_2^\\top\\tanh(W_1[${texNum(h[0])}, ${texNum(h[1])}, ${texNum(s[0])}, ${texNum(s[1])}]) = ${texNum(e)}`;
    case 'cosine': return `\\frac{${hi}\\cdot s}{\\lVert ${hi}\\rVert\\lVert s\\rVert} = ${texNum(e)}`;
  }
}

function stepFormulas(kind: Kind, H: number[][], s: number[], r: ScoreResult): string[] {
  const e = r.scores[kind];
  const scores = H.map((h, i) => scoreTex(kind, i, h, s, e[i])).join('\\\\');
  const denom = e.map((v) => tex`e^{${v}}`).join(' + ');
  const soft = r.alpha.map((a, i) => tex`\alpha_${String(i + 1)} = e^{${e[i]}}/(${denom}) = ${a}`).join('\\\\');
  const terms = r.alpha.map((a, i) => `${texNum(a)}\\,${v2(H[i])}`).join(' + ');
  const ctx = `c = ${terms} = ${v2(r.context)}`;
  return [`\\begin{gathered}${scores}\\end{gathered}`, `\\begin{gathered}${soft}\\end{gathered}`, ctx];
}

const rowT = (v: readonly number[]) => `\\begin{bmatrix}${v.map((x) => texNum(x)).join('&')}\\end{bmatrix}`;
const matT = (M: readonly (readonly number[])[]) => `\\begin{bmatrix}${M.map((r) => r.map((x) => texNum(x)).join('&')).join('\\\\')}\\end{bmatrix}`;

/** The same read in query/key/value matrix form: Q = sᵀ, K = V = H (rows h_i), A = softmax(QKᵀ)V = c. */
export function qkvTex(kind: Kind, H: number[][], s: number[], r: ScoreResult): string {
  const scaled = kind === 'scaledDot' ? '/\\sqrt{2}' : '';
  return `Q = s^\\top = ${rowT(s)},\\; K = V = ${matT(H)};\\quad \\operatorname{softmax}(QK^\\top${scaled})\\,V = \\operatorname{softmax}(${rowT(r.scores[kind])})\\,V = ${rowT(r.alpha)}\\,V = ${rowT(r.context)}`;
}

/** Deck 003's example c⁰ = 0.5h¹ + 0.5h²: two encoder states tie, the third scores far lower. */
export const DECK_CONTEXT_PRESET = { h1: [8, 2], h2: [8, -2], h3: [-8, 0], s: [1, 0] };

export function ScoreStepper({ params: p, set }: Props) {
  const m = useMessages(attentionMessages);
  const stepper = useStepper({ count: 3, index: p.sst, onIndexChange: (sst) => set({ sst }) });
  const H = [p.h1, p.h2, p.h3];
  const r = scoreAll(H, p.s, SCORE_WEIGHTS, p.sk);
  const formulas = stepFormulas(p.sk, H, p.s, r);
  const labels = [m.stepScores, m.stepSoftmax, m.stepContext];
  const kinds = SCORE_KINDS.map((k) => ({ value: k, label: m[k] }));
  const sum = r.alpha.reduce((a, b) => a + b, 0);
  const fields = (['h1', 'h2', 'h3'] as const).map((key, i) => (
    <VectorFields key={key} label={fmt(m.encoderState, { i: i + 1 })} symbol={`h${i + 1}`} values={p[key]} min={-100} max={100}
      onChange={(v) => set({ [key]: v } as Partial<Params>)} testId={key} />
  ));
  return (
    <div className="ga-att-scores">
      <div className="ga-controls">
        {fields}
        <VectorFields label={m.decoderState} symbol="s" values={p.s} min={-100} max={100} onChange={(s) => set({ s })} testId="s" />
        <div className="ga-controls__column">
          <Select label={m.scoreFunction} value={p.sk} options={kinds} onChange={(sk) => set({ sk: sk as Kind })} />
          <button type="button" className="ga-button" onClick={() => set({ ...SCORE_PRESET, sk: 'dot', sst: 2 })}>{m.preset}</button>
          <button type="button" className="ga-button" onClick={() => set({ ...DECK_CONTEXT_PRESET, sk: 'dot', sst: 2 })} data-testid="deck-c0">{m.deckC0}</button>
        </div>
      </div>
      <p className="ga-att-weights"><span>{m.weightsUsed}: </span>
        <Tex math={'W = \\begin{bmatrix}1 & 0.5\\\\ 0 & 1\\end{bmatrix},\\; W_1 = \\begin{bmatrix}1&0&0&1\\\\0&1&1&0\\end{bmatrix},\\; w_2 = [1, -1]'} />
      </p>
      <FormulaSteps formulas={formulas} labels={labels} index={stepper.index} title={m.scoresTitle} />
      <StepControls stepper={stepper} label={(k) => labels[k]} globalKeys={useWidgetActive()} />
      {stepper.index >= 2 && (p.sk === 'dot' || p.sk === 'scaledDot')
        ? <ScrollTex label={m.qkvTitle} testId="qkv" math={qkvTex(p.sk, H, p.s, r)} />
        : stepper.index >= 2 && <p className="ga-att-note">{m.qkvOnlyDot}</p>}
      <div className="ga-att-row">
        <ScoreTable r={r} current={p.sk} />
        {stepper.index >= 1 && <AlphaBars title={m.alphaTitle} values={r.alpha} labels={['α₁', 'α₂', 'α₃']} testId="alpha" />}
        <ContextArrows title={m.arrowsTitle} H={H} s={p.s} alpha={stepper.index >= 1 ? r.alpha : null} context={stepper.index >= 2 ? r.context : null} />
      </div>
      <p className="ga-readout">
        {m.alphaSum}: <output data-testid="alpha-sum" data-value={sum}>{formatNumber(sum, 6)}</output>
        {stepper.index >= 2 && <>{' · '}{m.context}: <output data-testid="context">[{r.context.map((v) => formatNumber(v, 4)).join(', ')}]</output></>}
      </p>
    </div>
  );
}

function ScoreTable({ r, current }: { r: ScoreResult; current: Kind }) {
  const m = useMessages(attentionMessages);
  return (
    <table className="ga-table" data-testid="score-table">
      <caption>{m.allScores}</caption>
      <thead><tr><th scope="col">{m.colFunction}</th><th scope="col">e₁</th><th scope="col">e₂</th><th scope="col">e₃</th></tr></thead>
      <tbody>
        {SCORE_KINDS.map((k) => (
          <tr key={k} className={k === current ? 'ga-table__current' : ''}>
            <th scope="row">{m[k]}</th>
            {r.scores[k].map((v, i) => <td key={i} data-testid={`score-${k}-${i}`} data-value={v}>{formatNumber(v, 4)}</td>)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
