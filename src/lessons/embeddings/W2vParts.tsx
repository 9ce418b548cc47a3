import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import type { Corpus } from '../../models/word2vec';
import { embeddingsMessages } from './messages';

export interface Example { sentence: number; position: number; centre: number; context: number[]; negatives: number[] }

/** The sentence of the last training example with the window, the centre, its context and the noise words. */
export function ExampleView({ corpus, ex, window, mode }: { corpus: Corpus; ex: Example | null; window: number; mode: 'skipgram' | 'cbow' }) {
  const m = useMessages(embeddingsMessages);
  if (!ex || !corpus.sentences[ex.sentence]) return <p className="ga-emb-note">{m.exampleNone}</p>;
  const s = corpus.sentences[ex.sentence];
  const word = (i: number) => corpus.vocab[i] ?? '?';
  return (
    <div className="ga-w2v-example" data-testid="w2v-example">
      <p className="ga-w2v-sentence" aria-label={m.exampleSentence}>
        {Array.from(s, (w, i) => {
          const inWindow = Math.abs(i - ex.position) <= window;
          const cls = i === ex.position ? 'ga-w2v-tok ga-w2v-tok--centre' : inWindow ? 'ga-w2v-tok ga-w2v-tok--context' : 'ga-w2v-tok';
          return <span key={i} className={cls}>{word(w)}</span>;
        })}
      </p>
      <dl className="ga-w2v-pairs">
        <dt>{m.centre}</dt><dd data-testid="w2v-centre">{word(ex.centre)}</dd>
        <dt>{mode === 'cbow' ? m.contextAll : m.contextOne}</dt><dd data-testid="w2v-context">{ex.context.map(word).join(', ')}</dd>
        <dt>{m.negativesLabel}</dt><dd data-testid="w2v-negatives">{ex.negatives.map(word).join(', ')}</dd>
      </dl>
    </div>
  );
}

/** one-hot(x) → W (|V|×d) → h → W′ → σ(u·h): the network with the live sizes and the centre's row of W. */
export function NetworkDiagram({ vocab, dims, centre, row }: { vocab: number; dims: number; centre: string; row: number[] }) {
  const m = useMessages(embeddingsMessages);
  const boxes = [
    { x: 10, label: fmt(m.netInput, { v: vocab }), sub: fmt(m.netOneHot, { w: centre }) },
    { x: 190, label: fmt(m.netW, { v: vocab, d: dims }), sub: m.netRows },
    { x: 370, label: fmt(m.netH, { d: dims }), sub: row.slice(0, 3).map((v) => formatNumber(v, 2)).join(', ') + (row.length > 3 ? ', …' : '') },
    { x: 550, label: fmt(m.netWout, { v: vocab, d: dims }), sub: m.netSigmoid },
  ];
  return (
    <svg viewBox="0 0 720 110" className="ga-w2v-net" role="img" aria-label={m.networkTitle}>
      <title>{m.networkTitle}</title>
      {boxes.map((b, i) => (
        <g key={i}>
          <rect x={b.x} y={20} width={160} height={70} rx={8} className="ga-w2v-net__box" />
          <text x={b.x + 80} y={48} textAnchor="middle" className="ga-w2v-net__label">{b.label}</text>
          <text x={b.x + 80} y={72} textAnchor="middle" className="ga-w2v-net__sub">{b.sub}</text>
          {i < boxes.length - 1 && <path d={`M${b.x + 162},55 L${b.x + 186},55`} className="ga-w2v-net__arrow" />}
        </g>
      ))}
    </svg>
  );
}
