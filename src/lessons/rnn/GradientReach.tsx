import { useMemo } from 'react';
import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import type { Values } from '../../lib/urlParams';
import { lstmDecay, rnnDecay } from '../../models/rnnGradient';
import { NumberField } from '../../ui/NumberField';
import { Toggle } from '../../ui/Toggle';
import { FunctionPlot, type PlotSeries } from '../../viz/FunctionPlot';
import { seriesColor } from '../../viz/palettes';
import { rnnMessages } from './messages';
import type { rnnSchema } from './params';

type Params = Values<typeof rnnSchema>;
interface Props { params: Params; set: (patch: Partial<Params>) => void }

/** Lesson settings: 16 hidden units, 50 steps back, inputs with standard deviation 0.3. */
export const DECAY_SETTINGS = { hidden: 16, steps: 50, inputStd: 0.3, seed: 1 };

const toPoints = (v: readonly number[], log: boolean) => v.map((y, k) => [k, log ? Math.log10(Math.max(y, 1e-30)) : y] as [number, number]);

/** ‖∂h_t/∂h_{t−k}‖ for three tanh RNNs and ‖∂h_t/∂c_{t−k}‖ for an LSTM, all from the engine's autograd. */
export function GradientReach({ params: p, set }: Props) {
  const m = useMessages(rnnMessages);
  // One memo per curve: changing one field recomputes one curve.
  const small = useMemo(() => rnnDecay(DECAY_SETTINGS, p.rs).norms, [p.rs]);
  const medium = useMemo(() => rnnDecay(DECAY_SETTINGS, p.rm).norms, [p.rm]);
  const large = useMemo(() => rnnDecay(DECAY_SETTINGS, p.rl).norms, [p.rl]);
  const lstm = useMemo(() => lstmDecay(DECAY_SETTINGS, p.fb), [p.fb]);
  const curves = { small, medium, large, lstm };
  const forgetProduct = curves.lstm.forget!.map((_, k) => curves.lstm.forget!.slice(1, k + 1).reduce((a, f) => a * f, 1));
  const series: PlotSeries[] = [
    { id: 'small', label: fmt(m.seriesRnn, { r: p.rs }), points: toPoints(curves.small, p.dlog), color: seriesColor(0) },
    { id: 'medium', label: fmt(m.seriesRnn, { r: p.rm }), points: toPoints(curves.medium, p.dlog), color: seriesColor(1) },
    { id: 'large', label: fmt(m.seriesRnn, { r: p.rl }), points: toPoints(curves.large, p.dlog), color: seriesColor(2) },
    { id: 'lstm', label: fmt(m.seriesLstm, { b: p.fb }), points: toPoints(curves.lstm.norms, p.dlog), color: seriesColor(3) },
    { id: 'forget', label: m.seriesForget, points: toPoints(forgetProduct, p.dlog), color: seriesColor(3), dashed: true },
  ];
  const at = (v: readonly number[]) => formatNumber(v[50], 3);
  return (
    <div>
      <div className="ga-controls">
        <NumberField label={m.radiusSmall} value={p.rs} onChange={(rs) => set({ rs })} min={0} max={10} step={0.1} data-testid="rs" />
        <NumberField label={m.radiusMedium} value={p.rm} onChange={(rm) => set({ rm })} min={0} max={10} step={0.1} data-testid="rm" />
        <NumberField label={m.radiusLarge} value={p.rl} onChange={(rl) => set({ rl })} min={0} max={10} step={0.1} data-testid="rl" />
        <NumberField label={m.lstmForgetBias} value={p.fb} onChange={(fb) => set({ fb })} min={-5} max={10} step={0.5} data-testid="fb" />
        <Toggle label={m.logScale} checked={p.dlog} onChange={(dlog) => set({ dlog })} />
      </div>
      <FunctionPlot title={m.decayTitle} series={series} xLabel={m.kAxis} yLabel={p.dlog ? m.normAxisLog : m.normAxis} digits={3} width={760} height={380} />
      <p className="ga-readout" data-testid="decay-readout">
        {m.at50}: RNN ρ={p.rs}: <output data-testid="decay-small">{at(curves.small)}</output>
        {' · '}ρ={p.rm}: <output data-testid="decay-medium">{at(curves.medium)}</output>
        {' · '}ρ={p.rl}: <output data-testid="decay-large">{at(curves.large)}</output>
        {' · '}LSTM: <output data-testid="decay-lstm">{at(curves.lstm.norms)}</output>
        {' · '}{m.meanForget}: <output data-testid="decay-forget">{formatNumber(curves.lstm.forget![1], 3)}</output>
      </p>
    </div>
  );
}
