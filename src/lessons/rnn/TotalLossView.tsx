import { fmt, useMessages } from '../../i18n';
import { texNum } from '../../lib/texNumber';
import type { Values } from '../../lib/urlParams';
import { HELL, type Matrix } from '../../models/rnn';
import { partialSum, TOTAL_PARAMS, totalLoss, type TotalParam, type TotalStep } from '../../models/rnnTotal';
import { useWidgetActive } from '../../ui/PresenterContext';
import { ScrollTex } from '../../ui/ScrollTex';
import { StepControls } from '../../ui/StepControls';
import { Segmented } from '../../ui/Toggle';
import { useStepper } from '../../ui/useStepper';
import { MatrixView } from '../../viz/MatrixView';
import { rnnMessages } from './messages';
import type { rnnSchema } from './params';

type Params = Values<typeof rnnSchema>;
interface Props { params: Params; set: (patch: Partial<Params>) => void }

const row = (v: readonly number[], d = 3) => `\\begin{bmatrix}${v.map((x) => texNum(x, d)).join('&')}\\end{bmatrix}`;
const round = (M: Matrix) => M.map((r) => r.map((v) => Number(v.toFixed(4))));

/** Each parameter's per-step term, in symbols: δy_t = y_t − p_t, g_t = ∂E/∂a_t. */
const TERM_TEX: Record<TotalParam, (t: string) => string> = {
  V: (t) => `(y_{${t}} - p_{${t}})\\,h_{${t}}^\\top`,
  c: (t) => `y_{${t}} - p_{${t}}`,
  W: (t) => `g_{${t}}\\,h_{${String(Number(t) - 1)}}^\\top`,
  U: (t) => `g_{${t}}\\,x_{${t}}^\\top`,
  b: (t) => `g_{${t}}`,
};

/** H(p, q) = −Σ p log q at one step, every term written out. */
export function crossEntropyTex(s: TotalStep, vocab: readonly string[]): string {
  const terms = s.p.map((p, i) => `${String(p)}\\cdot\\log ${texNum(s.q[i], 3)}`).join(' + ');
  return `E_{${String(s.t)}} = H(p_{${String(s.t)}}, y_{${String(s.t)}}) = -\\textstyle\\sum_x p(x)\\log q(x) = -(${terms}) = -\\log y_{${String(s.t)}}[\\text{${s.target}}] = ${texNum(s.loss, 4)}`
    + `\\quad (x \\in \\{${vocab.join(',')}\\})`;
}

/** E = Σ_t E_t on the hell example and the gradients of V, W, U, b, c as sums over time, step by step. */
export function TotalLossView({ params: p, set }: Props) {
  const m = useMessages(rnnMessages);
  const r = totalLoss(p.word);
  const stepper = useStepper({ count: r.steps.length, index: p.tt, onIndexChange: (tt) => set({ tt }) });
  const s = r.steps[stepper.index];
  const T = String(s.t);
  const param = p.tp;
  const losses = r.steps.map((x) => texNum(x.loss, 4)).join(' + ');
  const sumTex = `\\frac{\\partial E}{\\partial ${param}} = \\sum_{t=1}^{${String(r.steps.length)}} ${TERM_TEX[param]('t')}`;
  return (
    <div className="ga-rnn-total">
      <ScrollTex label={m.totalTitle} testId="total-loss" math={`E = \\sum_t E_t = ${losses} = ${texNum(r.total, 4)}`} />
      <div className="ga-controls">
        <Segmented label={m.totalParam} value={param} options={TOTAL_PARAMS.map((k) => ({ value: k, label: k }))} onChange={(tp) => set({ tp })} />
      </div>
      <StepControls stepper={stepper} label={(k) => fmt(m.totalStep, { t: k + 1, c: r.steps[k].target })} globalKeys={useWidgetActive()} />
      <ScrollTex label={m.totalTitle} testId="total-ce" math={crossEntropyTex(s, HELL.vocab)} />
      <ScrollTex label={m.totalTitle} math={`y_{${T}} - p_{${T}} = ${row(s.dz)}, \\qquad g_{${T}} = \\frac{\\partial E}{\\partial a_{${T}}} = ${row(s.da)}, \\qquad ${sumTex}`} />
      <div className="ga-rnn-bptt__mats" data-testid="total-mats" data-param={param} data-total={r.total} data-loss={s.loss}
        data-partial={partialSum(r.steps, param, stepper.index + 1).flat().join(',')} data-engine={r.grads[param].flat().join(',')}>
        <MatrixView title={fmt(m.totalTerm, { t: s.t, p: param })} values={round(s.terms[param])} colorByValue digits={4} />
        <MatrixView title={fmt(m.totalPartial, { t: s.t })} values={round(partialSum(r.steps, param, stepper.index + 1))} colorByValue digits={4} />
        <MatrixView title={fmt(m.totalEngine, { p: param })} values={round(r.grads[param])} colorByValue digits={4} />
      </div>
    </div>
  );
}
