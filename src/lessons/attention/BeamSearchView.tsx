import { useMemo } from 'react';
import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import { texNum } from '../../lib/texNumber';
import type { Values } from '../../lib/urlParams';
import { decodeDigits } from '../../models/attentionBeam';
import { networkFromWeights } from '../../models/attentionTask';
import type { BeamStep, Hypothesis } from '../../models/beamSearch';
import { useWidgetActive } from '../../ui/PresenterContext';
import { ScrollTex } from '../../ui/ScrollTex';
import { StepControls } from '../../ui/StepControls';
import { Segmented } from '../../ui/Toggle';
import { useStepper } from '../../ui/useStepper';
import { checkInput, MAX_INPUT } from './alignment';
import { attentionMessages } from './messages';
import { BEAM_WIDTHS, type AttentionSchema } from './params';
import type { AttentionRun } from './useAttentionTraining';

type Params = Values<AttentionSchema>;
interface Props { params: Params; set: (patch: Partial<Params>) => void; run: AttentionRun }

/** Candidates shown per step: the kept beams and a few of the best pruned ones. */
const PRUNED_SHOWN = 3;

const digits = (h: Hypothesis) => h.tokens.join('');
/** A probability for reading: 4 decimals, or 3 significant digits with a power of ten when tiny. */
const fmtP = (p: number) => (p >= 1e-3 || p === 0 ? formatNumber(p, 4) : p.toExponential(2).replace('-', '−'));
const texP = (p: number) => {
  if (p >= 1e-3 || p === 0) return texNum(p, 4);
  const [mant, exp] = p.toExponential(2).split('e');
  return `${mant}\\cdot 10^{${String(Number(exp))}}`;
};

/** P(y|x) = P(y₁|x)·P(y₂|y₁,x)·… with the step probabilities of one hypothesis. */
export function chainTex(h: Hypothesis): string {
  const factors = h.tokens.map((d, i) => `P(${String(d)}\\mid ${i === 0 ? '\\langle\\mathrm{BOS}\\rangle' : h.tokens.slice(0, i).join('')}, x)`);
  const nums = h.stepProbs.map((p) => texNum(p, 3)).join('\\cdot');
  return `P(${digits(h)}\\mid x) = ${factors.join('\\,')} = ${nums} = ${texP(Math.exp(h.logProb))}`;
}

function CandidateTable({ step, width }: { step: BeamStep; width: number }) {
  const m = useMessages(attentionMessages);
  const rows = step.candidates.slice(0, width + PRUNED_SHOWN);
  return (
    <div className="ga-att-scroll" tabIndex={0} role="region" aria-label={fmt(m.beamTableCaption, { t: step.t })}>
    <table className="ga-table" data-testid="beam-table">
      <caption>{fmt(m.beamTableCaption, { t: step.t })}</caption>
      <thead><tr><th scope="col">{m.beamHyp}</th><th scope="col">{m.beamStepP}</th><th scope="col">P</th><th scope="col">log P</th><th scope="col">{m.beamKept}</th></tr></thead>
      <tbody>
        {rows.map((c) => (
          <tr key={digits(c)} className={c.kept ? 'ga-table__current' : ''} data-testid={`beam-row-${String(c.rank)}`} data-tokens={digits(c)} data-p={Math.exp(c.logProb)}>
            <th scope="row">⟨BOS⟩ {c.tokens.join(' ')}</th>
            <td>{formatNumber(c.stepProbs.at(-1) ?? 0, 3)}</td>
            <td>{fmtP(Math.exp(c.logProb))}</td>
            <td>{Number.isFinite(c.logProb) ? formatNumber(c.logProb, 3) : '−∞'}</td>
            <td>{c.kept ? m.beamKeptYes : m.beamPruned}</td>
          </tr>
        ))}
      </tbody>
    </table>
    </div>
  );
}

/** Greedy vs beam-search decoding of the trained (or training) digit-reversal model, step by step. */
export function BeamSearchView({ params: p, set, run }: Props) {
  const m = useMessages(attentionMessages);
  const check = checkInput(p.bin);
  const weights = run.snapshot?.weights;
  const width = Number(p.bw);
  const input = check.ok ? check.digits : null;
  const result = useMemo(() => {
    if (!weights || !input) return null;
    try {
      const net = networkFromWeights(run.task, weights);
      return { beam: decodeDigits(net, input, width), greedy: decodeDigits(net, input, 1).at(-1)!.beams[0] };
    } catch {
      return null;
    }
  }, [weights, p.bin, width]); // eslint-disable-line react-hooks/exhaustive-deps
  const count = Math.max(1, result?.beam.length ?? 1);
  const stepper = useStepper({ count, index: p.bst, onIndexChange: (bst) => set({ bst }) });
  const error = check.ok ? null : check.reason === 'empty' ? m.inputEmpty : check.reason === 'long' ? fmt(m.inputTooLong, { max: MAX_INPUT, n: check.n ?? 0 }) : fmt(m.inputBadChar, { ch: check.ch ?? '?' });
  const active = useWidgetActive();
  const step = result?.beam[stepper.index];
  const best = result?.beam.at(-1)?.beams[0];
  return (
    <div className="ga-att-beam">
      <div className="ga-controls">
        <label className="ga-att-input">
          <span>{fmt(m.yourInput, { max: MAX_INPUT })}</span>
          <input type="text" inputMode="numeric" value={p.bin} maxLength={40} onChange={(e) => set({ bin: e.target.value, bst: 9 })}
            aria-invalid={error ? true : undefined} aria-describedby="beam-input-msg" data-testid="beam-input" />
        </label>
        <Segmented label={m.beamWidth} value={p.bw} options={BEAM_WIDTHS.map((v) => ({ value: v, label: v }))} onChange={(bw) => set({ bw })} />
      </div>
      <p id="beam-input-msg" className={error ? 'ga-field__error' : 'ga-att-note'} role={error ? 'alert' : undefined}>{error ?? ''}</p>
      {!weights && <p className="ga-att-note">{m.beamWaiting}</p>}
      {run.snapshot && <p className="ga-att-note">{fmt(m.beamWeightsOf, { step: run.snapshot.step })}</p>}
      {result && step && best && (
        <>
          <StepControls stepper={stepper} label={(k) => fmt(m.beamStepLabel, { t: k + 1 })} globalKeys={active} />
          <CandidateTable step={step} width={width} />
          <ScrollTex label={m.beamTitle} testId="beam-chain" math={chainTex(step.beams[0])} />
          <p className="ga-readout" data-testid="beam-summary" data-greedy={digits(result.greedy)} data-greedy-p={Math.exp(result.greedy.logProb)}
            data-beam={digits(best)} data-beam-p={Math.exp(best.logProb)}>
            {m.beamGreedy}: <output>{digits(result.greedy)}</output> (P = {fmtP(Math.exp(result.greedy.logProb))})
            {' · '}{fmt(m.beamBest, { k: width })}: <output>{digits(best)}</output> (P = {fmtP(Math.exp(best.logProb))})
            {' · '}{best.logProb > result.greedy.logProb + 1e-12 ? m.beamBetter : m.beamSame}
          </p>
        </>
      )}
    </div>
  );
}
