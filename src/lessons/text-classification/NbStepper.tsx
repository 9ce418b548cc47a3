import { useMemo, useState } from 'react';
import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import { texNum } from '../../lib/texNumber';
import type { Values } from '../../lib/urlParams';
import { logLikelihood, naiveProduct } from '../../models/text/naiveBayes';
import { MAX_TEXT_CHARS } from '../../models/text/validate';
import { Notice } from '../../ui/Notice';
import { NumberField } from '../../ui/NumberField';
import { Select } from '../../ui/Select';
import { StepControls } from '../../ui/StepControls';
import { Tex } from '../../ui/Tex';
import { useStepper } from '../../ui/useStepper';
import { CountsTable } from './CountsTable';
import { textMessages as msgs } from './messages';
import { draftProblem, longestTestMail, nbView, testMailText } from './nbView';
import type { TextSchema } from './params';
import { presetText, PRESETS, type Preset } from './presets';
import { TokenText } from './TokenText';
import type { SpamBundle } from './useSpamData';

type Params = Values<TextSchema>;
interface Props { bundle: SpamBundle; params: Params; set: (p: Partial<Params>) => void }

function resolveText(b: SpamBundle, p: Params): string {
  if (p.np === 'mail') return testMailText(b, p.nm);
  if (p.np === 'custom') return p.nt || presetText('phishing')!;
  return presetText(p.np)!;
}

/** Text box with validation: a bad draft shows a message and the last good text stays classified. */
function TextInput({ bundle, text, onGood }: { bundle: SpamBundle; text: string; onGood: (t: string) => void }) {
  const m = useMessages(msgs);
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? text;
  const problem = draft === null ? null : draftProblem(bundle, draft);
  return (
    <div className="ga-tc-input">
      <label htmlFor="nb-text">{m.yourMessage}</label>
      <textarea id="nb-text" lang="en" className="ga-tc-textarea" rows={6} value={shown} data-testid="nb-text"
        onChange={(e) => {
          const t = e.target.value;
          setDraft(t);
          const pr = draftProblem(bundle, t);
          if (pr === null || pr === 'unknownOnly') onGood(t);
        }} />
      {problem && (
        <Notice kind={problem === 'unknownOnly' ? 'warn' : 'error'} data-testid="nb-problem">
          {fmt(m[`problem_${problem}`], { max: formatNumber(MAX_TEXT_CHARS, 0) })}
        </Notice>
      )}
    </div>
  );
}

