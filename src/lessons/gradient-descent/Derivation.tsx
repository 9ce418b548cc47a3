import { useMessages } from '../../i18n';
import { useWidgetActive } from '../../ui/PresenterContext';
import { FormulaSteps } from '../../ui/FormulaSteps';
import { StepControls } from '../../ui/StepControls';
import { useStepper } from '../../ui/useStepper';
import { gdMessages } from './messages';
import type { Params } from './params';


/** The derivation of ∂E/∂wᵢ (decks 000 and 004) as data: one line per step. */
const LINES = [
  '\\frac{\\partial E}{\\partial w_i} = \\frac{\\partial}{\\partial w_i}\\,\\frac12\\sum_d (t_d - o_d)^2',
  '= \\frac12\\sum_d \\frac{\\partial}{\\partial w_i}(t_d - o_d)^2',
  '= \\frac12\\sum_d 2\\,(t_d - o_d)\\,\\frac{\\partial}{\\partial w_i}(t_d - o_d)',
  '= \\sum_d (t_d - o_d)\\,\\frac{\\partial}{\\partial w_i}\\left(t_d - \\mathbf{w}\\cdot\\mathbf{x}_d\\right)',
  '= \\sum_d (t_d - o_d)\\,(-x_{i,d})',
];

export function Derivation({ params: p, set }: { params: Params; set: (patch: Partial<Params>) => void }) {
  const m = useMessages(gdMessages);
  const stepper = useStepper({ count: LINES.length, index: p.dv, onIndexChange: (dv) => set({ dv }) });
  const labels = [m.deriv0, m.deriv1, m.deriv2, m.deriv3, m.deriv4];
  return (
    <div>
      <FormulaSteps formulas={LINES} labels={labels} index={stepper.index} title={m.derivTitle} data-testid="derivation" />
      <StepControls stepper={stepper} label={(k) => labels[k]} globalKeys={useWidgetActive()} />
    </div>
  );
}
