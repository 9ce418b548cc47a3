import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import { tex } from '../../lib/texNumber';
import type { Values } from '../../lib/urlParams';
import { twoLayers } from '../../models/neuron';
import { NumberField } from '../../ui/NumberField';
import { Select } from '../../ui/Select';
import { Tex } from '../../ui/Tex';
import { VectorFields } from '../../ui/VectorFields';
import { FunctionPlot } from '../../viz/FunctionPlot';
import { neuronMessages } from './messages';
import { HIDDEN_CHOICES, type neuronSchema } from './params';

type Params = Values<typeof neuronSchema>;
interface Props { params: Params; set: (patch: Partial<Params>) => void }

const XS = Array.from({ length: 161 }, (_, i) => -4 + i * 0.05);

/** Two stacked layers on a scalar input, against the single line they collapse to without a non-linearity. */
export function LinearCollapse({ params: p, set }: Props) {
  const m = useMessages(neuronMessages);
  const net = twoLayers(p.w1, p.b1, p.w2, p.b2, p.ha);
  const stacked = XS.map((x) => [x, net.at(x)] as [number, number]);
  const collapsed = XS.map((x) => [x, net.V * x + net.c] as [number, number]);
  const options = HIDDEN_CHOICES.map((h) => ({ value: h, label: h === 'identity' ? m.linearNone : m[h] }));
  return (
    <div>
      <div className="ga-controls">
        <VectorFields label={m.hiddenWeights} symbol="w" values={p.w1} onChange={(w1) => set({ w1 })} min={-1000} max={1000} />
        <VectorFields label={m.hiddenBias} symbol="b" values={p.b1} onChange={(b1) => set({ b1 })} min={-1000} max={1000} />
        <VectorFields label={m.outWeights} symbol="v" values={p.w2} onChange={(w2) => set({ w2 })} min={-1000} max={1000} />
        <div className="ga-controls__column">
          <NumberField label={m.outBias} value={p.b2} onChange={(b2) => set({ b2 })} min={-1000} max={1000} step={0.1} />
          <Select label={m.hiddenActivation} value={p.ha} options={options} onChange={(ha) => set({ ha: ha as Params['ha'] })} />
        </div>
      </div>
      <Tex display math={tex`V = W_2W_1 = ${p.w2[0]}\cdot${p.w1[0]} + ${p.w2[1]}\cdot${p.w1[1]} = ${net.V},\quad c = W_2b_1 + b_2 = ${net.c}`} />
      <FunctionPlot title={m.nonlinTitle} xDomain={[-4, 4]} xLabel="x" yLabel="y" width={560} height={300}
        series={[
          { id: 'stacked', label: m.stacked, points: stacked, color: 'var(--series-1)' },
          { id: 'collapsed', label: m.collapsed, points: collapsed, color: 'var(--series-2)', dashed: true },
        ]} />
      <p data-testid="collapse-note">
        {p.ha === 'identity'
          ? fmt(m.collapseNote, { V: formatNumber(net.V, 3), c: formatNumber(net.c, 3) })
          : fmt(m.bentNote, { act: m[p.ha] })}
      </p>
    </div>
  );
}
