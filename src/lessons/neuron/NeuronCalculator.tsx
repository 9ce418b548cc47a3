import { useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import { tex, texNum } from '../../lib/texNumber';
import type { Values } from '../../lib/urlParams';
import { ACTIVATION_NAMES, activationAt, neuronForward, type ActivationName } from '../../models/neuron';
import { NumberField } from '../../ui/NumberField';
import { useWidgetActive } from '../../ui/PresenterContext';
import { Select } from '../../ui/Select';
import { FormulaSteps } from '../../ui/FormulaSteps';
import { StepControls } from '../../ui/StepControls';
import { useStepper } from '../../ui/useStepper';
import { VectorFields } from '../../ui/VectorFields';
import { ACTIVATION_SYMBOL } from './activationTex';
import { neuronMessages } from './messages';
import { NeuronDiagram } from './NeuronDiagram';
import { DECK_EXAMPLE, type neuronSchema } from './params';

type Params = Values<typeof neuronSchema>;
interface Props { params: Params; set: (patch: Partial<Params>) => void }

/**
 * The three steps of a neuron's forward pass as TeX lines with the live numbers substituted. `stacked` puts the
 * products one per line (presenter mode: the single line is wider than half a 1280-px projector screen).
 */
function stepFormulas(p: Params, s: ReturnType<typeof neuronForward>, stacked = false): string[] {
  const products = p.w.map((wi, i) => tex`w_${String(i + 1)}x_${String(i + 1)} = ${wi}\cdot${p.x[i]} = ${s.products[i]}`);
  const sum = `z = ${s.products.map((v, i) => (i === 0 ? texNum(v) : tex`+ ${v}`)).join(' ')} ${tex`+ ${p.b}`} = ${texNum(s.z)}`;
  const act = `a = ${ACTIVATION_SYMBOL[p.act]}(${texNum(s.z)}) = ${texNum(s.a)}`;
  const productLine = stacked ? `\\begin{gathered}${products.join(', \\\\ ')}\\end{gathered}` : products.join(',\\quad ');
  return [productLine, sum, act];
}

export function NeuronCalculator({ params: p, set }: Props) {
  const m = useMessages(neuronMessages);
  const stepper = useStepper({ count: 3, index: p.step, onIndexChange: (step) => set({ step }) });
  const s = neuronForward(p.w, p.x, p.b, p.act, p.alpha);
  const presenting = useWidgetActive();
  const formulas = stepFormulas(p, s, presenting);
  const stepLabels = [m.stepProducts, m.stepSum, m.stepActivate];
  const options = ACTIVATION_NAMES.map((name) => ({ value: name, label: m[name] }));
  return (
    <div className="ga-neuron-calc">
      <div className="ga-controls">
        <VectorFields label={m.inputs} symbol="x" values={p.x} onChange={(x) => set({ x })} min={-1000} max={1000} testId="x" />
        <VectorFields label={m.weights} symbol="w" values={p.w} onChange={(w) => set({ w })} min={-1000} max={1000} testId="w" />
        <div className="ga-controls__column">
          <NumberField label={m.bias} value={p.b} onChange={(b) => set({ b })} min={-1000} max={1000} step={0.1} data-testid="b" />
          <Select label={m.activation} value={p.act} options={options} onChange={(act) => set({ act: act as ActivationName })} />
          {p.act === 'leakyRelu' && <NumberField label={m.alpha} value={p.alpha} onChange={(alpha) => set({ alpha })} min={0} max={1} step={0.01} />}
          <button type="button" className="ga-button" onClick={() => set({ ...DECK_EXAMPLE, act: 'sigmoid', step: 2 })}>{m.preset}</button>
        </div>
      </div>
      <NeuronDiagram x={p.x} w={p.w} z={stepper.index >= 1 ? s.z : null} a={stepper.index >= 2 ? s.a : null}
        fName={m[p.act]} step={stepper.index} />
      <FormulaSteps formulas={formulas} labels={stepLabels} index={stepper.index} title={m.calcTitle} />
      <StepControls stepper={stepper} label={(k) => stepLabels[k]} globalKeys={presenting} />
      <p className="ga-readout">
        {m.weightedSum}: <output data-testid="neuron-z">{formatNumber(s.z, 4)}</output>
        {' · '}{m.output} a = {m[p.act]}(z): <output data-testid="neuron-a">{formatNumber(s.a, 4)}</output>
      </p>
      <ActivationTable z={s.z} alpha={p.alpha} current={p.act} />
    </div>
  );
}

/** The same z through every activation, so the deck's σ and tanh values sit side by side. */
function ActivationTable({ z, alpha, current }: { z: number; alpha: number; current: ActivationName }) {
  const m = useMessages(neuronMessages);
  return (
    <table className="ga-table" data-testid="activation-table">
      <caption>{m.allActivations} (z = {formatNumber(z, 4)})</caption>
      <thead><tr><th scope="col">{m.colActivation}</th><th scope="col">{m.colValue}</th><th scope="col">{m.colSlope}</th></tr></thead>
      <tbody>
        {ACTIVATION_NAMES.filter((n) => n !== 'identity').map((name) => {
          const r = activationAt(name, z, alpha);
          return (
            <tr key={name} className={name === current ? 'ga-table__current' : ''} data-testid={`act-row-${name}`}>
              <th scope="row">{m[name]}</th>
              <td data-testid={`act-${name}`}>{formatNumber(r.a, 4)}</td>
              <td>{formatNumber(r.slope, 4)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
