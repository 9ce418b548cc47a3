import { useMessages } from '../../i18n';
import type { Values } from '../../lib/urlParams';
import { Prose } from '../../ui/Prose';
import { Segmented } from '../../ui/Toggle';
import { dlMessages, type DlMessages } from './messages';
import { LEVELS, type DlSchema, type Level } from './params';

type Params = Values<DlSchema>;

function Flow({ items, label }: { items: string[]; label: string }) {
  return (
    <ol className="ga-dl-flow" aria-label={label}>
      {items.map((it, i) => <li key={i} className="ga-dl-flow__box">{it}</li>)}
    </ol>
  );
}

/** Traditional programming vs machine learning: who writes the rules. */
export function Paradigms() {
  const m = useMessages(dlMessages);
  return (
    <div className="ga-dl-paradigms">
      <h3>{m.tradProgTitle}</h3>
      <Flow label={m.tradProgTitle} items={[m.boxDataRules, m.boxComputer, m.boxAnswers]} />
      <h3>{m.mlTitle}</h3>
      <Flow label={m.mlTitle} items={[m.boxDataAnswers, m.boxComputer, m.boxRules]} />
      <h3>{m.tradFlowTitle}</h3>
      <Flow label={m.tradFlowTitle} items={[m.boxInput, m.boxHandFeatures, m.boxClassifier, m.boxOutput]} />
      <h3>{m.dlFlowTitle}</h3>
      <Flow label={m.dlFlowTitle} items={[m.boxInput, m.boxLearnedFeatures, m.boxOutput]} />
    </div>
  );
}

const levelName = (m: DlMessages, l: Level) => ({ ai: m.levelAi, ml: m.levelMl, nn: m.levelNn, dl: m.levelDl })[l];
const levelText = (m: DlMessages, l: Level) => ({ ai: m.levelAiText, ml: m.levelMlText, nn: m.levelNnText, dl: m.levelDlText })[l];

/** AI ⊃ ML ⊃ NN ⊃ DL as nested boxes; choosing one explains it. */
export function NestedFields({ params: p, set }: { params: Params; set: (patch: Partial<Params>) => void }) {
  const m = useMessages(dlMessages);
  const box = (k: number): React.ReactNode => {
    const l = LEVELS[k];
    return (
      <div className={`ga-dl-nest ga-dl-nest--${l}${p.lv === l ? ' ga-dl-nest--on' : ''}`} data-testid={`nest-${l}`}>
        <button type="button" className="ga-dl-nest__name" aria-pressed={p.lv === l} onClick={() => set({ lv: l })}>{levelName(m, l)}</button>
        {k + 1 < LEVELS.length && box(k + 1)}
      </div>
    );
  };
  return (
    <div className="ga-dl-nested">
      <div className="ga-dl-nested__picture" role="group" aria-label={m.nestedLabel}>{box(0)}</div>
      <div className="ga-dl-nested__text" data-testid="nest-text">
        <Segmented label={m.chooseLevel} value={p.lv} options={LEVELS.map((l) => ({ value: l, label: levelName(m, l) }))} onChange={(lv) => set({ lv })} />
        <Prose text={levelText(m, p.lv)} />
      </div>
    </div>
  );
}
