import { useMessages } from '../../i18n';
import { pretrainMessages } from './messages';

const PAIR = ['[CLS]', 'A₁', 'A₂', '[SEP]', 'B₁', 'B₂', '[SEP]'];
const ONE = ['[CLS]', 'w₁', 'w₂', 'w₃', '[SEP]'];

/** The four fine-tuning heads of the BERT paper, drawn as token rows with the positions each head reads. */
export function Heads() {
  const m = useMessages(pretrainMessages);
  const cards = [
    { title: m.headPair, tasks: 'MNLI, QQP, QNLI, STS-B, MRPC, RTE, SWAG', tokens: PAIR, read: (i: number) => i === 0, reads: m.headReadCls },
    { title: m.headSingle, tasks: 'SST-2, CoLA', tokens: ONE, read: (i: number) => i === 0, reads: m.headReadCls },
    { title: m.headSpan, tasks: 'SQuAD v1.1', tokens: PAIR, read: (i: number) => i > 3 && i < 6, reads: m.headReadSpan },
    { title: m.headTag, tasks: 'CoNLL-2003 NER', tokens: ONE, read: (i: number) => i > 0 && i < 4, reads: m.headReadTag },
  ];
  return (
    <div className="ga-pt-heads" data-testid="heads">
      {cards.map((c) => (
        <div key={c.title} className="ga-pt-head">
          <h4>{c.title}</h4>
          <div className="ga-pt-head__row" aria-hidden="true" lang="en">
            {c.tokens.map((t, i) => <span key={i} className={c.read(i) ? 'ga-pt-chip ga-pt-chip--read' : 'ga-pt-chip'}>{t}</span>)}
          </div>
          <p>{m.headReads}: {c.reads}</p>
          <p className="ga-pt-muted" lang="en">{c.tasks}</p>
        </div>
      ))}
    </div>
  );
}
