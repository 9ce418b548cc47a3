import { memo } from 'react';
import { useMessages } from '../../i18n';
import { DATASETS, FEATURES, type DatasetName } from '../../models/playground';
import { NumberField } from '../../ui/NumberField';
import { Select } from '../../ui/Select';
import { Toggle } from '../../ui/Toggle';
import type { Params } from './config';
import { backpropMessages } from './messages';
import { PG_ACTIVATIONS, PG_OPTIMIZERS, PG_REG } from './params';

const FEATURE_LABEL: Record<string, string> = { x1: 'x₁', x2: 'x₂', x1sq: 'x₁²', x2sq: 'x₂²', x1x2: 'x₁x₂', sinx1: 'sin x₁', sinx2: 'sin x₂' };

/** Data, features, layers and optimisation settings of the playground. */
export const PlaygroundControls = memo(function PlaygroundControls({ params: p, set }: { params: Params; set: (patch: Partial<Params>) => void }) {
  const m = useMessages(backpropMessages);
  const toggleFeature = (i: number, on: boolean) => {
    const next = on ? [...p.pf, i] : p.pf.filter((k) => k !== i);
    if (next.length > 0) set({ pf: [...new Set(next)].sort((a, b) => a - b) });
  };
  return (
    <div className="ga-controls ga-pg-controls">
      <div className="ga-controls__column">
        <Select label={m.dataset} value={p.pds} options={DATASETS.map((d) => ({ value: d, label: m[d] }))}
          onChange={(pds) => set({ pds: pds as DatasetName })} data-testid="pg-dataset" />
        <NumberField label={m.noise} value={p.pno} min={0} max={1} step={0.05} size={5} data-testid="pg-noise" onChange={(pno) => set({ pno })} />
        <NumberField label={m.testPercent} value={p.pts} min={10} max={90} step={5} size={5} data-testid="pg-test" onChange={(pts) => set({ pts })} />
        <NumberField label={m.points} value={p.pn} min={20} max={1000} integer step={10} size={5} data-testid="pg-n" onChange={(pn) => set({ pn })} />
      </div>
      <fieldset className="ga-bp-fieldset">
        <legend>{m.features}</legend>
        {FEATURES.map((f, i) => (
          <Toggle key={f} label={FEATURE_LABEL[f]} checked={p.pf.includes(i)} onChange={(on) => toggleFeature(i, on)} data-testid={`pg-f-${f}`} />
        ))}
      </fieldset>
      <fieldset className="ga-bp-fieldset">
        <legend>{m.hiddenLayers}</legend>
        <Select label={m.hiddenLayers} value={String(p.pnl)} options={[0, 1, 2, 3, 4, 5, 6].map((k) => ({ value: String(k), label: String(k) }))}
          onChange={(v) => set({ pnl: Number(v) })} />
        {p.phl.slice(0, p.pnl).map((h, k) => (
          <NumberField key={k} label={m.neuronsIn.replace('{k}', String(k + 1))} value={h} min={1} max={8} integer size={3}
            data-testid={`pg-h-${k}`} onChange={(n) => set({ phl: p.phl.map((old, i) => (i === k ? n : old)) })} />
        ))}
      </fieldset>
      <div className="ga-controls__column">
        <Select label={m.activation} value={p.pact} options={PG_ACTIVATIONS.map((a) => ({ value: a, label: m[a] }))}
          onChange={(pact) => set({ pact: pact as Params['pact'] })} />
        <NumberField label={m.learningRate} value={p.plr} min={0} max={10} step={0.01} size={6} data-testid="pg-lr" onChange={(plr) => set({ plr })} />
        <NumberField label={m.batchSize} value={p.pbs} min={1} max={1000} integer size={5} data-testid="pg-bs" onChange={(pbs) => set({ pbs })} />
        <Select label={m.optimizer} value={p.popt} options={PG_OPTIMIZERS.map((o) => ({ value: o, label: o }))}
          onChange={(popt) => set({ popt: popt as Params['popt'] })} />
        <Select label={m.regularization} value={p.preg} options={PG_REG.map((r) => ({ value: r, label: r === 'none' ? m.regNone : r.toUpperCase() }))}
          onChange={(preg) => set({ preg: preg as Params['preg'] })} />
        {p.preg !== 'none' && <NumberField label={m.regRate} value={p.prr} min={0} max={1} step={0.001} size={6} data-testid="pg-rr" onChange={(prr) => set({ prr })} />}
      </div>
    </div>
  );
});
