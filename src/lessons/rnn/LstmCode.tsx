import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import type { Values } from '../../lib/urlParams';
import { HELL } from '../../models/rnn';
import { gateTimeline } from '../../models/rnnGates';
import { useWidgetActive } from '../../ui/PresenterContext';
import { StepControls } from '../../ui/StepControls';
import { useStepper } from '../../ui/useStepper';
import { rnnMessages } from './messages';
import type { rnnSchema } from './params';

type Params = Values<typeof rnnSchema>;
interface Props { params: Params; set: (patch: Partial<Params>) => void }

/** The lecture notes' LSTM pseudo-code (deck 003); the cell's body lines are stepped one at a time. */
export const CELL_LINES = [
  'combine = prev_ht + input',
  'ft = forget_layer(combine)',
  'candidate = candidate_layer(combine)',
  'it = input_layer(combine)',
  'Ct = prev_ct * ft + candidate * it',
  'ot = output_layer(combine)',
  'ht = ot * tanh(Ct)',
] as const;
const PEEP_COMBINE = 'combine = prev_ht + input + prev_ct';
/** The variable each body line writes, and where its value comes from in the cell's gates. */
const WRITES = ['combine', 'ft', 'candidate', 'it', 'Ct', 'ot', 'ht'] as const;

/** Values of every variable of the pseudo-code at time step t (0-based), from the engine's LSTM. */
export function lstmCodeValues(word: string, seed: number, forgetBias: number, peephole: boolean, t: number): Record<string, number[]> {
  const ids = [...word].map((c) => HELL.vocab.indexOf(c as (typeof HELL.vocab)[number]));
  const tl = gateTimeline('lstm', ids, 4, 3, { seed, forgetBias, peephole });
  const prev = t > 0 ? tl.steps[t - 1] : { c: [0, 0, 0], h: [0, 0, 0] };
  const x = HELL.vocab.map((_, k) => (k === ids[t] ? 1 : 0));
  const s = tl.steps[t];
  return {
    prev_ct: prev.c, prev_ht: prev.h, input: x, combine: [...prev.h, ...x, ...(peephole ? prev.c : [])],
    ft: s.f, candidate: s.cTilde, it: s.i, Ct: s.c, ot: s.o, ht: s.h,
  };
}

const show = (v: readonly number[]) => `[${v.map((x) => formatNumber(x, 3)).join(', ')}]`;

/** The pseudo-code beside the running cell: the line being executed is highlighted and its variable's value shown. */
export function LstmCode({ params: p, set }: Props) {
  const m = useMessages(rnnMessages);
  const n = p.word.length;
  const L = CELL_LINES.length;
  const stepper = useStepper({ count: n * L, index: p.lc, onIndexChange: (lc) => set({ lc }) });
  const t = Math.floor(stepper.index / L);
  const line = stepper.index % L;
  const v = lstmCodeValues(p.word, p.gseed, p.gfb, p.gpp, t);
  const lines = CELL_LINES.map((l, k) => (k === 0 && p.gpp ? PEEP_COMBINE : l));
  const known = ['prev_ct', 'prev_ht', 'input', ...WRITES.slice(0, line + 1)];
  return (
    <div className="ga-rnn-code">
      <StepControls stepper={stepper} label={(k) => fmt(m.codeStep, { t: Math.floor(k / L) + 1, c: p.word[Math.floor(k / L)], line: k % L + 2 })} globalKeys={useWidgetActive()} />
      <div className="ga-rnn-code__pair">
        <pre className="ga-rnn-code__src" role="region" tabIndex={0} aria-label={m.codeTitle} data-testid="lstm-code" data-line={line}>
          <code>
            <span className="ga-rnn-code__line">def LSTMCELL(prev_ct, prev_ht, input):</span>
            {lines.map((l, k) => (
              <span key={k} className={`ga-rnn-code__line${k === line ? ' ga-rnn-code__line--current' : ''}`} aria-current={k === line ? 'step' : undefined}>    {l}</span>
            ))}
            <span className="ga-rnn-code__line">    return ht, Ct</span>
            <span className="ga-rnn-code__line"> </span>
            <span className="ga-rnn-code__line">ct = [0, 0, 0]</span>
            <span className="ga-rnn-code__line">ht = [0, 0, 0]</span>
            <span className="ga-rnn-code__line">{`for input in inputs:          # t = ${String(t + 1)}, input “${p.word[t]}”`}</span>
            <span className="ga-rnn-code__line ga-rnn-code__line--call">    ct, ht = LSTMCELL(ct, ht, input)</span>
          </code>
        </pre>
        <table className="ga-table" data-testid="lstm-code-vars">
          <caption>{fmt(m.codeVars, { t: t + 1 })}</caption>
          <tbody>
            {['prev_ct', 'prev_ht', 'input', ...WRITES].map((name) => (
              <tr key={name} className={name === WRITES[line] ? 'ga-table__current' : ''}>
                <th scope="row"><code>{name}</code></th>
                <td data-testid={`code-${name}`}>{known.includes(name) ? show(v[name]) : '…'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="ga-readout">{m.codeNote}</p>
    </div>
  );
}
