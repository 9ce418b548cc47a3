import { useState } from 'react';
import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import { texNum } from '../../lib/texNumber';
import type { Values } from '../../lib/urlParams';
import { HELL, rnnForward, wordError, type RnnStep } from '../../models/rnn';
import { useWidgetActive } from '../../ui/PresenterContext';
import { StepControls } from '../../ui/StepControls';
import { Segmented } from '../../ui/Toggle';
import { ScrollTex } from '../../ui/ScrollTex';
import { useStepper } from '../../ui/useStepper';
import { rnnMessages } from './messages';
import type { rnnSchema } from './params';
import { RnnDiagram } from './RnnDiagram';
import { VIEWS } from './params';

type Params = Values<typeof rnnSchema>;
interface Props { params: Params; set: (patch: Partial<Params>) => void }

const col = (v: readonly number[], d = 3) => `\\begin{bmatrix}${v.map((x) => texNum(x, d)).join('\\\\')}\\end{bmatrix}`;
const mat = (M: readonly (readonly number[])[]) => `\\begin{bmatrix}${M.map((r) => r.map((x) => texNum(x)).join('&')).join('\\\\')}\\end{bmatrix}`;

/** The formula of one phase with the live numbers. */
export function phaseTex(s: RnnStep, phase: number): string {
  const t = String(s.t);
  const p = String(s.t - 1);
  if (phase === 0) return `a_{${t}} = W h_{${p}} + U x_{${t}} = ${mat(HELL.W)}${col(s.hPrev)} + ${mat(HELL.U)}${col(s.x, 0)} = ${col(s.Wh)} + ${col(s.Ux)} = ${col(s.a)}`;
  if (phase === 1) return `h_{${t}} = \\tanh(a_{${t}}) = \\tanh${col(s.a)} = ${col(s.h)}`;
  return `y_{${t}} = \\operatorname{softmax}(V h_{${t}}) = \\operatorname{softmax}${col(s.logits)} = ${col(s.y)}`;
}

/** A text field for the word, validated against the vocabulary; a bad word shows why and keeps the last good one. */
export function WordField({ value, onChange }: { value: string; onChange: (w: string) => void }) {
  const m = useMessages(rnnMessages);
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  if (seen !== value) { setSeen(value); setText(value); }
  const err = wordError(text.trim().toLowerCase());
  const message = err === 'short' ? m.wordShort : err === 'long' ? m.wordLong : err === 'chars' ? m.wordChars : '';
  return (
    <div className={`ga-field${err ? ' ga-field--invalid' : ''}`}>
      <label className="ga-field__label" htmlFor="rnn-word">{m.word}</label>
      <input id="rnn-word" className="ga-field__input" type="text" size={12} value={text} spellCheck={false} autoComplete="off"
        aria-invalid={err ? true : undefined} aria-describedby="rnn-word-error" data-testid="rnn-word"
        onChange={(e) => {
          setText(e.target.value);
          const w = e.target.value.trim().toLowerCase();
          if (wordError(w) === null) onChange(w);
        }} />
      <p id="rnn-word-error" className="ga-field__error" aria-live="polite">{message}</p>
    </div>
  );
}

/** Step through the deck's character RNN, one time step and one formula at a time. */
export function HellStepper({ params: p, set }: Props) {
  const m = useMessages(rnnMessages);
  const steps = rnnForward(p.word);
  const count = steps.length * 3;
  const stepper = useStepper({ count, index: p.st, onIndexChange: (st) => set({ st }) });
  const t = Math.floor(stepper.index / 3) + 1;
  const phase = stepper.index % 3;
  const s = steps[t - 1];
  const phaseLabel = (k: number) => fmt([m.phaseA, m.phaseH, m.phaseY][k % 3], { t: Math.floor(k / 3) + 1, c: steps[Math.floor(k / 3)].input });
  const shown = (k: number, ph: number) => k < t || (k === t && ph <= phase);
  return (
    <div className="ga-rnn-hell">
      <div className="ga-controls">
        <WordField value={p.word} onChange={(word) => set({ word, st: 0 })} />
        <Segmented label={m.viewLabel} value={p.view} options={VIEWS.map((v) => ({ value: v, label: v === 'folded' ? m.viewFolded : m.viewUnrolled }))}
          onChange={(view) => set({ view })} />
        <button type="button" className="ga-button" onClick={() => set({ word: HELL.word, st: 2 })}>{m.preset}</button>
      </div>
      <RnnDiagram steps={steps} vocab={HELL.vocab} t={t} phase={phase} folded={p.view === 'folded'} label={m.diagramLabel} />
      <StepControls stepper={stepper} label={phaseLabel} globalKeys={useWidgetActive()} />
      <ScrollTex label={m.formula} testId="hell-formula" math={phaseTex(s, phase)} />
      <div className="ga-rnn__scroll" tabIndex={0} role="region" aria-label={m.tableCaption}>
      <table className="ga-table ga-rnn__table" data-testid="hell-table">
        <caption>{m.tableCaption}</caption>
        <thead><tr><th scope="col">t</th><th scope="col">{m.colIn}</th><th scope="col">a_t</th><th scope="col">h_t</th><th scope="col">y_t ({HELL.vocab.join(', ')})</th><th scope="col">{m.colTarget}</th><th scope="col">{m.colLoss}</th></tr></thead>
        <tbody>
          {steps.map((r) => (
            <tr key={r.t} className={r.t === t ? 'ga-table__current' : ''}>
              <th scope="row">{r.t}</th>
              <td>{r.input}</td>
              <td data-testid={`hell-a-${r.t}`}>{shown(r.t, 0) ? r.a.map((v) => formatNumber(v, 3)).join(', ') : '…'}</td>
              <td data-testid={`hell-h-${r.t}`}>{shown(r.t, 1) ? r.h.map((v) => formatNumber(v, 3)).join(', ') : '…'}</td>
              <td data-testid={`hell-y-${r.t}`}>{shown(r.t, 2) ? r.y.map((v) => formatNumber(v, 3)).join(', ') : '…'}</td>
              <td>{r.target}</td>
              <td data-testid={`hell-loss-${r.t}`}>{shown(r.t, 2) ? formatNumber(r.loss, 3) : '…'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </div>
  );
}
