import { useMessages } from '../../i18n';
import { BP_ACTIVATIONS, BP_LOSSES, type BpActivation, type BpLoss } from '../../models/backprop';
import { NumberField } from '../../ui/NumberField';
import { Select } from '../../ui/Select';
import { Toggle } from '../../ui/Toggle';
import { VectorFields } from '../../ui/VectorFields';
import { resizePatch, type Params } from './config';
import { backpropMessages } from './messages';
import { backpropSchema } from './params';

interface Props { params: Params; set: (patch: Partial<Params>) => void; sizes: number[] }

/** Layer sizes (1–8, up to 4 weight layers), activation, loss, η, x, y, seed, residual. */
export function ArchitectureControls({ params: p, set, sizes }: Props) {
  const m = useMessages(backpropMessages);
  const hidden = sizes.slice(1, -1);
  const resize = (next: number[]) => set(resizePatch(p, next));
  const lossNames: Record<BpLoss, string> = { mse: m.lossMse, ce: m.lossCe, bce: m.lossBce };
  return (
    <div className="ga-controls ga-bp-controls">
      <fieldset className="ga-bp-fieldset">
        <legend>{m.architecture}</legend>
        <NumberField label={m.inputSize} value={sizes[0]} min={1} max={8} integer size={3} data-testid="bp-in"
          onChange={(n) => resize([n, ...sizes.slice(1)])} />
        <Select label={m.hiddenCount} value={String(hidden.length)} options={[0, 1, 2, 3].map((k) => ({ value: String(k), label: String(k) }))}
          onChange={(v) => resize([sizes[0], ...Array.from({ length: Number(v) }, (_, k) => hidden[k] ?? 5), sizes[sizes.length - 1]])} />
        {hidden.map((h, k) => (
          <NumberField key={k} label={m.hiddenSize.replace('{k}', String(k + 1))} value={h} min={1} max={8} integer size={3}
            data-testid={`bp-hidden-${k}`} onChange={(n) => resize(sizes.map((s, i) => (i === k + 1 ? n : s)))} />
        ))}
        <NumberField label={m.outputSize} value={sizes[sizes.length - 1]} min={1} max={8} integer size={3} data-testid="bp-out"
          onChange={(n) => resize([...sizes.slice(0, -1), n])} />
      </fieldset>
      <div className="ga-controls__column">
        <Select label={m.activation} value={p.act} options={BP_ACTIVATIONS.map((a) => ({ value: a, label: m[a] }))}
          onChange={(act) => set({ act: act as BpActivation, step: Math.min(p.step, 0) })} />
        <Select label={m.loss} value={p.loss} options={BP_LOSSES.map((l) => ({ value: l, label: lossNames[l] }))}
          onChange={(loss) => set({ loss: loss as BpLoss, step: 0, wts: [], bs: [] })} />
        <NumberField label={m.eta} value={p.eta} min={0} max={100} step={0.1} size={6} data-testid="bp-eta" onChange={(eta) => set({ eta })} />
        <NumberField label={m.seed} value={p.seed} min={0} max={1e9} integer size={8} data-testid="bp-seed" onChange={(seed) => set({ seed, wts: [] })} />
        <Toggle label={m.residual} checked={p.res} onChange={(res) => set({ res, step: 0 })} />
        <button type="button" className="ga-button" data-testid="bp-preset" onClick={() => set(Object.fromEntries(
          (['sz', 'act', 'loss', 'x', 'y', 'eta', 'seed', 'wts', 'bs', 'res', 'step', 'fi', 'gl', 'gr', 'gc'] as const).map((k) => [k, backpropSchema[k].default]),
        ))}>{m.preset}</button>
      </div>
      <VectorFields label={m.inputX} symbol="x" values={p.x.length === sizes[0] ? p.x : Array.from({ length: sizes[0] }, (_, i) => p.x[i] ?? 0)}
        onChange={(x) => set({ x })} min={-100} max={100} testId="bp-x" />
      <VectorFields label={m.targetY} symbol="y" values={Array.from({ length: sizes[sizes.length - 1] }, (_, i) => p.y[i] ?? 0)}
        onChange={(y) => set({ y })} min={-100} max={100} testId="bp-y" />
    </div>
  );
}
