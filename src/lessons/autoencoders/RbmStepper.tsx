import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import { tex } from '../../lib/texNumber';
import type { Values } from '../../lib/urlParams';
import { cdRun, energy, type Cd1Trace, type Rbm } from '../../models/rbm';
import { NumberField } from '../../ui/NumberField';
import { useWidgetActive } from '../../ui/PresenterContext';
import { StepControls } from '../../ui/StepControls';
import { Tex } from '../../ui/Tex';
import { Toggle } from '../../ui/Toggle';
import { useStepper } from '../../ui/useStepper';
import { VectorFields } from '../../ui/VectorFields';
import { NetworkDiagram } from '../../viz/NetworkDiagram';
import { aeMessages } from './messages';
import { RBM_STEPS, type AeSchema } from './params';

type Params = Values<AeSchema>;
interface Props { params: Params; set: (patch: Partial<Params>) => void }

const NV = 3;
const NH = 4;

export function rbmOf(p: Params): Rbm {
  return { W: Array.from({ length: NV }, (_, i) => p.rw.slice(i * NH, i * NH + NH)), a: p.ra, b: p.rb };
}

/** A row of numbers, each an <output> carrying its full value (the e2e test reads data-value). */
function Row({ name, values, id, digits = 4 }: { name: string; values: readonly number[]; id: string; digits?: number }) {
  return (
    <tr>
      <th scope="row"><Tex math={name} /></th>
      {values.map((v, k) => <td key={k}><output data-testid={`${id}-${k}`} data-value={v}>{formatNumber(v, digits)}</output></td>)}
    </tr>
  );
}

function Matrix({ title, M, id }: { title: string; M: number[][]; id: string }) {
  return (
    <table className="ga-rbm-table">
      <caption>{title}</caption>
      <tbody>
        {M.map((row, i) => (
          <tr key={i}><th scope="row">v{i + 1}</th>{row.map((v, j) => <td key={j}><output data-testid={`${id}-${i}-${j}`} data-value={v}>{formatNumber(v, 4)}</output></td>)}</tr>
        ))}
      </tbody>
    </table>
  );
}

function Editor({ params: p, set }: Props) {
  const m = useMessages(aeMessages);
  const restart = (patch: Partial<Params>) => set({ ...patch, rstep: 0 });
  return (
    <div className="ga-rbm-editor">
      <fieldset className="ga-vector">
        <legend>{m.trainingVector}</legend>
        {p.rv.map((x, i) => (
          <Toggle key={i} label={`v${i + 1} = ${x}`} checked={x === 1} data-testid={`rbm-v-${i}`}
            onChange={(on) => restart({ rv: p.rv.map((y, k) => (k === i ? (on ? 1 : 0) : y)) })} />
        ))}
      </fieldset>
      <fieldset className="ga-rbm-w">
        <legend>{m.weightsW}</legend>
        {p.rw.map((w, k) => (
          <NumberField key={k} label={`W${Math.floor(k / NH) + 1}${(k % NH) + 1}`} value={w} min={-10} max={10} step={0.1} size={5}
            data-testid={`rbm-w-${k}`} onChange={(x) => restart({ rw: p.rw.map((y, j) => (j === k ? x : y)) })} />
        ))}
      </fieldset>
      <VectorFields label={m.visibleBias} symbol="a" values={p.ra} min={-10} max={10} onChange={(ra) => restart({ ra })} testId="rbm-a" />
      <VectorFields label={m.hiddenBias} symbol="b" values={p.rb} min={-10} max={10} onChange={(rb) => restart({ rb })} testId="rbm-b" />
      <div className="ga-controls">
        <NumberField label={m.learningRate} value={p.rlr} min={0} max={10} step={0.05} onChange={(rlr) => restart({ rlr })} data-testid="rbm-lr" />
        <NumberField label={m.seed} value={p.rs} min={0} max={1_000_000} integer onChange={(rs) => restart({ rs })} data-testid="rbm-seed" />
      </div>
    </div>
  );
}

