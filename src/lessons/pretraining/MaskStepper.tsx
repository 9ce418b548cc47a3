import { useMemo } from 'react';
import { EnglishWord, fmt, fmtNodes, useMessages } from '../../i18n';
import { maskingTrace, type IdDocument, type MaskDraw, type MaskKind } from '../../models/pretrain/masking';
import { PAD, SPECIAL_TOKENS } from '../../models/pretrain/vocab';
import { StepControls } from '../../ui/StepControls';
import { useStepper } from '../../ui/useStepper';
import { pretrainMessages } from './messages';
import type { LessonProps } from './shared';

/** Pairs of the seeded batch stepped through (the first rows of the 64-pair batch counted above). */
export const STEPPED_ROWS = 2;

type Status = 'special' | 'pending' | 'skip' | 'chosen' | MaskKind;
interface Step { row: number; draw: MaskDraw }

const u4 = (u: number) => u.toFixed(4);

/** Status of every position of every row after the first `k` draws. */
function statusAfter(rows: { original: number[] }[], steps: Step[], k: number): Status[][] {
  const out = rows.map((r) => r.original.map((id): Status => (id < SPECIAL_TOKENS.length ? 'special' : 'pending')));
  for (const { row, draw } of steps.slice(0, k)) {
    out[row][draw.col] = draw.phase === 'kind' ? draw.kind! : draw.chosen ? 'chosen' : 'skip';
  }
  return out;
}

export function MaskStepper({ params: p, set, data, val }: LessonProps & { val: IdDocument[] }) {
  const m = useMessages(pretrainMessages);
  const { maxLen, vocabSize } = data.bert.model.config;
  const { rows } = useMemo(() => maskingTrace(val, STEPPED_ROWS, maxLen, vocabSize), [val, maxLen, vocabSize]);
  const steps = useMemo(() => rows.flatMap((r, row) => r.draws.map((draw) => ({ row, draw }))), [rows]);
  const stepper = useStepper({ count: steps.length + 1, index: Math.min(p.mst, steps.length), onIndexChange: (mst) => set({ mst }), baseIntervalMs: 600 });
  const k = stepper.index;
  const status = statusAfter(rows, steps, k);
  const words = (id: number) => data.bert.vocab.words[id];
  // Corpus words are English in either language: marked so (screen readers, the Vietnamese check).
  const word = (id: number) => <EnglishWord>{words(id)}</EnglishWord>;
  const describe = (i: number) => {
    if (i === 0) return fmt(m.msStart, { n: steps.filter((s) => s.draw.phase === 'choose').length });
    const { row, draw } = steps[i - 1];
    const base = { r: row + 1, j: draw.col, w: word(rows[row].original[draw.col]), u: Number.isNaN(draw.u) ? '' : u4(draw.u) };
    if (draw.phase === 'forced') return fmtNodes(m.msForced, base);
    if (draw.phase === 'choose') return fmtNodes(draw.chosen ? m.msChoose : m.msSkip, base);
    if (draw.kind === 'mask') return fmtNodes(m.msMask, base);
    if (draw.kind === 'random') return fmtNodes(m.msRandom, { ...base, x: word(draw.randomId!) });
    return fmtNodes(m.msKeep, base);
  };
  const flat = status.flat();
  const count = (s: Status) => flat.filter((x) => x === s).length;
  const decided = count('mask') + count('random') + count('keep');
  const cur = k > 0 ? steps[k - 1] : null;
  return (
    <div className="ga-pt-maskstep" data-testid="mask-stepper" data-step={k} data-u={cur && !Number.isNaN(cur.draw.u) ? cur.draw.u : ''}>
      <StepControls stepper={stepper} label={describe} title={m.msTitle} />
      {rows.map((r, row) => (
        <div key={row} className="ga-pt-tokens" lang="en" data-testid={`mask-row-${row}`}>
          {r.original.map((id, j) => {
            if (id === PAD) return null;
            const s = status[row][j];
            const here = cur !== null && cur.row === row && cur.draw.col === j;
            const draw = s === 'random' ? steps.find((x) => x.row === row && x.draw.col === j && x.draw.phase === 'kind')!.draw : null;
            const text = s === 'mask' ? '[MASK]' : s === 'random' ? `${words(draw!.randomId!)} (${words(id)})` : words(id);
            return (
              <span key={j} className={`ga-pt-chip ga-pt-chip--${s}${here ? ' ga-pt-chip--here' : ''}`} data-status={s} data-testid={`mask-tok-${row}-${j}`}>{text}</span>
            );
          })}
        </div>
      ))}
      <p className="ga-pt-muted" data-testid="mask-tally" data-chosen={count('chosen') + decided} data-mask={count('mask')} data-random={count('random')} data-keep={count('keep')}>
        {fmt(m.msTally, { chosen: count('chosen') + decided, mask: count('mask'), random: count('random'), keep: count('keep') })} {m.msLegend}
      </p>
    </div>
  );
}
