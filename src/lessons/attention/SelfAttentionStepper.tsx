import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import type { Values } from '../../lib/urlParams';
import { selfAttention } from '../../models/attention';
import { useWidgetActive } from '../../ui/PresenterContext';
import { StepControls } from '../../ui/StepControls';
import { Tex } from '../../ui/Tex';
import { Segmented, Toggle } from '../../ui/Toggle';
import { useStepper } from '../../ui/useStepper';
import { Heatmap } from '../../viz/Heatmap';
import { attentionMessages } from './messages';
import { SENTENCES, type AttentionSchema } from './params';
import { sentenceInputs, TOKENS } from './sentences';

type Params = Values<AttentionSchema>;
interface Props { params: Params; set: (patch: Partial<Params>) => void }

const dims = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);

export function SelfAttentionStepper({ params: p, set }: Props) {
  const m = useMessages(attentionMessages);
  const labels = [m.stX, m.stQKV, m.stS, m.stScaled, m.stA, m.stZ];
  const stepper = useStepper({ count: labels.length, index: p.sast, onIndexChange: (sast) => set({ sast }) });
  const words = TOKENS[p.sa];
  const { X, Wq, Wk, Wv } = sentenceInputs(p.sa);
  const t = selfAttention(X, Wq, Wk, Wv, p.sac);
  const k = stepper.index;
  const cell = words.length > 4 ? 30 : 44;
  const mat = (title: string, values: number[][], cols: string[], scale: 'diverging' | 'sequential' = 'diverging', testId?: string) => (
    <div data-testid={testId}>
      <Heatmap title={title} values={values} scale={scale} rowLabels={words} colLabels={cols} showValues digits={2} cellSize={cell}
        domain={scale === 'sequential' ? [0, 1] : undefined} />
    </div>
  );
  const sums = t.A.map((r) => r.reduce((a, b) => a + b, 0));
  return (
    <div className="ga-att-self">
      <div className="ga-controls">
        <Segmented label={m.sentence} value={p.sa} options={SENTENCES.map((s) => ({ value: s, label: m[s], lang: 'en' }))} onChange={(sa) => set({ sa })} />
        <Toggle label={m.causal} checked={p.sac} onChange={(sac) => set({ sac })} data-testid="self-causal" />
      </div>
      <Tex display math={`Z = \\mathrm{softmax}\\!\\left(\\frac{QK^\\top}{\\sqrt{d_k}}\\right)V,\\quad d_k = ${t.dk},\\ \\sqrt{d_k} = ${formatNumber(Math.sqrt(t.dk), 4)}`} />
      <StepControls stepper={stepper} label={(i) => labels[i]} globalKeys={useWidgetActive()} />
      <div className="ga-att-row" data-testid="self-matrices">
        {k === 0 && mat(m.matX, X, dims(X[0].length, 'x'))}
        {k >= 1 && k <= 2 && mat(m.matQ, t.Q, dims(t.dk, 'q'))}
        {k >= 1 && k <= 2 && mat(m.matK, t.K, dims(t.dk, 'k'))}
        {k === 1 && mat(m.matV, t.V, dims(t.dk, 'v'))}
        {k === 2 && mat(m.matS, t.S, words, 'diverging', 'self-S')}
        {k === 3 && mat(m.matS, t.S, words)}
        {k === 3 && mat(m.matScaled, t.scaled, words, 'diverging', 'self-scaled')}
        {k >= 4 && mat(m.matA, p.sac ? t.A.map((r, i) => r.map((v, j) => (j > i ? Number.NaN : v))) : t.A, words, 'sequential', 'self-A')}
        {k === 5 && mat(m.matV, t.V, dims(t.dk, 'v'))}
        {k === 5 && mat(m.matZ, t.Z, dims(t.dk, 'z'), 'diverging', 'self-Z')}
      </div>
      {k >= 4 && (
        <p className="ga-readout">
          {m.rowSums}: <output data-testid="self-rowsums">{sums.map((v) => formatNumber(v, 4)).join(', ')}</output>
          {p.sac && <><br />{m.maskNote}</>}
        </p>
      )}
      <p className="ga-att-note">{fmt(m.selfNote, {})}</p>
    </div>
  );
}
