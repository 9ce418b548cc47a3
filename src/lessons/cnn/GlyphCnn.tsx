import { useMemo, useState } from 'react';
import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import type { Values } from '../../lib/urlParams';
import { GLYPHS, type Glyph } from '../../models/cnn';
import { GLYPH_CONV, GLYPH_POOL, GLYPH_SIDE, glyphInfer, glyphParamsFrom, shiftedGlyph } from '../../models/glyphCnn';
import { ProseBlock } from '../../ui/LessonLayout';
import { Notice } from '../../ui/Notice';
import { NumberField } from '../../ui/NumberField';
import { Prose } from '../../ui/Prose';
import { Select } from '../../ui/Select';
import { Widget } from '../../ui/Widget';
import { Heatmap } from '../../viz/Heatmap';
import { PixelMap } from '../../viz/PixelMap';
import { glyphMessages } from './glyphMessages';
import type { CnnSchema } from './params';
import { GLYPH_MAX_STEPS, useGlyphTraining, type GlyphRun } from './useGlyphTraining';

type Params = Values<CnnSchema>;
interface Props { params: Params; set: (patch: Partial<Params>) => void; reset: (keys: (keyof Params & string)[]) => () => void }

function Status({ run }: { run: GlyphRun }) {
  const m = useMessages(glyphMessages);
  const r = run.report;
  const pct = (v: number) => `${formatNumber(100 * v, 1)}\u00a0%`;
  if (!r || !run.snapshot) return null;
  return (
    <p className="ga-readout">
      {m.stepWord} <output data-testid="glyph-step">{run.snapshot.step}</output>
      {' · '}{fmt(m.trainAcc, { n: r.trainSize })}: <output data-testid="glyph-train-acc" data-value={r.trainAccuracy}>{pct(r.trainAccuracy)}</output>
      {' · '}{fmt(m.testAcc, { n: r.testSize })}: <output data-testid="glyph-test-acc" data-value={r.testAccuracy}>{pct(r.testAccuracy)}</output>
      {' · '}{fmt(m.cleanAcc, { n: r.cleanSize })}: <output data-testid="glyph-clean-acc" data-value={r.cleanAccuracy}>{pct(r.cleanAccuracy)}</output>
    </p>
  );
}

function Maps({ maps, side, what, testId }: { maps: Float64Array[]; side: number; what: string; testId: string }) {
  const m = useMessages(glyphMessages);
  return (
    <div className="ga-cnn-maps__layer" data-testid={testId}>
      <h3>{what}</h3>
      <div className="ga-cnn-maps__row">
        {maps.map((v, i) => <PixelMap key={i} values={v} rows={side} cols={side} scale="sequential" label={fmt(m.mapLabel, { i: i + 1, what })} size={side * 8} />)}
      </div>
    </div>
  );
}

function Body({ params: p, set }: Pick<Props, 'params' | 'set'>) {
  const m = useMessages(glyphMessages);
  const run = useGlyphTraining(p.gf);
  const [grid, setGrid] = useState(() => Array.from(shiftedGlyph(GLYPHS.indexOf(p.gsel), 0, 0)));
  const net = useMemo(() => {
    if (!run.snapshot) return null;
    try { return glyphParamsFrom(p.gf, Object.fromEntries(run.snapshot.weights.map((w) => [w.name, w.data]))); } catch { return null; }
  }, [run.snapshot, p.gf]);
  const inf = useMemo(() => (net ? glyphInfer(net, grid) : null), [net, grid]);
  const names = GLYPHS.map((g) => m[g]);
  const toggle = (r: number, c: number) => setGrid((g) => g.map((v, i) => (i === r * GLYPH_SIDE + c ? 1 - v : v)));
  const load = (g: Glyph) => { set({ gsel: g }); setGrid(Array.from(shiftedGlyph(GLYPHS.indexOf(g), 0, 0))); };
  const rows = Array.from({ length: GLYPH_SIDE }, (_, r) => grid.slice(r * GLYPH_SIDE, (r + 1) * GLYPH_SIDE));
  return (
    <div className="ga-cnn-glyph">
      <div className="ga-controls">
        <NumberField label={m.filters} value={p.gf} min={1} max={8} integer onChange={(gf) => set({ gf })} data-testid="glyph-filters" />
        <button type="button" className="ga-button ga-button--primary" onClick={run.toggle} disabled={!run.snapshot} data-testid="glyph-train">{run.state === 'running' ? m.pause : m.train}</button>
        <button type="button" className="ga-button" onClick={run.step} disabled={!run.snapshot || run.state === 'running'}>{m.oneStep}</button>
        <button type="button" className="ga-button" onClick={run.reset} disabled={!run.snapshot}>{m.resetTraining}</button>
      </div>
      <p className="ga-cnn-note">{fmt(m.autoStop, { n: GLYPH_MAX_STEPS })}</p>
      {run.error && <Notice kind="error">{run.error}</Notice>}
      <Status run={run} />
      {net && (
        <div className="ga-cnn-filters" data-testid="glyph-filters-view">
          <h3>{m.filtersTitle}</h3>
          <div className="ga-cnn-maps__row">
            {Array.from({ length: p.gf }, (_, i) => <PixelMap key={i} values={net.K.data.subarray(i * 9, i * 9 + 9)} rows={3} cols={3} scale="diverging" label={fmt(m.filterLabel, { i: i + 1 })} size={48} />)}
          </div>
        </div>
      )}
      <div className="ga-cnn-row">
        <div>
          <div className="ga-controls">
            <Select label={m.load} value={p.gsel} options={GLYPHS.map((g, i) => ({ value: g, label: names[i] }))} onChange={load} data-testid="glyph-load" />
            <button type="button" className="ga-button" onClick={() => setGrid(Array(GLYPH_SIDE * GLYPH_SIDE).fill(0) as number[])} data-testid="glyph-clear">{m.clear}</button>
          </div>
          <div data-testid="glyph-grid">
            <Heatmap title={m.gridTitle} values={rows} scale="sequential" domain={[0, 1]} cellSize={28} onCellClick={toggle} />
          </div>
        </div>
        {inf && (
          <div>
            <p className="ga-cnn-prediction">{m.prediction}: <output data-testid="glyph-prediction" data-value={GLYPHS[inf.predicted]}>{names[inf.predicted]}</output></p>
            <div data-testid="glyph-probs" data-values={inf.probs.join(',')}>
              <Heatmap title={m.probsTitle} values={[inf.probs.map((q) => 100 * q)]} scale="sequential" domain={[0, 100]} showValues digits={0} cellSize={44} colLabels={names} />
            </div>
            <div className="ga-cnn-maps">
              <Maps maps={inf.conv} side={GLYPH_CONV} what={m.mapsConv} testId="glyph-conv-maps" />
              <Maps maps={inf.pool} side={GLYPH_POOL} what={m.mapsPool} testId="glyph-pool-maps" />
            </div>
          </div>
        )}
      </div>
    </div>
  );
}

/** The deck's X / O / ⁄ / \ recognition example as a trained tiny CNN (loaded on demand). */
export default function GlyphCnn({ params, set, reset }: Props) {
  const m = useMessages(glyphMessages);
  return (
    <>
      <ProseBlock><Prose text={m.intro} /></ProseBlock>
      <Widget id="glyph-cnn" title={m.title} onReset={reset(['gf', 'gsel'])}>
        <Body params={params} set={set} />
      </Widget>
    </>
  );
}
