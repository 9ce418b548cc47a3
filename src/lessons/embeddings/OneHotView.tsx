import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import { texNum, texVector } from '../../lib/texNumber';
import { cosine } from '../../models/embeddings';
import { Select } from '../../ui/Select';
import { Tex } from '../../ui/Tex';
import { Heatmap } from '../../viz/Heatmap';
import { embeddingsMessages } from './messages';
import { ANIMAL_TABLE, ANIMALS, type Animal } from './params';
import type { WidgetProps } from './shared';
import { useSourceState } from './useVectors';

const vec = (xs: readonly number[]) => texVector(xs, 2);

/** Deck 002's dense animal vectors beside one-hot vectors of the same ten words. */
export function OneHotView({ params: p, set }: WidgetProps) {
  const m = useMessages(embeddingsMessages);
  const glove = useSourceState('glove');
  const dims = [m.dimAnimal, m.dimDomesticated, m.dimPet, m.dimFluffy];
  const ia = ANIMALS.indexOf(p.ha), ib = ANIMALS.indexOf(p.hb);
  const oneHot = ANIMALS.map((_, i) => ANIMALS.map((__, j) => (i === j ? 1 : 0)));
  const dense = cosine(ANIMAL_TABLE[ia], ANIMAL_TABLE[ib]);
  const hot = cosine(oneHot[ia], oneHot[ib]);
  const options = ANIMALS.map((a) => ({ value: a, label: a }));
  const vocab = glove.status === 'ready' ? (glove.info.fullCount ?? glove.info.count).toLocaleString('en-US') : '50,000';
  return (
    <div className="ga-onehot">
      <div className="ga-onehot__charts">
        <Heatmap title={m.denseTitle} values={ANIMAL_TABLE} scale="diverging" domain={[-0.7, 0.7]} rowLabels={[...ANIMALS]} colLabels={dims}
          showValues digits={2} cellSize={54} highlight={[ia, ib].flatMap((r) => dims.map((_, col) => ({ row: r, col })))} />
        <Heatmap title={m.oneHotTitle} values={oneHot} scale="sequential" domain={[0, 1]} rowLabels={[...ANIMALS]} colLabels={[...ANIMALS]}
          showValues digits={0} cellSize={30} />
      </div>
      <p className="ga-emb-note">{fmt(m.oneHotNote, { count: vocab })}</p>
      <div className="ga-controls">
        <Select label={m.compareA} value={p.ha} options={options} onChange={(ha) => set({ ha: ha as Animal })} data-testid="animal-a" />
        <Select label={m.compareB} value={p.hb} options={options} onChange={(hb) => set({ hb: hb as Animal })} data-testid="animal-b" />
      </div>
      <Tex display math={`\\cos(${vec(ANIMAL_TABLE[ia])}, ${vec(ANIMAL_TABLE[ib])}) = ${texNum(dense, 4)}`} />
      <p className="ga-readout">
        {m.cosDense}: <output data-testid="cos-dense">{formatNumber(dense, 4)}</output>
        {' · '}{m.cosOneHot}: <output data-testid="cos-onehot">{formatNumber(hot, 4)}</output>
      </p>
    </div>
  );
}
