import { fmt, useMessages } from '../../i18n';
import { texNum } from '../../lib/texNumber';
import type { Values } from '../../lib/urlParams';
import { bpttTerms, type Matrix } from '../../models/rnn';
import { NumberField } from '../../ui/NumberField';
import { useWidgetActive } from '../../ui/PresenterContext';
import { StepControls } from '../../ui/StepControls';
import { ScrollTex } from '../../ui/ScrollTex';
import { useStepper } from '../../ui/useStepper';
import { MatrixView } from '../../viz/MatrixView';
import { rnnMessages } from './messages';
import type { rnnSchema } from './params';

type Params = Values<typeof rnnSchema>;
interface Props { params: Params; set: (patch: Partial<Params>) => void }

const col = (v: readonly number[]) => `\\begin{bmatrix}${v.map((x) => texNum(x, 3)).join('\\\\')}\\end{bmatrix}`;
const row = (v: readonly number[]) => `\\begin{bmatrix}${v.map((x) => texNum(x, 3)).join('&')}\\end{bmatrix}`;
const round = (M: Matrix) => M.map((r) => r.map((v) => Number(v.toFixed(4))));

/** ∂E_t/∂W as a sum over earlier steps k, one term per step, with the engine's numbers. */
export function BpttView({ params: p, set }: Props) {
  const m = useMessages(rnnMessages);
  const t = Math.min(p.bt, p.word.length - 1);
  const { terms, gradW, loss } = bpttTerms(p.word, t);
  const stepper = useStepper({ count: terms.length, index: p.bk, onIndexChange: (bk) => set({ bk }) });
  const term = terms[stepper.index];
  const k = String(term.k);
  const prod = term.k === t ? '' : `\\prod_{j=${term.k + 1}}^{${t}} \\frac{\\partial h_j}{\\partial h_{j-1}}`;
  return (
    <div>
      <div className="ga-controls">
        <NumberField label={m.bpttLoss} value={p.bt} onChange={(bt) => set({ bt, bk: 0 })} min={1} max={15} integer data-testid="bt" />
      </div>
      <ScrollTex label={m.bpttTitle} math={`E_{${String(t)}} = -\\log y_{${String(t)}}[\\text{${p.word[t]}}] = ${texNum(loss, 4)}`} />
      <StepControls stepper={stepper} label={(i) => fmt(m.bpttStep, { k: terms[i].k })} globalKeys={useWidgetActive()} />
      <ScrollTex label={m.bpttTitle} math={`\\frac{\\partial E_{${String(t)}}}{\\partial h_{${k}}} = \\frac{\\partial E_{${String(t)}}}{\\partial y_{${String(t)}}}\\frac{\\partial y_{${String(t)}}}{\\partial h_{${String(t)}}}${prod} = ${row(term.delta)}`} />
      <ScrollTex label={m.bpttTitle} math={`g_{${k}} = \\frac{\\partial E}{\\partial h_{${k}}} \\odot (1 - h_{${k}}^2) = ${row(term.g)}, \\qquad \\text{term}_{${k}} = g_{${k}}\\, h_{${String(term.k - 1)}}^\\top,\\ h_{${String(term.k - 1)}} = ${col(term.hPrev)}`} />
      <div className="ga-rnn-bptt__mats" data-testid="bptt-mats">
        <MatrixView title={fmt(m.bpttTerm, { k: term.k })} values={round(term.term)} colorByValue digits={4} />
        <MatrixView title={fmt(m.bpttPartial, { k: term.k, t })} values={round(term.partial)} colorByValue digits={4} />
        <MatrixView title={m.bpttEngine} values={round(gradW)} colorByValue digits={4} />
      </div>
    </div>
  );
}
