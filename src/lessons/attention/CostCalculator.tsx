import { useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import { layerCost } from '../../models/attention';
import { NumberField } from '../../ui/NumberField';
import { Tex } from '../../ui/Tex';
import { FunctionPlot } from '../../viz/FunctionPlot';
import { attentionMessages } from './messages';
import { COST_PRESET } from './params';

interface Props { n: number; d: number; k: number; set: (patch: { cn?: number; cd?: number; ck?: number }) => void }

const SUPERSCRIPT: Record<string, string> = { '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '-': '⁻' };
/** Large counts in scientific form with a real superscript exponent: 4e+9 → "4.00 × 10⁹". */
const sci = (x: number) => {
  if (!Number.isFinite(x) || x < 1e6) return formatNumber(x, 0);
  const [mant, exp] = x.toExponential(2).split('e');
  return `${mant} × 10${[...exp.replace('+', '')].map((ch) => SUPERSCRIPT[ch] ?? ch).join('')}`;
};

/** The decks' cost table with a calculator and a plot over n. */
export function CostCalculator({ n, d, k, set }: Props) {
  const m = useMessages(attentionMessages);
  const c = layerCost(n, d, k);
  const rows = [
    { id: 'self', label: m.rowSelf, order: 'O(n^2\\cdot d)', count: '4\\,n^2 d', ops: c.selfAttention, path: 'O(1)', seq: 'O(1)' },
    { id: 'rnn', label: m.rowRnn, order: 'O(n\\cdot d^2)', count: '16\\,n d^2', ops: c.rnn, path: 'O(n)', seq: 'O(n)' },
    { id: 'conv', label: m.rowConv, order: 'O(k\\cdot n\\cdot d^2)', count: '2k\\,n d^2', ops: c.conv, path: 'O(n/k)', seq: 'O(1)' },
  ];
  const nMax = Math.max(2 * n, 10);
  const xs = Array.from({ length: 60 }, (_, i) => (nMax * (i + 1)) / 60);
  const series = (f: (x: number) => number, id: string, label: string) => ({ id, label, points: xs.map((x): [number, number] => [x, f(x) / 1e9]) });
  return (
    <div>
      <div className="ga-controls">
        <NumberField label={m.costN} value={n} min={1} max={1e7} integer onChange={(cn) => set({ cn })} data-testid="cost-n" />
        <NumberField label={m.costD} value={d} min={1} max={1e5} integer onChange={(cd) => set({ cd })} data-testid="cost-d" />
        <NumberField label={m.costK} value={k} min={1} max={99} integer onChange={(ck) => set({ ck })} data-testid="cost-k" />
        <button type="button" className="ga-button" onClick={() => set({ cn: COST_PRESET.n, cd: COST_PRESET.d, ck: COST_PRESET.k })}>{m.costPreset}</button>
      </div>
      <table className="ga-table" data-testid="cost-table">
        <thead><tr><th scope="col">{m.colLayer}</th><th scope="col">{m.colOrder}</th><th scope="col">{m.colCount}</th><th scope="col">{m.colOps}</th><th scope="col">{m.colPath}</th><th scope="col">{m.colSeq}</th></tr></thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.label}</th>
              <td><Tex math={r.order} /></td>
              <td><Tex math={r.count} /></td>
              <td data-testid={`cost-${r.id}`} data-value={r.ops}>{sci(r.ops)}</td>
              <td><Tex math={r.path} /></td>
              <td><Tex math={r.seq} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      <FunctionPlot title={m.costPlot} xLabel={m.costAxisN} yLabel={m.costAxisOps} width={520} height={280} markers={[{ x: n, label: `n = ${n}` }]}
        series={[
          series((x) => layerCost(x, d, k).selfAttention, 'self', m.rowSelf),
          series((x) => layerCost(x, d, k).rnn, 'rnn', m.rowRnn),
          series((x) => layerCost(x, d, k).conv, 'conv', m.rowConv),
        ]} />
    </div>
  );
}
