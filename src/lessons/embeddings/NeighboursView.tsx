import { fmt, useMessages } from '../../i18n';
import { texNum } from '../../lib/texNumber';
import { Tex } from '../../ui/Tex';
import { RankedTable } from './AnalogySolver';
import { embeddingsMessages } from './messages';
import { activeSource, texWord, type WidgetProps } from './shared';
import { useSourceState, useVectorQuery } from './useVectors';
import { VectorsStatus } from './VectorsStatus';
import { WordField } from './WordField';

const vec = (xs: number[]) => `(${xs.map((x) => texNum(x, 3)).join(',\\ ')},\\ \\dots)`;

/** The ten nearest words to a word, and the cosine of two words with every term of the formula. */
export function NeighboursView({ params: p, set }: WidgetProps) {
  const m = useMessages(embeddingsMessages);
  const glove = useSourceState('glove');
  const source = activeSource(p, useSourceState('own'));
  const near = useVectorQuery(source, { kind: 'neighbours', word: p.nw, k: 10 });
  const cos = useVectorQuery(source, { kind: 'cosine', a: p.nw, b: p.cw });
  const nres = near.answer?.result.kind === 'neighbours' ? near.answer.result : null;
  const cres = cos.answer?.result.kind === 'cosine' ? cos.answer.result : null;
  const parts = cres?.parts;
  const A = texWord(p.nw.trim()), B = texWord(p.cw.trim());
  return (
    <div className="ga-neighbours">
      <VectorsStatus state={glove} what="GloVe" />
      <div className="ga-controls">
        <WordField label={m.neighbourWord} value={p.nw} onChange={(nw) => set({ nw })} check={nres?.checks[0]} count={near.answer?.count} testId="neighbour-word" />
        <WordField label={m.cosineWith} value={p.cw} onChange={(cw) => set({ cw })} check={cres?.checks[1]} count={cos.answer?.count} testId="cosine-word" />
      </div>
      {nres?.ranked && <RankedTable rows={nres.ranked} caption={fmt(m.neighboursOf, { word: p.nw.trim() })} testId="neighbour-results" busy={near.busy} count={near.answer?.count} />}
      {parts && (
        <div className="ga-cosine" data-testid="cosine-parts" data-cos={parts.cos.toFixed(6)}>
          <Tex display math={`\\vec A = \\vec{${A}} = ${vec(parts.headA)},\\quad \\vec B = \\vec{${B}} = ${vec(parts.headB)}`} />
          <Tex display math={`\\cos\\theta = \\frac{\\vec A\\cdot\\vec B}{\\lVert\\vec A\\rVert\\,\\lVert\\vec B\\rVert} = \\frac{${texNum(parts.dot, 3)}}{${texNum(parts.normA, 3)}\\times${texNum(parts.normB, 3)}} = ${texNum(parts.cos, 4)}`} />
          <p className="ga-emb-note">{m.cosineNote}</p>
        </div>
      )}
    </div>
  );
}
