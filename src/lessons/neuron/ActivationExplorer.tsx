import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import { tex } from '../../lib/texNumber';
import type { Values } from '../../lib/urlParams';
import { ACTIVATION_NAMES, activate, sampleActivation, type ActivationName } from '../../models/neuron';
import { NumberField } from '../../ui/NumberField';
import { Select } from '../../ui/Select';
import { Tex } from '../../ui/Tex';
import { Toggle } from '../../ui/Toggle';
import { FunctionPlot, type PlotSeries } from '../../viz/FunctionPlot';
import { Heatmap } from '../../viz/Heatmap';
import { ACTIVATION_TEX } from './activationTex';
import { neuronMessages } from './messages';
import type { neuronSchema } from './params';

type Params = Values<typeof neuronSchema>;
interface Props { params: Params; set: (patch: Partial<Params>) => void }

const RANGE: [number, number] = [-4, 4];
const HEAT_ZS = Array.from({ length: 17 }, (_, i) => -4 + i * 0.5);
const PLOTTED = ACTIVATION_NAMES.filter((n) => n !== 'identity' && n !== 'geluApprox');

/** Curves of f (and f′), with GELU's exact form and its x·σ(1.702x) approximation drawn together. */
function seriesFor(name: ActivationName, alpha: number, withDerivative: boolean, m: Record<string, string>): PlotSeries[] {
  const { f, df } = sampleActivation(name, RANGE[0], RANGE[1], 241, alpha);
  const out: PlotSeries[] = [{ id: 'f', label: fmt(m.series, { name: m[name] }), points: f, color: 'var(--series-1)' }];
  if (name === 'gelu') {
    out.push({ id: 'approx', label: m.geluApproxSeries, points: sampleActivation('geluApprox', RANGE[0], RANGE[1]).f, color: 'var(--series-3)', dashed: true });
  }
  if (withDerivative) out.push({ id: 'df', label: fmt(m.seriesDeriv, { name: m[name] }), points: df, color: 'var(--series-2)', dashed: true });
  return out;
}

export function ActivationExplorer({ params: p, set }: Props) {
  const m = useMessages(neuronMessages);
  const options = PLOTTED.map((name) => ({ value: name, label: m[name] }));
  const heat = PLOTTED.map((name) => HEAT_ZS.map((z) => activate(name, z, p.alpha)));
  return (
    <div className="ga-explorer">
      <div className="ga-controls">
        <Select label={m.activation} value={p.ea} options={options} onChange={(ea) => set({ ea: ea as ActivationName })} />
        {p.ea === 'leakyRelu' && <NumberField label={m.alpha} value={p.alpha} onChange={(alpha) => set({ alpha })} min={0} max={1} step={0.01} />}
        <Toggle label={m.showDerivative} checked={p.ed} onChange={(ed) => set({ ed })} />
      </div>
      <div className="ga-explorer__formulas">
        <Tex math={ACTIVATION_TEX[p.ea].f} display />
        {p.ed && <Tex math={ACTIVATION_TEX[p.ea].df} display />}
      </div>
      <FunctionPlot title={m.explorerTitle} series={seriesFor(p.ea, p.alpha, p.ed, m)} xDomain={RANGE} yDomain={[-1.5, 4]}
        xLabel={m.zAxis} yLabel={m.yAxis} markers={[{ x: 0 }, { y: 0 }]} width={560} height={320} />
      <Heatmap title={m.allActivations} values={heat} scale="diverging" rowLabels={PLOTTED.map((n) => m[n])}
        colLabels={HEAT_ZS.map((z) => formatNumber(z, 1))} domain={[-4, 4]} cellSize={30} />
    </div>
  );
}

/** tanh(z) = 2σ(2z) − 1, checked numerically with the engine's own functions. */
export function TanhIdentity({ params: p, set }: Props) {
  const m = useMessages(neuronMessages);
  const lhs = activate('tanh', p.iz);
  const rhs = 2 * activate('sigmoid', 2 * p.iz) - 1;
  const diff = Math.abs(lhs - rhs);
  const digits = diff === 0 ? 15 : Math.max(0, Math.floor(-Math.log10(diff)));
  return (
    <div className="ga-identity">
      <NumberField label={m.identityAt} value={p.iz} onChange={(iz) => set({ iz })} min={-1000} max={1000} step={0.1} data-testid="identity-z" />
      <Tex display math={tex`\tanh(${p.iz}) = ${lhs} \qquad 2\,\sigma(2\cdot${p.iz}) - 1 = ${rhs}`} />
      <p data-testid="identity-diff">{fmt(m.identityBody, { digits, diff: diff.toExponential(1) })}</p>
    </div>
  );
}
