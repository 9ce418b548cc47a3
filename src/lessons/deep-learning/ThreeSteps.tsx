import { useMemo } from 'react';
import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import { tex, texNum } from '../../lib/texNumber';
import type { Values } from '../../lib/urlParams';
import { loopTrace, POINT_SETS, THETA_NAMES, tinyNet, type LoopState } from '../../models/threeSteps';
import { Link } from '../../state/router';
import { NumberField } from '../../ui/NumberField';
import { StepControls } from '../../ui/StepControls';
import { Tex } from '../../ui/Tex';
import { Segmented } from '../../ui/Toggle';
import { useStepper } from '../../ui/useStepper';
import { FunctionPlot } from '../../viz/FunctionPlot';
import { dlMessages, type DlMessages } from './messages';
import type { DlSchema } from './params';

type Params = Values<DlSchema>;
const XS = Array.from({ length: 61 }, (_, i) => -2.5 + (5 * i) / 60);
const PHASE_LINKS = ['/neuron', '/gradient-descent', '/backprop'] as const;

function functionTex(th: readonly number[]): string {
  return tex`f(x) = ${th[4]}\tanh(${th[0]}x + ${th[2]}) + ${th[5]}\tanh(${th[1]}x + ${th[3]}) + ${th[6]}`;
}

function costTex(s: LoopState, n: number): string {
  return `C(\\theta) = \\frac{1}{${n}}\\sum_{i=1}^{${n}} \\big(f(x_i) - y_i\\big)^2 = ${texNum(s.cost, 4)}`;
}

function updateTex(s: LoopState, lr: number): string {
  const rows = THETA_NAMES.map((name, j) => tex`${name} &\leftarrow ${s.theta[j]} - ${lr}\cdot ${s.grad[j]} = ${s.next[j]}`);
  return `\\begin{aligned}${rows.join('\\\\')}\\end{aligned}`;
}

function Phases({ phase, m }: { phase: number; m: DlMessages }) {
  const names = [m.phase1, m.phase2, m.phase3];
  const links = [m.phaseLink1, m.phaseLink2, m.phaseLink3];
  return (
    <ol className="ga-dl-phases">
      {names.map((name, k) => (
        <li key={k} className={k === phase ? 'ga-dl-phases__on' : undefined} aria-current={k === phase ? 'step' : undefined}>
          <strong>{name}</strong> <Link to={PHASE_LINKS[k]}>{links[k]}</Link>
        </li>
      ))}
    </ol>
  );
}

/** Define → cost → one gradient step, on the shared step controls; every state is replayed from θ₀ (back is exact). */
export function ThreeSteps({ params: p, set }: { params: Params; set: (patch: Partial<Params>) => void }) {
  const m = useMessages(dlMessages);
  const points = POINT_SETS[p.ts];
  const trace = useMemo(() => loopTrace(points, p.tlr, p.tn), [points, p.tlr, p.tn]);
  const stepper = useStepper({ count: 3 * p.tn, index: p.tstep, onIndexChange: (tstep) => set({ tstep }) });
  const t = Math.floor(stepper.index / 3);
  const phase = stepper.index % 3;
  const s = trace[t];
  const curve = (theta: readonly number[]) => { const ys = tinyNet(theta, XS); return XS.map((x, i): [number, number] => [x, ys[i]]); };
  const series = [{ id: 'f', label: fmt(m.curveNow, { t }), points: curve(s.theta), dashed: false }];
  if (phase === 2) series.push({ id: 'next', label: fmt(m.curveNext, { t: t + 1 }), points: curve(s.next), dashed: true });
  const costs = trace.slice(0, t + 1).map((q): [number, number] => [q.t, q.cost]);
  const label = (k: number) => fmt([m.stepLabel1, m.stepLabel2, m.stepLabel3][k % 3], { t: Math.floor(k / 3) });
  return (
    <div className="ga-dl-loop">
      <div className="ga-controls">
        <Segmented label={m.pointSet} value={p.ts} options={[{ value: 'bump', label: m.setBump }, { value: 'step', label: m.setStep }]} onChange={(ts) => set({ ts, tstep: 0 })} />
        <NumberField label={m.learningRate} value={p.tlr} min={0.001} max={5} step={0.05} onChange={(tlr) => set({ tlr })} data-testid="loop-lr" />
        <NumberField label={m.iterations} value={p.tn} min={1} max={500} integer onChange={(tn) => set({ tn })} data-testid="loop-n" />
      </div>
      <Phases phase={phase} m={m} />
      <StepControls stepper={stepper} label={label} title={m.loopSteps} />
      <p className="ga-readout">
        {m.iterationWord} <output data-testid="loop-iter">{t}</output>{' · '}{m.costWord} <output data-testid="loop-cost" data-value={s.cost}>{formatNumber(s.cost, 4)}</output>
      </p>
      <div className="ga-dl-formula" data-testid="loop-formula">
        {phase === 0 && <Tex math={functionTex(s.theta)} display />}
        {phase === 1 && <Tex math={costTex(s, points.length)} display />}
        {phase === 2 && <Tex math={updateTex(s, p.tlr)} display />}
      </div>
      <div className="ga-dl-row">
        <FunctionPlot title={m.fitTitle} xLabel="x" yLabel="y" xDomain={[-2.5, 2.5]} yDomain={[-1.5, 1.5]} width={420} height={260}
          series={series} markers={points.map((q) => ({ x: q.x, y: q.y, color: 'var(--series-2)' }))} />
        <FunctionPlot title={m.costTitle} xLabel={m.iterationWord} yLabel="C" xDomain={[0, Math.max(1, p.tn - 1)]} width={420} height={260}
          series={[{ id: 'cost', label: m.costWord, points: costs }]} />
      </div>
    </div>
  );
}