function PhaseFormula({ t, phase, lr }: { t: Cd1Trace; phase: number; lr: number }) {
  const W = t.before.W;
  const sum = t.v0.map((v, i) => tex`${v}\cdot ${W[i][0]}`).join(' + ');
  if (phase === 0) return <Tex display math={tex`P(h_1{=}1\mid v^0) = \sigma\big(${t.before.b[0]} + ${sum}\big) = ${t.ph0[0]}`} />;
  if (phase === 1) return <Tex display math={tex`P(v_1{=}1\mid h^0) = \sigma\big(${t.before.a[0]} + ${t.h0.map((h, j) => tex`${W[0][j]}\cdot ${h}`).join(' + ')}\big) = ${t.pv1[0]}`} />;
  return <Tex display math={tex`\Delta W_{11} = \eta\,(v^0_1 p^0_1 - v^1_1 p^1_1) = ${lr}\,(${t.v0[0]}\cdot ${t.ph0[0]} - ${t.v1[0]}\cdot ${t.ph1[0]}) = ${t.dW[0][0]}`} />;
}

export function RbmStepper({ params: p, set }: Props) {
  const m = useMessages(aeMessages);
  const stepper = useStepper({ count: RBM_STEPS * 3, index: p.rstep, onIndexChange: (rstep) => set({ rstep }), baseIntervalMs: 900 });
  const active = useWidgetActive();
  const s = Math.floor(stepper.index / 3);
  const phase = stepper.index % 3;
  const trace = cdRun(rbmOf(p), p.rv, p.rlr, p.rs, s + 1)[s];
  const shownW = phase === 2 ? trace.after.W : trace.before.W;
  const hidden = phase === 0 ? trace.ph0 : phase === 1 ? trace.ph1 : trace.ph0;
  const visible = phase === 1 ? trace.v1 : trace.v0;
  const phaseNames = [m.phasePositive, m.phaseNegative, m.phaseUpdate];
  return (
    <div className="ga-rbm">
      <div className="ga-rbm-setup"><Editor params={p} set={set} /></div>
      <div className="ga-ae-row">
        <NetworkDiagram title={m.rbmGraph} sizes={[NV, NH]} width={420} weights={[Array.from({ length: NH }, (_, j) => shownW.map((row) => row[j])).flat()]}
          values={[visible, hidden]} layerLabels={[m.visibleUnits, m.hiddenUnits]} />
        <div>
          <p className="ga-readout" data-testid="rbm-phase">{fmt(m.cdStepOf, { k: s + 1, phase: phaseNames[phase] })}</p>
          <PhaseFormula t={trace} phase={phase} lr={p.rlr} />
          <p className="ga-readout" data-testid="rbm-energy" data-value={energy(trace.before, trace.v0, trace.h0)}>
            <Tex math={tex`E(v^0, h^0) = -a^\top v^0 - b^\top h^0 - {v^0}^\top W h^0 = ${energy(trace.before, trace.v0, trace.h0)}`} />
          </p>
        </div>
      </div>
      <table className="ga-rbm-table" data-testid="rbm-numbers">
        <caption>{m.numbersCaption}</caption>
        <tbody>
          <Row name="v^0" values={trace.v0} id="rbm-v0" digits={0} />
          <Row name="p^0_j = P(h_j{=}1 \mid v^0)" values={trace.ph0} id="rbm-ph0" />
          <Row name="u_j" values={trace.uh} id="rbm-uh" />
          <Row name="h^0_j = [u_j < p^0_j]" values={trace.h0} id="rbm-h0" digits={0} />
          {phase >= 1 && <Row name="P(v_i{=}1 \mid h^0)" values={trace.pv1} id="rbm-pv1" />}
          {phase >= 1 && <Row name="u'_i" values={trace.uv} id="rbm-uv" />}
          {phase >= 1 && <Row name="v^1_i" values={trace.v1} id="rbm-v1" digits={0} />}
          {phase >= 1 && <Row name="p^1_j = P(h_j{=}1 \mid v^1)" values={trace.ph1} id="rbm-ph1" />}
          {phase >= 2 && <Row name="a_i + \Delta a_i" values={trace.after.a} id="rbm-anew" />}
          {phase >= 2 && <Row name="b_j + \Delta b_j" values={trace.after.b} id="rbm-bnew" />}
        </tbody>
      </table>
      {phase >= 2 && (
        <div className="ga-ae-row">
          <Matrix title={m.deltaW} M={trace.dW} id="rbm-dw" />
          <Matrix title={m.newW} M={trace.after.W} id="rbm-wnew" />
        </div>
      )}
      <p className="ga-readout">{m.reconThisStep}: <output data-testid="rbm-rec" data-value={trace.recError}>{formatNumber(trace.recError, 4)}</output></p>
      <StepControls stepper={stepper} globalKeys={active} label={(k) => fmt(m.cdStepOf, { k: Math.floor(k / 3) + 1, phase: phaseNames[k % 3] })} />
    </div>
  );
}