export function NbStepper({ bundle, params: p, set }: Props) {
  const m = useMessages(msgs);
  const [longCustom, setLongCustom] = useState<string | null>(null);
  // A new example replaces the draft; typing (which switches to 'custom') must not remount the box.
  const [generation, setGeneration] = useState(0);
  const choose = (patch: Partial<Params>) => { setLongCustom(null); setGeneration((g) => g + 1); set({ ...patch, ns: 0 }); };
  const text = p.np === 'custom' && longCustom !== null ? longCustom : resolveText(bundle, p);
  const view = useMemo(() => nbView(bundle, text), [bundle, text]);
  const n = view.tokens.length;
  const stepper = useStepper({ count: n + 1, index: Math.min(p.ns, n), onIndexChange: (ns) => set({ ns }), baseIntervalMs: 500 });
  const k = stepper.index;
  const running = k === 0 ? view.score.prior : view.score.running[k - 1];
  const cur = k > 0 ? view.tokens[k - 1] : null;
  const curC = k > 0 ? view.score.contributions[k - 1] : null;
  const done = k === n;
  const w = cur ? cur.token.replace(/[\\{}$&#^_%~]/g, '') : '';
  const options = PRESETS.map((value) => ({ value, label: m[`preset_${value}`] }));
  const onGood = (t: string) => {
    if (t.length <= 2000) { setLongCustom(null); set({ np: 'custom', nt: t, ns: 0 }); } else { setLongCustom(t); set({ np: 'custom', nt: '', ns: 0 }); }
  };
  const label = (i: number) => {
    if (i === 0) return m.stepPrior;
    const t = view.tokens[i - 1];
    const c = view.score.contributions[i - 1];
    return c === null ? fmt(m.stepUnknown, { w: t.token }) : fmt(m.stepAddWord, { w: t.token, c: formatNumber(c, 3) });
  };
  return (
    <div className="ga-tc-nb">
      <div className="ga-controls">
        <Select label={m.example} value={p.np} options={options} onChange={(np: Preset) => choose({ np })} data-testid="nb-preset" />
        {p.np === 'mail' && (
          <>
            <NumberField label={m.testMailIndex} value={p.nm} min={0} max={bundle.data.test.count - 1} integer onChange={(nm) => choose({ nm })} data-testid="nb-mail" />
            <span className="ga-readout" data-testid="nb-mail-label">{bundle.data.test.labels[p.nm] ? m.spam : m.ham}</span>
          </>
        )}
        <button type="button" className="ga-button" onClick={() => choose({ np: 'mail', nm: longestTestMail(bundle) })}>{m.longestMail}</button>
      </div>
      {p.np.startsWith('phishing') && <p className="ga-tc-note" data-testid="phishing-note">{m.phishingNote}</p>}
      <TextInput key={generation} bundle={bundle} text={text} onGood={onGood} />
      <StepControls stepper={stepper} label={label} title={m.nbSteps} />
      <p className="ga-readout" aria-live="polite">
        {m.runningScore} <output data-testid="nb-score" data-value={running}>{formatNumber(running, 3)}</output>
        {' · '}{m.pSpam} <output data-testid="nb-p">{formatNumber(1 / (1 + Math.exp(-running)), 4)}</output>
        {done && <>{' · '}{m.mapClass} <strong data-testid="nb-class">{view.score.score > 0 ? m.spam : m.ham}</strong></>}
        {' · '}{fmt(m.knownWords, { k: view.score.known, n })}
      </p>
      <div className="ga-tc-formula" data-testid="nb-formula">
        <Tex display math={`\\text{score}_{${k}} = \\log\\frac{P(\\text{spam})}{P(\\text{ham})} + \\sum_{i=1}^{${k}} \\log\\frac{P(w_i\\mid\\text{spam})}{P(w_i\\mid\\text{ham})} = ${texNum(view.score.prior, 3)} ${k > 0 ? `+ ${texNum(running - view.score.prior, 3)}` : ''} = ${texNum(running, 3)}`} />
        {cur && curC !== null && (
          <>
            <Tex display math={`P(\\text{${w}}\\mid\\text{spam}) = \\frac{${bundle.nb.counts[1][cur.id]} + 1}{${bundle.nb.totals[1]} + ${bundle.nb.vocabSize}} = ${texNum(Math.exp(logLikelihood(bundle.nb, cur.id, 1)), 3)}`} />
            <Tex display math={`P(\\text{${w}}\\mid\\text{ham}) = \\frac{${bundle.nb.counts[0][cur.id]} + 1}{${bundle.nb.totals[0]} + ${bundle.nb.vocabSize}} = ${texNum(Math.exp(logLikelihood(bundle.nb, cur.id, 0)), 3)}`} />
          </>
        )}
      </div>
      <TokenText text={text} tokens={view.tokens} values={view.score.contributions} shown={k} maxAbs={view.maxAbs} testId="nb-tokens" label={m.highlighted} />
      <p className="ga-tc-legend">{m.legendLlr}</p>
      <Underflow bundle={bundle} ids={view.tokens.map((t) => t.id)} />
      <CountsTable bundle={bundle} tokens={view.tokens} />
    </div>
  );
}

function Underflow({ bundle, ids }: { bundle: SpamBundle; ids: number[] }) {
  const m = useMessages(msgs);
  const r = naiveProduct(bundle.nb, ids, 1);
  return (
    <div className="ga-tc-underflow" data-testid="nb-underflow">
      <Tex display math={`P(\\text{spam})\\prod_i P(w_i\\mid\\text{spam}) = ${r.product === 0 ? '0' : texNum(r.product, 3)}\\qquad \\log P(\\text{spam}) + \\sum_i \\log P(w_i\\mid\\text{spam}) = ${texNum(r.logSum, 2)}`} />
      <p>{r.underflowAt === null ? m.noUnderflow : fmt(m.underflow, { k: r.underflowAt + 1 })}</p>
    </div>
  );
}
