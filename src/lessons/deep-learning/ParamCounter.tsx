import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import type { Values } from '../../lib/urlParams';
import { countParameters, MAX_LAYERS, MAX_UNITS } from '../../models/paramCount';
import { NumberField } from '../../ui/NumberField';
import { Tex } from '../../ui/Tex';
import { dlMessages, type DlMessages } from './messages';
import type { DlSchema } from './params';

type Params = Values<DlSchema>;
const SHOWN = 6;

/** Columns of circles, one per layer (at most SHOWN drawn, the rest summed up as "⋮"), fully connected. */
function Schematic({ sizes, m }: { sizes: readonly number[]; m: DlMessages }) {
  const W = 560;
  const H = 240;
  const dx = (W - 80) / Math.max(1, sizes.length - 1);
  const ys = (n: number) => Array.from({ length: Math.min(n, SHOWN) }, (_, i) => H / 2 + (i - (Math.min(n, SHOWN) - 1) / 2) * 30);
  return (
    <svg viewBox={`0 0 ${W} ${H + 30}`} width={W} className="ga-dl-net" role="img" aria-label={fmt(m.netLabel, { sizes: sizes.join(' → ') })}>
      {sizes.slice(1).map((n, l) => ys(sizes[l]).flatMap((y0, i) => ys(n).map((y1, j) => (
        <line key={`${l}-${i}-${j}`} x1={40 + l * dx} y1={y0 - 10} x2={40 + (l + 1) * dx} y2={y1 - 10} stroke="var(--border)" />
      ))))}
      {sizes.map((n, l) => (
        <g key={l}>
          {ys(n).map((y, i) => <circle key={i} cx={40 + l * dx} cy={y - 10} r={9} fill={l === 0 ? 'var(--bg-soft)' : 'var(--series-1)'} stroke="var(--fg)" />)}
          {n > SHOWN && <text x={40 + l * dx + 14} y={H / 2 + 4} fontSize={16} fill="var(--fg)">⋮</text>}
          <text x={40 + l * dx} y={H + 20} textAnchor="middle" fontSize={15} fill="var(--fg)">{n}</text>
        </g>
      ))}
    </svg>
  );
}

/** The parameters of a fully connected network the student resizes, counted by the engine on the built network. */
export function ParamCounter({ params: p, set }: { params: Params; set: (patch: Partial<Params>) => void }) {
  const m = useMessages(dlMessages);
  const sizes = p.pn;
  const count = countParameters(sizes);
  const setAt = (i: number, v: number) => set({ pn: sizes.map((x, k) => (k === i ? v : x)) });
  const addLayer = () => set({ pn: [...sizes.slice(0, -1), sizes[sizes.length - 2] ?? 4, sizes[sizes.length - 1]] });
  const removeLayer = () => set({ pn: [...sizes.slice(0, -2), sizes[sizes.length - 1]] });
  const terms = count.layers.map((l) => `${l.inputs}\\cdot ${l.outputs} + ${l.biases}`).join(' + ');
  // The lecture's way of writing it: the first layer's bias as one more input, (n₀ + 1)·n₁, then the rest.
  const lecture = count.layers.map((l, i) => (i === 0 ? `(${l.inputs}+1)\\cdot ${l.outputs}` : `${l.inputs}\\cdot ${l.outputs} + ${l.biases}`)).join(' + ');
  const layerName = (i: number) => (i === 0 ? m.inputLayer : i === sizes.length - 1 ? m.outputLayer : fmt(m.hiddenLayer, { i }));
  return (
    <div className="ga-dl-params">
      <div className="ga-controls">
        {sizes.map((n, i) => (
          <NumberField key={`${i}-${sizes.length}`} label={layerName(i)} value={n} min={1} max={MAX_UNITS} integer size={6}
            onChange={(v) => setAt(i, v)} data-testid={`layer-${i}`} />
        ))}
      </div>
      <div className="ga-controls">
        <button type="button" className="ga-button" onClick={addLayer} disabled={sizes.length >= MAX_LAYERS} data-testid="add-layer">{m.addLayer}</button>
        <button type="button" className="ga-button" onClick={removeLayer} disabled={sizes.length <= 2} data-testid="remove-layer">{m.removeLayer}</button>
        <button type="button" className="ga-button" onClick={() => set({ pn: [3, 4, 1] })}>{m.lectureNet}</button>
        <button type="button" className="ga-button" onClick={() => set({ pn: [784, p.hid, 10] })}>{fmt(m.compareNet, { h: p.hid })}</button>
      </div>
      {sizes.length >= MAX_LAYERS && <p className="ga-dl-muted" role="status">{fmt(m.maxLayers, { n: MAX_LAYERS })}</p>}
      <Schematic sizes={sizes} m={m} />
      <table className="ga-table" data-testid="param-table">
        <thead><tr><th scope="col">{m.colLayer}</th><th scope="col">{m.colWeights}</th><th scope="col">{m.colBiases}</th><th scope="col">{m.colSum}</th></tr></thead>
        <tbody>
          {count.layers.map((l, i) => (
            <tr key={i}><th scope="row">{`${l.inputs} → ${l.outputs}`}</th><td>{`${l.inputs} · ${l.outputs} = ${formatNumber(l.weights, 0)}`}</td>
              <td>{formatNumber(l.biases, 0)}</td><td>{formatNumber(l.weights + l.biases, 0)}</td></tr>
          ))}
        </tbody>
      </table>
      <Tex display math={`${terms} = ${lecture} = ${count.total}`} />
      <p className="ga-readout">
        {m.totalParams} <output data-testid="param-total" data-value={count.total}>{formatNumber(count.total, 0)}</output>
        {!count.built && <> {m.formulaOnly}</>}
      </p>
    </div>
  );
}
