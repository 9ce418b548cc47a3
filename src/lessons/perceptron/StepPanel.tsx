import { Link } from '../../state/router';
import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import { tex, texVector } from '../../lib/texNumber';
import type { PerceptronRun } from '../../models/perceptron';
import { Notice } from '../../ui/Notice';
import { Tex } from '../../ui/Tex';
import { perceptronMessages } from './messages';
import type { TrainerView } from './trainerView';

const vec = (v: readonly number[]) => texVector(v);

/** The example looked at in the current step, its t and o, and the update with its numbers. */
export function StepPanel({ view, eta, seed }: { view: TrainerView; eta: number; seed: number }) {
  const m = useMessages(perceptronMessages);
  const s = view.step;
  const w = view.weights;
  return (
    <div className="ga-perceptron__step" data-testid="step-panel">
      {s ? (
        <>
          <p data-testid="step-example">{fmt(m.looked, {
            example: s.example + 1, epoch: s.epoch, x1: formatNumber(view.points[s.example].x, 2),
            x2: formatNumber(view.points[s.example].y, 2), t: s.t === 1 ? '+1' : '−1',
          })}</p>
          <Tex display math={tex`w_0 + w_1x_1 + w_2x_2 = ${s.before[0]} + ${s.before[1]}\cdot${view.points[s.example].x} + ${s.before[2]}\cdot${view.points[s.example].y} = ${s.net} \;\Rightarrow\; o = ${String(s.o)}`} />
          <Tex display math={tex`\Delta\mathbf{w} = \eta\,(t - o)\,(1, x_1, x_2) = ${eta}\cdot(${String(s.t)} - (${String(s.o)}))\cdot(1, ${view.points[s.example].x}, ${view.points[s.example].y}) = ${vec(s.delta)}`} />
          <Tex display math={`\\mathbf{w} \\leftarrow ${vec(s.before)} + ${vec(s.delta)} = ${vec(s.after)}`} />
        </>
      ) : (
        <p data-testid="step-example">{fmt(m.startInfo, { seed })}</p>
      )}
      <p className="ga-readout" data-testid="weights">
        w = (<output data-testid="pw-0" data-value={w[0]}>{formatNumber(w[0], 4)}</output>,{' '}
        <output data-testid="pw-1" data-value={w[1]}>{formatNumber(w[1], 4)}</output>,{' '}
        <output data-testid="pw-2" data-value={w[2]}>{formatNumber(w[2], 4)}</output>)
      </p>
      <dl className="ga-perceptron__counters">
        <div><dt>{m.epochCounter}</dt><dd data-testid="epoch">{view.epoch}</dd></div>
        <div><dt>{m.mistakesCounter}</dt><dd data-testid="epoch-mistakes">{view.mistakesThisEpoch}</dd></div>
        <div><dt>{m.totalMistakes}</dt><dd data-testid="updates">{view.updates}</dd></div>
        <div><dt>{m.misclassifiedNow}</dt><dd data-testid="wrong-now">{view.wrongNow}</dd></div>
      </dl>
    </div>
  );
}

/** Converged / not converged (with the cycle and the way out), shown once the last step is reached. */
export function TrainerStatus({ run, view, cap, empty }: { run: PerceptronRun; view: TrainerView; cap: number; empty: boolean }) {
  const m = useMessages(perceptronMessages);
  if (empty) return <Notice data-testid="train-status">{m.emptyBoard}</Notice>;
  if (view.k < view.total) return null;
  if (run.convergedEpoch !== null) {
    return <Notice data-testid="train-status">{fmt(m.converged, { n: run.convergedEpoch })}</Notice>;
  }
  return (
    <Notice kind="warn" data-testid="train-status">
      {fmt(m.notConverged, { cap })}
      {run.cycle && <> {fmt(m.cycling, { from: run.cycle.from, to: run.cycle.to })}</>}
      {' '}{m.xorExplain} <Link to="/backprop" data-testid="backprop-link">{m.backpropLink}</Link>.
    </Notice>
  );
}
