import { useMemo } from 'react';
import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import { weightsOf, type BpConfig } from '../../models/backprop';
import { gradCheck, gradCheckSweep, type WeightRef } from '../../models/backpropCheck';
import { NumberField } from '../../ui/NumberField';
import { Prose } from '../../ui/Prose';
import { FunctionPlot } from '../../viz/FunctionPlot';
import { setWeightPatch, type Params } from './config';
import { backpropMessages } from './messages';

interface Props { cfg: BpConfig; params: Params; set: (patch: Partial<Params>) => void; weight: WeightRef }

/** Edit the selected weight, and compare the numeric derivative with autograd's. */
export function WeightPanel({ cfg, params: p, set, weight: w }: Props) {
  const m = useMessages(backpropMessages);
  const value = weightsOf(cfg)[w.layer][w.row * cfg.sizes[w.layer] + w.col];
  const check = useMemo(() => gradCheck(cfg, w, p.eps), [cfg, w, p.eps]);
  const sweep = useMemo(() => gradCheckSweep(cfg, w), [cfg, w]);
  const names = { l: w.layer + 1, r: w.row + 1, c: w.col + 1 };
  const points = sweep.map((c) => [Math.log10(c.eps), Math.log10(Math.max(c.absError, 1e-20))] as [number, number]);
  return (
    <div className="ga-bp-weight" data-testid="bp-weight-panel">
      <h3 className="ga-bp-subtitle">{fmt(m.weightTitle, names)}</h3>
      <div className="ga-controls">
        <NumberField label={fmt(m.weightValue, names)} value={value} min={-1000} max={1000} step={0.05} data-testid="bp-weight"
          onChange={(v) => set({ ...setWeightPatch(cfg, w.layer, w.row, w.col, v), step: p.step })} />
        <NumberField label={m.epsilon} value={p.eps} min={0} max={1} step={1e-5} data-testid="bp-eps" onChange={(eps) => { if (eps >= 1e-16) set({ eps }); }} />
      </div>
      <h3 className="ga-bp-subtitle">{m.gradTitle}</h3>
      <Prose text={m.gradIntro} />
      <table className="ga-table" data-testid="bp-gradcheck">
        <tbody>
          <tr><th scope="row">{m.numeric}</th><td data-testid="gc-numeric" data-value={check.numeric}>{formatNumber(check.numeric, 10)}</td></tr>
          <tr><th scope="row">{m.autograd}</th><td data-testid="gc-autograd" data-value={check.autograd}>{formatNumber(check.autograd, 10)}</td></tr>
          <tr><th scope="row">{m.absError}</th><td data-testid="gc-error" data-value={check.absError}>{check.absError.toExponential(2)}</td></tr>
        </tbody>
      </table>
      <p className={check.absError <= 1e-6 ? 'ga-bp-ok' : 'ga-bp-bad'} data-testid="gc-verdict">{check.absError <= 1e-6 ? `✓ ${m.agree}` : `✗ ${m.disagree}`}</p>
      <FunctionPlot title={m.sweepTitle} series={[{ id: 'err', label: m.sweepSeries, points }]} xLabel="log₁₀ ε" yLabel="log₁₀ error"
        markers={[{ x: Math.log10(p.eps), label: 'ε' }]} width={460} height={240} />
    </div>
  );
}
