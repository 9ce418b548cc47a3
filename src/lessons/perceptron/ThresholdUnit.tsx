import { useMessages } from '../../i18n';
import { tex } from '../../lib/texNumber';
import type { Values } from '../../lib/urlParams';
import { thresholdOutput } from '../../models/perceptron';
import { Tex } from '../../ui/Tex';
import { NumberField } from '../../ui/NumberField';
import { VectorFields } from '../../ui/VectorFields';
import { perceptronMessages } from './messages';
import type { perceptronSchema } from './params';

type Params = Values<typeof perceptronSchema>;
interface Props { params: Params; set: (patch: Partial<Params>) => void }

const VECTOR_FORM = 'o(\\mathbf{x}) = \\begin{cases} 1 & \\text{if } w_0 + \\mathbf{w}\\cdot\\mathbf{x} > 0 \\\\ -1 & \\text{otherwise} \\end{cases}';

/** o(x) for editable weights and inputs, with the live numbers in the formula. */
export function ThresholdUnit({ params: p, set }: Props) {
  const m = useMessages(perceptronMessages);
  const [w0, w1, w2] = p.tw;
  const [x1, x2] = p.tx;
  const { net, o } = thresholdOutput(p.tw, x1, x2);
  return (
    <div>
      <div className="ga-controls">
        <fieldset className="ga-vector">
          <legend>{m.unitWeights}</legend>
          <div className="ga-vector__entries">
            {['w₀', 'w₁', 'w₂'].map((label, i) => (
              <NumberField key={label} label={label} value={p.tw[i]} min={-1000} max={1000} step={0.1} size={6} data-testid={`tw-${i}`}
                onChange={(v) => set({ tw: p.tw.map((old, j) => (j === i ? v : old)) })} />
            ))}
          </div>
        </fieldset>
        <VectorFields label={m.unitInputs} symbol="x" values={p.tx} onChange={(tx) => set({ tx })} min={-1000} max={1000} testId="tx" />
      </div>
      <Tex display math={VECTOR_FORM} />
      <Tex display math={tex`w_0 + w_1x_1 + w_2x_2 = ${w0} + ${w1}\cdot${x1} + ${w2}\cdot${x2} = ${net} ${net > 0 ? '> 0' : '\\le 0'} \;\Rightarrow\; o = ${String(o)}`} />
      <p className="ga-readout">{m.unitOut}: <output data-testid="unit-o">{o}</output></p>
    </div>
  );
}
