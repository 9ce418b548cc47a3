import { useMemo } from 'react';
import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import { solveAnalogy, spaceFromMatrix } from '../../models/embeddings';
import { generateCorpus, W2V_RELATIONS } from '../../models/word2vec';
import { unpackExample } from '../../models/word2vecTask';
import { Notice } from '../../ui/Notice';
import { NumberField } from '../../ui/NumberField';
import { Segmented } from '../../ui/Toggle';
import { Select } from '../../ui/Select';
import { FunctionPlot } from '../../viz/FunctionPlot';
import { WordMap } from '../../viz/WordMap';
import { embeddingsMessages } from './messages';
import { W2V_RELATIONS_CHOICES } from './params';
import type { WidgetProps } from './shared';
import { useWord2vec, W2V_SENTENCES } from './useWord2vec';
import { ExampleView, NetworkDiagram } from './W2vParts';

/** Skip-gram / CBOW with negative sampling, trained live in the worker on a generated corpus. */
export function Word2vecTrainer({ params: p, set }: WidgetProps) {
  const m = useMessages(embeddingsMessages);
  const run = useWord2vec(p);
  const corpus = useMemo(() => generateCorpus(p.ws, W2V_SENTENCES), [p.ws]);
  const snap = run.snapshot;
  const W = snap?.weights.find((w) => w.name === 'W');
  const dims = W?.shape[1] ?? p.wd;
  const ex = snap ? unpackExample(snap.weights.find((w) => w.name === 'example')?.data ?? []) : null;
  const pca = run.map;
  const relation = W2V_RELATIONS[p.wr];
  const arrows = relation.map(([a, b], series) => ({ from: corpus.vocab.indexOf(a), to: corpus.vocab.indexOf(b), series }));
  const space = W ? spaceFromMatrix(corpus.vocab, W.data, dims) : null;
  const [a0, b0] = relation[0];
  const at = (w: string) => corpus.vocab.indexOf(w);
  const relOptions = W2V_RELATIONS_CHOICES.map((r) => ({ value: r, label: m[`rel_${r}`] }));
  return (
    <div className="ga-w2v">
      <div className="ga-controls">
        <Segmented label={m.w2vMode} value={p.wm} options={[{ value: 'skipgram', label: m.skipgram }, { value: 'cbow', label: m.cbow }]} onChange={(wm) => set({ wm })} />
        <NumberField label={m.w2vDims} value={p.wd} onChange={(wd) => set({ wd })} min={2} max={32} integer data-testid="w2v-dims" />
        <NumberField label={m.w2vWindow} value={p.ww} onChange={(ww) => set({ ww })} min={1} max={5} integer data-testid="w2v-window" />
        <NumberField label={m.w2vNegatives} value={p.wn} onChange={(wn) => set({ wn })} min={1} max={20} integer data-testid="w2v-k" />
        <NumberField label={m.w2vLr} value={p.wl} onChange={(wl) => set({ wl })} min={0.001} max={10} step={0.1} data-testid="w2v-lr" />
        <NumberField label={m.w2vSeed} value={p.ws} onChange={(ws) => set({ ws })} min={0} max={1_000_000} integer data-testid="w2v-seed" />
      </div>
      <div className="ga-w2v-buttons" role="group" aria-label={m.w2vControls}>
        <button type="button" className="ga-button" onClick={run.toggle} data-testid="w2v-toggle">{run.state === 'running' ? m.pause : m.train}</button>
        <button type="button" className="ga-button" onClick={run.back} disabled={!snap || snap.step === 0}>{m.back1}</button>
        <button type="button" className="ga-button" onClick={() => run.stepBy(1)} data-testid="w2v-step">{m.step1}</button>
        <button type="button" className="ga-button" onClick={() => run.stepBy(100)}>{m.step100}</button>
        <button type="button" className="ga-button" onClick={run.reset} data-testid="w2v-reset">{m.reset}</button>
      </div>
      <p className="ga-readout" data-testid="w2v-status" data-step={snap?.step ?? 0} data-loss={snap ? snap.loss.toFixed(6) : ''}>
        {snap ? fmt(m.w2vStatus, { step: snap.step, epoch: formatNumber(snap.epoch, 2), loss: formatNumber(snap.loss, 4) }) : m.w2vStarting}
      </p>
      {run.diverged !== null && <Notice kind="warn">{fmt(m.diverged, { step: run.diverged })}</Notice>}
      {run.error && <Notice kind="error">{run.error}</Notice>}
      <NetworkDiagram vocab={corpus.vocab.length} dims={dims} centre={ex ? corpus.vocab[ex.centre] : '…'}
        row={ex && W ? Array.from(W.data.subarray(ex.centre * dims, (ex.centre + 1) * dims)) : []} />
      <ExampleView corpus={corpus} ex={ex} window={p.ww} mode={p.wm} />
      <div className="ga-w2v-charts">
        {pca && (
          <div data-testid="w2v-map">
            <WordMap title={m.w2vMapTitle} points={pca.points.map(([x, y], i) => ({ label: corpus.vocab[i], x, y }))} arrows={arrows} width={520} height={380} />
          </div>
        )}
        <FunctionPlot title={m.lossTitle} series={[{ id: 'loss', label: m.lossSeries, points: run.history }]} xLabel={m.stepAxis} yLabel={m.lossAxis} width={460} height={300} />
      </div>
      <Select label={m.relationLabel} value={p.wr} options={relOptions} onChange={(wr) => set({ wr })} />
      {space && (
        <table className="ga-table" data-testid="w2v-analogies">
          <caption>{m.w2vAnalogyCaption}</caption>
          <thead><tr><th scope="col">{m.colQuery}</th><th scope="col">{m.colExpected}</th><th scope="col">{m.colTop}</th></tr></thead>
          <tbody>
            {relation.slice(1).map(([c, d]) => {
              const top = solveAnalogy(space, at(a0), at(b0), at(c), 1)[0];
              return (
                <tr key={c} data-ok={top?.word === d ? '1' : '0'}>
                  <th scope="row">{`${b0} − ${a0} + ${c}`}</th><td>{d}</td>
                  <td>{top ? `${top.word} (${formatNumber(top.score, 2)}) ${top.word === d ? '✓' : '✗'}` : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
