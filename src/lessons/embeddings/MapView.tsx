import { fmt, useMessages } from '../../i18n';
import { Select } from '../../ui/Select';
import { WordMap } from '../../viz/WordMap';
import { embeddingsMessages } from './messages';
import { MAP_CHOICES, MAP_PRESETS, type MapChoice } from './params';
import { activeSource, type WidgetProps } from './shared';
import { useSourceState, useVectorQuery } from './useVectors';
import { VectorsStatus } from './VectorsStatus';
import type { VectorQuery } from './vectorsProtocol';

/** "a b, c d" → [[a, b], [c, d]]; at most 30 groups of two words. */
export function parseGroups(text: string): string[][] {
  return text.split(/[,;\n]/).map((g) => g.trim().split(/\s+/).filter(Boolean).slice(0, 2)).filter((g) => g.length > 0).slice(0, 30);
}

function mapQuery(choice: MapChoice, custom: string, a: string, b: string, c: string): VectorQuery {
  if (choice === 'analogy') return { kind: 'map', groups: parseGroups(MAP_PRESETS.gender).slice(2, 5), analogy: { a, b, c } };
  return { kind: 'map', groups: parseGroups(choice === 'custom' ? custom : MAP_PRESETS[choice]) };
}

/** A PCA map of a word set (computed in the worker), with the pairs drawn as arrows. */
export function MapView({ params: p, set }: WidgetProps) {
  const m = useMessages(embeddingsMessages);
  const glove = useSourceState('glove');
  const source = activeSource(p, useSourceState('own'));
  const { answer } = useVectorQuery(source, mapQuery(p.mp, p.mw, p.a, p.b, p.c));
  const res = answer?.result.kind === 'map' ? answer.result : null;
  const labels: Record<MapChoice, string> = {
    gender: m.mapGender, capitals: m.mapCapitals, comparatives: m.mapComparatives, tenses: m.mapTenses,
    analogy: fmt(m.mapAnalogy, { a: p.a.trim(), b: p.b.trim(), c: p.c.trim() }), custom: m.mapCustom,
  };
  const missing = res?.checks.filter((x) => !x.ok).map((x) => x.word || '""') ?? [];
  return (
    <div className="ga-emb-map">
      <VectorsStatus state={glove} what="GloVe" />
      <div className="ga-controls">
        <Select label={m.mapPreset} value={p.mp} options={MAP_CHOICES.map((v) => ({ value: v, label: labels[v] }))}
          onChange={(mp) => set({ mp })} data-testid="map-preset" />
        {p.mp === 'custom' && (
          <label className="ga-wordfield ga-map__custom">
            <span className="ga-field__label">{m.customWords}</span>
            <textarea value={p.mw} maxLength={400} rows={2} onChange={(e) => set({ mw: e.target.value })} data-testid="map-custom" />
          </label>
        )}
      </div>
      {res && (
        <>
          <WordMap title={labels[p.mp]} points={res.points.map((q) => ({ label: q.word, x: q.x, y: q.y, kind: q.answer ? 'highlight' : 'normal' }))}
            arrows={res.arrows.map(([from, to, series]) => ({ from, to, series }))} filename={`embedding-map-${p.mp}`} />
          <p className="ga-emb-note" data-testid="map-explained" data-count={answer?.count}>
            {fmt(m.mapExplained, { p: Math.round(100 * (res.explained[0] + res.explained[1])) })}
          </p>
          {missing.length > 0 && <p className="ga-wordfield__error" role="status" data-testid="map-missing">{fmt(m.mapMissing, { words: missing.join(', ') })}</p>}
          {res.points.length === 0 && <p className="ga-emb-note">{m.mapEmpty}</p>}
        </>
      )}
    </div>
  );
}
