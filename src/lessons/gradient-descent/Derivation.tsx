import { useMessages } from '../../i18n';
import { useWidgetActive } from '../../ui/PresenterContext';
import { StepControls } from '../../ui/StepControls';
import { Tex } from '../../ui/Tex';
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
      <ol className="ga-steps" aria-label={m.derivTitle} data-testid="derivation">
        {LINES.map((line, i) => (
          <li key={i} className={i === stepper.index ? 'ga-steps__current' : i > stepper.index ? 'ga-steps__future' : ''}
            aria-current={i === stepper.index ? 'step' : undefined}>
            <span className="ga-steps__label">{labels[i]}</span>
            {i <= stepper.index && <Tex math={line} display />}
          </li>
        ))}
      </ol>
      <StepControls stepper={stepper} label={(k) => labels[k]} globalKeys={useWidgetActive()} />
    </div>
  );
}
