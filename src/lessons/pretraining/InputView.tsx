import { fmt, useMessages } from '../../i18n';
import { inputRepresentation } from '../../models/pretrain/inference';
import { tokenize } from '../../models/text/tokenize';
import { UNK } from '../../models/pretrain/vocab';
import { Tex } from '../../ui/Tex';
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
  const first = rows[1] ?? rows[0];
  const truncated = ids(params.ia).length + ids(params.ib).length + 3 > model.config.maxLen;
  return (
    <div className="ga-pt-input">
      <SentenceField label={m.sentenceA} value={params.ia} validate={check} onCommit={(v) => set({ ia: v })} testId="input-a" />
      <SentenceField label={m.sentenceB} value={params.ib} validate={check} onCommit={(v) => set({ ib: v })} testId="input-b" />
      {truncated && <p className="ga-pt-muted">{fmt(m.inputTruncated, { max: model.config.maxLen })}</p>}
      <Tex display math={String.raw`x_{${first.position}} = E_{\text{tok}}[\text{${first.token.replace(/[[\]]/g, '')}}] + E_{\text{seg}}[${first.segment === 0 ? 'A' : 'B'}] + E_{\text{pos}}[${first.position}] = [${first.sum.map(f3).join(', ')}, \dots]`} />
      <div className="ga-pt-scroll" tabIndex={0} role="region" aria-label={m.inputTableLabel}>
        <table className="ga-pt-table ga-pt-table--wide" data-testid="input-table">
          <thead><tr><th scope="col">{m.colPos}</th><th scope="col">{m.colToken}</th><th scope="col">{m.colSeg}</th><th scope="col">{m.colTokEmb}</th><th scope="col">{m.colSegEmb}</th><th scope="col">{m.colPosEmb}</th><th scope="col">{m.colSum}</th></tr></thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.position} className={r.segment === 1 ? 'ga-pt-segb' : undefined}>
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
