import { useMemo } from 'react';
import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import { tex, texNum } from '../../lib/texNumber';
import type { Values } from '../../lib/urlParams';
import { PRELU_STEPS, fitPreluAlpha } from '../../models/preluFit';
import { NumberField } from '../../ui/NumberField';
import { useWidgetActive } from '../../ui/PresenterContext';
import { StepControls } from '../../ui/StepControls';
import { Tex } from '../../ui/Tex';
import { useStepper } from '../../ui/useStepper';
import { FunctionPlot } from '../../viz/FunctionPlot';
import { neuronMessages } from './messages';
import type { neuronSchema } from './params';

type Params = Values<typeof neuronSchema>;
interface Props { params: Params; set: (patch: Partial<Params>) => void }

const ZS = Array.from({ length: 81 }, (_, i) => -2 + i * 0.05);
const curve = (alpha: number) => ZS.map((z) => [z, z > 0 ? z : alpha * z] as [number, number]);

/** PReLU's slope α learned by gradient descent (engine autograd) from data made with slope α*. */
export function PreluLearner({ params: p, set }: Props) {
  const m = useMessages(neuronMessages);
  const run = useMemo(() => fitPreluAlpha(p.pt, p.pa0, p.plr, PRELU_STEPS), [p.pt, p.pa0, p.plr]);
  const stepper = useStepper({ count: PRELU_STEPS + 1, index: p.pk, onIndexChange: (pk) => set({ pk }) });
  const k = stepper.index;
  const s = run[k];
  const next = s.alpha - p.plr * s.grad;
  const diverging = !Number.isFinite(s.alpha) || Math.abs(s.alpha) > 1e6;
  return (
    <div>
      <div className="ga-controls">
        <NumberField label={m.preluTarget} value={p.pt} onChange={(pt) => set({ pt, pk: 0 })} min={-1} max={1} step={0.05} data-testid="prelu-target" />
        <NumberField label={m.preluStart} value={p.pa0} onChange={(pa0) => set({ pa0, pk: 0 })} min={-1} max={1} step={0.05} data-testid="prelu-start" />
        <NumberField label={m.preluLr} value={p.plr} onChange={(plr) => set({ plr, pk: 0 })} min={0} max={10} step={0.1} data-testid="prelu-lr" />
      </div>
      <Tex display math={`\\frac{\\partial L}{\\partial \\alpha} = \\frac{1}{n}\\sum_{z_i < 0} (y_i - t_i)\\, z_i = ${texNum(s.grad)},\\qquad ` +
        tex`\alpha \leftarrow ${s.alpha} - ${p.plr}\cdot${s.grad} = ${next}`} />
      <StepControls stepper={stepper} label={(i) => fmt(m.preluStep, { k: i, alpha: formatNumber(run[i].alpha, 4), loss: formatNumber(run[i].loss, 5) })}
        globalKeys={useWidgetActive()} />
      <p className="ga-readout">
        α = <output data-testid="prelu-alpha">{formatNumber(s.alpha, 6)}</output>
        {' · '}L = <output data-testid="prelu-loss">{formatNumber(s.loss, 6)}</output>
        {' · '}∂L/∂α = <output data-testid="prelu-grad">{formatNumber(s.grad, 6)}</output>
      </p>
      {diverging ? <p role="alert">{m.preluDiverged}</p> : (
        <FunctionPlot title={m.preluPlot} xDomain={[-2, 2]} yDomain={[-2, 2]} xLabel="z" yLabel="y" width={520} height={300}
          series={[
            { id: 'data', label: fmt(m.preluData, { a: formatNumber(p.pt, 3) }), points: curve(p.pt), color: 'var(--series-2)', dashed: true },
            { id: 'unit', label: fmt(m.preluUnit, { a: formatNumber(s.alpha, 3) }), points: curve(s.alpha), color: 'var(--series-1)' },
          ]} />
      )}
    </div>
  );
}
