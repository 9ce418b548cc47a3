import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import { texNum } from '../../lib/texNumber';
import type { Values } from '../../lib/urlParams';
import { layerForward } from '../../models/neuron';
import { NumberField } from '../../ui/NumberField';
import { Tex } from '../../ui/Tex';
import { VectorFields } from '../../ui/VectorFields';
import { MatrixView } from '../../viz/MatrixView';
import { ACTIVATION_SYMBOL } from './activationTex';
import { neuronMessages } from './messages';
import type { neuronSchema } from './params';

type Params = Values<typeof neuronSchema>;
interface Props { params: Params; set: (patch: Partial<Params>) => void }

const column = (v: readonly number[]) => `\\begin{bmatrix}${v.map((x) => texNum(x)).join('\\\\')}\\end{bmatrix}`;
const matrix = (W: readonly (readonly number[])[]) => `\\begin{bmatrix}${W.map((r) => r.map((x) => texNum(x)).join(' & ')).join('\\\\')}\\end{bmatrix}`;

/** Two neurons reading the same x: the first row is the neuron above, the second is editable here. */
export function LayerView({ params: p, set }: Props) {
  const m = useMessages(neuronMessages);
  const W = [p.w, p.lw];
  const b = [p.b, p.lb];
  const { z, a } = layerForward(W, b, p.x, p.act, p.alpha);
  const f = ACTIVATION_SYMBOL[p.act];
  return (
    <div>
      <div className="ga-controls">
        <VectorFields label={fmt(m.layerRow, { i: 2 })} symbol="w" values={p.lw} onChange={(lw) => set({ lw })} min={-1000} max={1000} testId="lw" />
        <div className="ga-controls__column">
          <NumberField label={`${m.bias} (${fmt(m.layerRow, { i: 2 })})`} value={p.lb} onChange={(lb) => set({ lb })} min={-1000} max={1000} step={0.1} />
        </div>
      </div>
      <MatrixView title="W" values={W} rowLabels={[fmt(m.layerRow, { i: 1 }), fmt(m.layerRow, { i: 2 })]} colLabels={['x₁', 'x₂', 'x₃']}
        windows={[{ row: 1, col: 0, rows: 1, cols: 3, kind: 'write' }]} colorByValue digits={3} />
      <Tex display math={`\\mathbf{a} = ${f}\\left(${matrix(W)}${column(p.x)} + ${column(b)}\\right) = ${f}\\left(${column(z)}\\right) = ${column(a)}`} />
      <p className="ga-readout">
        a₁ = <output data-testid="layer-a1">{formatNumber(a[0], 4)}</output>, a₂ = <output data-testid="layer-a2">{formatNumber(a[1], 4)}</output>
      </p>
    </div>
  );
}
