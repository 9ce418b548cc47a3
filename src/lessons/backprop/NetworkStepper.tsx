import { useMemo } from 'react';
import { fmt, useMessages } from '../../i18n';
import { replay, stepCount, type BpState } from '../../models/backprop';
import { validWeight, type WeightRef } from '../../models/backpropCheck';
import { Notice } from '../../ui/Notice';
import { StepControls } from '../../ui/StepControls';
import { Tex } from '../../ui/Tex';
import { Segmented } from '../../ui/Toggle';
import { useStepper } from '../../ui/useStepper';
import { useWidgetActive } from '../../ui/PresenterContext';
import { ComputeGraph } from '../../viz/ComputeGraph';
import { NetworkDiagram } from '../../viz/NetworkDiagram';
import { ArchitectureControls } from './ArchitectureControls';
import { configOf, type Params } from './config';
import { stepTex } from './formulas';
import { graphOf } from './graph';
import { backpropMessages } from './messages';
import { NumbersPanel } from './NumbersPanel';
import { deltas, knownValues, stepSets } from './steps';
import { WeightPanel } from './WeightPanel';

interface Props { params: Params; set: (patch: Partial<Params>) => void }

/** Step labels straight from the tape's node list. */
function useLabels(s: BpState) {
  const m = useMessages(backpropMessages);
  const N = s.nodes.length;
  return (k: number) => {
    if (k >= 2 * N) return m.stepUpdate;
    if (k < N) {
      const n = s.nodes[k];
      return fmt(m.stepForward, { formula: `${n.output} = ${n.op}(${n.inputs.filter(Boolean).join(', ')})` });
    }
    const n = s.nodes[2 * N - 1 - k];
    return fmt(m.stepBackward, { op: `${n.op} (${n.output})`, targets: n.inputs.filter(Boolean).map((i) => `∂E/∂${i}`).join(', ') });
  };
}

/** The flagship widget: the network stepped through the engine's tape, forward then backward, then the update. */
export function NetworkStepper({ params: p, set }: Props) {
  const m = useMessages(backpropMessages);
  const { cfg, adjusted } = useMemo(() => configOf(p), [p]);
  const count = useMemo(() => stepCount(cfg), [cfg]);
  const stepper = useStepper({ count, index: p.step, onIndexChange: (step) => set({ step }) });
  const s = useMemo(() => replay(cfg, stepper.index), [cfg, stepper.index]);
  const L = cfg.sizes.length - 1;
  const weight: WeightRef = validWeight(cfg, { layer: p.gl, row: p.gr, col: p.gc }) ? { layer: p.gl, row: p.gr, col: p.gc } : { layer: 0, row: 0, col: 0 };
  const f = stepTex(cfg, s, p.fi, weight.col);
  const sets = stepSets(s, L);
  const backward = s.phase !== 'forward';
  const shown = backward ? deltas(s, L) : knownValues(s, L);
  const labels = useLabels(s);
  const pickWeight = (layer: number, row: number, col: number) => set({ gl: layer, gr: row, gc: col, fi: row });
  return (
    <div className="ga-bp-stepper">
      <ArchitectureControls params={p} set={set} sizes={cfg.sizes} />
      {adjusted && <Notice kind="warn">{m.adjusted}</Notice>}
      <Segmented label={m.view} value={p.view} options={[{ value: 'neurons', label: m.viewNeurons }, { value: 'graph', label: m.viewGraph }]}
        onChange={(view) => set({ view })} />
      <div className="ga-bp-picture" data-testid="bp-picture" data-step={s.step} data-phase={s.phase}>
        {p.view === 'neurons'
          ? <NetworkDiagram title={fmt(m.diagramTitle, { what: backward ? m.showDeltas : m.showActivations })} sizes={cfg.sizes}
              weights={s.updated ? s.updated.weights : s.weights} values={shown} {...sets}
              layerLabels={cfg.sizes.map((_, l) => (backward ? (l === 0 ? 'δx' : `δ(${l + 1})`) : `x(${l + 1})`))}
              selected={{ layer: Math.min(L, sets.writeNeurons[0] ? Number(sets.writeNeurons[0].split(':')[0]) : L), index: p.fi }}
              onWeightClick={pickWeight}
              onNeuronClick={(layer, index) => (layer === 0 ? (document.querySelector(`[data-testid="bp-x-${index}"]`) as HTMLElement | null)?.focus() : set({ fi: index }))} />
          : <ComputeGraph title={m.graphTitle} {...graphOf(s)} />}
      </div>
      <StepControls stepper={stepper} label={labels} globalKeys={useWidgetActive()} />
      <div className="ga-bp-formulas" data-testid="bp-formulas">
        <div><span className="ga-bp-label">{m.formulaDeck}</span><Tex math={f.general} display /></div>
        {f.shapes && <div><span className="ga-bp-label">{m.shapes}</span><Tex math={f.shapes} display /></div>}
        <div><span className="ga-bp-label">{fmt(m.formulaLive, { i: p.fi + 1 })}</span><Tex math={f.live} display /></div>
      </div>
      <NumbersPanel cfg={cfg} state={s} onPickWeight={pickWeight} />
      <WeightPanel cfg={cfg} params={p} set={set} weight={weight} />
    </div>
  );
}
