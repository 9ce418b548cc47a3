import { EnglishWord, fmt, fmtNodes, useMessages } from '../../i18n';
import { inputRepresentation } from '../../models/pretrain/inference';
import { tokenize } from '../../models/text/tokenize';
import { UNK } from '../../models/pretrain/vocab';
import { StepControls } from '../../ui/StepControls';
import { Tex } from '../../ui/Tex';
import { useStepper } from '../../ui/useStepper';
import { useSentenceCheck } from './MaskedLm';
import { pretrainMessages } from './messages';
import { SentenceField } from './SentenceField';
import type { LessonProps } from './shared';

const f3 = (x: number) => x.toFixed(3);
const vec = (v: number[]) => `[${v.map(f3).join(', ')}, …]`;

/** [CLS] A [SEP] B [SEP]: each position's token, segment and position embeddings and their sum (first four of 64 numbers). */
export function InputView({ params, set, data }: LessonProps) {
  const m = useMessages(pretrainMessages);
  const check = useSentenceCheck();
  const { model, vocab } = data.bert;
  const ids = (s: string) => tokenize(s).map((w) => vocab.index.get(w) ?? UNK);
  const rows = inputRepresentation(model, vocab, ids(params.ia), ids(params.ib));
  const stepper = useStepper({ count: rows.length, index: Math.min(params.ip, rows.length - 1), onIndexChange: (ip) => set({ ip }), baseIntervalMs: 700 });
  const cur = rows[stepper.index];
  const segName = (s: number) => (s === 0 ? 'A' : 'B');
  const label = (k: number) => fmtNodes(m.inStep, { p: k, token: <EnglishWord>{rows[k].token}</EnglishWord>, seg: segName(rows[k].segment) });
  const name = cur.token.replace(/[[\]]/g, '');
  const truncated = ids(params.ia).length + ids(params.ib).length + 3 > model.config.maxLen;
  return (
    <div className="ga-pt-input">
      <SentenceField label={m.sentenceA} value={params.ia} validate={check} onCommit={(v) => set({ ia: v })} testId="input-a" />
      <SentenceField label={m.sentenceB} value={params.ib} validate={check} onCommit={(v) => set({ ib: v })} testId="input-b" />
      {truncated && <p className="ga-pt-muted">{fmt(m.inputTruncated, { max: model.config.maxLen })}</p>}
      <StepControls stepper={stepper} label={label} title={m.inSteps} />
      <div className="ga-pt-scroll" tabIndex={0} role="region" aria-label={fmt(m.inStep, { p: cur.position, token: cur.token, seg: segName(cur.segment) })} data-testid="input-step" data-pos={cur.position} data-sum={cur.sum.join(',')}>
        <Tex display math={String.raw`x_{${cur.position}} = E_{\text{tok}}[\text{${name}}] + E_{\text{seg}}[${segName(cur.segment)}] + E_{\text{pos}}[${cur.position}]`} />
        <Tex display math={String.raw`\begin{aligned}${cur.sum.map((x, j) => `x_{${cur.position},${j + 1}} &= ${f3(cur.tok[j])} + (${f3(cur.seg[j])}) + (${f3(cur.pos[j])}) = ${f3(x)}`).join(' \\\\ ')}\end{aligned}`} />
      </div>
      <div className="ga-pt-scroll" tabIndex={0} role="region" aria-label={m.inputTableLabel}>
        <table className="ga-pt-table ga-pt-table--wide" data-testid="input-table">
          <thead><tr><th scope="col">{m.colPos}</th><th scope="col">{m.colToken}</th><th scope="col">{m.colSeg}</th><th scope="col">{m.colTokEmb}</th><th scope="col">{m.colSegEmb}</th><th scope="col">{m.colPosEmb}</th><th scope="col">{m.colSum}</th></tr></thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.position} className={[r.segment === 1 ? 'ga-pt-segb' : '', r.position === cur.position ? 'ga-pt-here' : ''].join(' ').trim() || undefined}>
                <td>{r.position}</td><td lang="en" data-testid={`input-token-${r.position}`}>{r.token}</td><td>{r.segment === 0 ? 'A' : 'B'}</td>
                <td>{vec(r.tok)}</td><td>{vec(r.seg)}</td><td>{vec(r.pos)}</td><td data-testid={`input-sum-${r.position}`}>{vec(r.sum)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
