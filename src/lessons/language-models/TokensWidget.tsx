import { useMemo } from 'react';
import type { BrownCorpus } from '../../data';
import { fmt, useMessages } from '../../i18n';
import type { Values } from '../../lib/urlParams';
import { countPieces, learnBpe, type MergeStep, type Tokenizer } from '../../models/lm/bpe';
import { StepControls } from '../../ui/StepControls';
import { useStepper } from '../../ui/useStepper';
import { checkPrompt, showToken } from './lmData';
import { lmMessages } from './messages';
import type { lmSchema } from './params';
import { PromptField } from './PromptField';

type Params = Values<typeof lmSchema>;
interface Props { tok: Tokenizer; corpus: BrownCorpus | null; params: Params; set: (p: Partial<Params>) => void }

/** Sentences and merges of the stepper's small sample (the same learnBpe as the shipped tokenizer). */
export const SAMPLE_SENTENCES = 200;
export const SAMPLE_MERGES = 60;

export function sampleMerges(corpus: BrownCorpus): MergeStep[] {
  const steps: MergeStep[] = [];
  learnBpe(countPieces(corpus.train.slice(0, SAMPLE_SENTENCES)), SAMPLE_MERGES, { topPairs: 6, onStep: (s) => steps.push(s) });
  return steps;
}

const vis = (s: string) => s.replace(/ /g, '␣');

function MergeStepper({ steps, index, onIndex }: { steps: MergeStep[]; index: number; onIndex: (k: number) => void }) {
  const m = useMessages(lmMessages);
  const stepper = useStepper({ count: steps.length, index, onIndexChange: onIndex });
  const s = steps[stepper.index];
  const label = (k: number) => fmt(m.bpeStep, { k: k + 1, l: vis(steps[k].pair[0]), r: vis(steps[k].pair[1]), m: vis(steps[k].pair.join('')), count: steps[k].count, v: steps[k].vocabSize });
  return (
    <div className="ga-lm-bpe">
      <p>{fmt(m.bpeSample, { n: SAMPLE_SENTENCES })}</p>
      <StepControls stepper={stepper} label={label} title={m.bpeStepLabel} />
      <div className="ga-lm-bpe__cols">
        <table className="ga-table" data-testid="bpe-top">
          <caption>{m.bpeTop}</caption>
          <thead><tr><th scope="col">{m.pair}</th><th scope="col">{m.count}</th></tr></thead>
          <tbody>{s.top.map((t, i) => <tr key={i} className={i === 0 ? 'ga-lm-bpe__best' : undefined}><td lang="en"><code>{vis(t.pair[0])}</code> + <code>{vis(t.pair[1])}</code></td><td>{t.count}</td></tr>)}</tbody>
        </table>
        <div>
          <p>{m.bpeVocabNew}</p>
          <p className="ga-lm-chips" lang="en">{steps.slice(Math.max(0, stepper.index - 11), stepper.index + 1).reverse().map((x, i) => <code key={i} className="ga-lm-chip">{vis(x.pair.join(''))}</code>)}</p>
        </div>
      </div>
    </div>
  );
}

export function TokensWidget({ tok, corpus, params: p, set }: Props) {
  const m = useMessages(lmMessages);
  const steps = useMemo(() => (corpus ? sampleMerges(corpus) : []), [corpus]);
  const check = checkPrompt(tok, p.sent, 4096);
  const ids = check.ok ? check.ids : [];
  const words = p.sent.trim().split(/\s+/).filter(Boolean).length;
  return (
    <div className="ga-lm-tokens">
      {steps.length > 0 ? <MergeStepper steps={steps} index={Math.min(p.bs, steps.length - 1)} onIndex={(bs) => set({ bs })} /> : <p className="ga-note">{m.loadingCorpus}</p>}
      <PromptField label={m.sentence} value={p.sent} tok={tok} context={4096} onChange={(sent) => set({ sent })} testId="lm-sentence" />
      <ul className="ga-lm-counts" data-testid="lm-token-counts">
        <li>{fmt(m.tokCount, { n: [...p.sent].length, unit: m.tokChars })}</li>
        <li>{fmt(m.tokCount, { n: words, unit: m.tokWords })}</li>
        <li data-testid="lm-bpe-count" data-n={ids.length}>{fmt(m.tokCount, { n: ids.length, unit: m.tokBpe })}</li>
      </ul>
      <p className="ga-lm-chips" lang="en" aria-label={m.tokIds} data-testid="lm-token-list">
        {ids.map((id, i) => <span key={i} className="ga-lm-chip"><code>{showToken(tok, id)}</code><sub>{id}</sub></span>)}
      </p>
    </div>
  );
}
