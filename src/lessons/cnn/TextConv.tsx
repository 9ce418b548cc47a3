import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import { tex } from '../../lib/texNumber';
import type { Values } from '../../lib/urlParams';
import { SENTENCE, SENTENCE_FILTER, SENTENCE_VECTORS, textConv, type Matrix } from '../../models/cnn';
import { useWidgetActive } from '../../ui/PresenterContext';
import { StepControls } from '../../ui/StepControls';
import { Tex } from '../../ui/Tex';
import { Segmented } from '../../ui/Toggle';
import { useStepper } from '../../ui/useStepper';
import { MatrixView } from '../../viz/MatrixView';
import { cnnMessages } from './messages';
import type { CnnSchema } from './params';

type Params = Values<CnnSchema>;
interface Props { params: Params; set: (patch: Partial<Params>) => void }

/** The deck's 2-word filter; width 1 keeps its first row, width 3 adds a row of our own. */
export function filterOfWidth(k: number): Matrix {
  if (k === 1) return [SENTENCE_FILTER[0]];
  if (k === 3) return [...SENTENCE_FILTER, [0.1, 0.3, 0.1, 0.2, 0.1]];
  return SENTENCE_FILTER;
}

/** A filter spanning k word vectors slides down the sentence; max-over-time keeps the strongest match. */
export function TextConv({ params: p, set }: Props) {
  const m = useMessages(cnnMessages);
  const filter = filterOfWidth(p.tk);
  const r = textConv(SENTENCE_VECTORS, filter);
  const n = r.scores.length;
  // One step per window, plus a last step for max-over-time pooling.
  const stepper = useStepper({ count: n + 1, index: p.tstep, onIndexChange: (tstep) => set({ tstep }) });
  const t = Math.min(stepper.index, n - 1);
  const pooling = stepper.index === n;
  const scores = r.scores.map((v, i) => [i <= stepper.index ? v : Number.NaN]);
  const window = filter.map((row, j) => row.map((w, c) => w * SENTENCE_VECTORS[t + j][c]));
  const sum = window.flat().reduce((a, b) => a + b, 0);
  const windows = pooling ? [] : [{ row: t, col: 0, rows: p.tk, cols: 5, kind: 'read' as const }];
  return (
    <div className="ga-cnn-text">
      <Segmented label={m.filterWidth} value={String(p.tk) as '1' | '2' | '3'} options={['1', '2', '3'].map((v) => ({ value: v as '1' | '2' | '3', label: fmt(m.wordsN, { k: v }) }))}
        onChange={(v) => set({ tk: Number(v), tstep: 0 })} />
      <div className="ga-cnn-row">
        <MatrixView title={m.sentenceVectors} values={SENTENCE_VECTORS} rowLabels={SENTENCE} windows={windows} colorByValue digits={2} cellWidth={46} />
        <MatrixView title={fmt(m.textFilter, { k: p.tk })} values={filter} colorByValue digits={2} cellWidth={46} />
        <MatrixView title={m.textScores} values={scores} rowLabels={SENTENCE.slice(0, n).map((_, i) => SENTENCE.slice(i, i + p.tk).join(' '))} digits={3} cellWidth={60}
          windows={pooling ? [{ row: r.argmax, col: 0, rows: 1, cols: 1, kind: 'winner' }] : [{ row: t, col: 0, rows: 1, cols: 1, kind: 'write' }]} />
      </div>
      {pooling
        ? <p className="ga-readout" data-testid="text-max">{fmt(m.maxOverTime, { v: formatNumber(r.max, 3), words: SENTENCE.slice(r.argmax, r.argmax + p.tk).join(' ') })}</p>
        : <Tex display math={tex`c_{${t + 1}} = \textstyle\sum_{j,d} w_{j,d}\, x_{${t + 1}+j,d} = ${sum}`} />}
      <StepControls stepper={stepper} globalKeys={useWidgetActive()}
        label={(k) => (k === n ? m.maxOverTimeStep : fmt(m.textStepLabel, { words: SENTENCE.slice(k, k + p.tk).join(' ') }))} />
    </div>
  );
}
