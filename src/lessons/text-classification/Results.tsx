import { useMemo } from 'react';
import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import type { Values } from '../../lib/urlParams';
import { binaryMetrics, type BinaryMetrics } from '../../models/text/metrics';
import { ENCODERS } from '../../models/textClassNet';
import { Slider } from '../../ui/Slider';
import { ConfusionMatrix } from './ConfusionMatrix';
import { textMessages as msgs } from './messages';
import type { TextSchema } from './params';
import type { SpamBundle } from './useSpamData';
import type { TextRun } from './useTextTraining';

type Params = Values<TextSchema>;
interface Row { id: string; name: string; m: BinaryMetrics; seconds: number | null; step: number | null }

const pct = (x: number) => (Number.isFinite(x) ? `${formatNumber(100 * x, 1)}\u00a0%` : '—');

/** Naive Bayes and every trained network on the held-out mails, at one decision threshold. */
export function Results({ bundle, run, params: p, set }: { bundle: SpamBundle; run: TextRun; params: Params; set: (x: Partial<Params>) => void }) {
  const m = useMessages(msgs);
  const labels = bundle.data.test.labels;
  const rows = useMemo<Row[]>(() => {
    const out: Row[] = [{ id: 'nb', name: m.naiveBayes, m: binaryMetrics(bundle.nbProbs, labels, p.th), seconds: bundle.readySeconds, step: null }];
    for (const e of ENCODERS) {
      const r = run.results[e];
      if (r && r.step > 0) out.push({ id: e, name: m[`enc_${e}`], m: binaryMetrics(r.probs, labels, p.th), seconds: r.reached95, step: r.step });
    }
    return out;
  }, [bundle, run.results, labels, p.th, m]);
  return (
    <div className="ga-tc-results">
      <Slider label={m.threshold} value={p.th} min={0.01} max={0.99} step={0.01} onChange={(th) => set({ th })} data-testid="tc-threshold" />
      <p className="ga-tc-note">{m.thresholdNote}</p>
      <div className="ga-tc-tablewrap" role="region" tabIndex={0} aria-label={m.resultsTitle}>
        <table className="ga-table" data-testid="results-table">
          <caption>{fmt(m.resultsCaption, { n: labels.length, spam: labels.reduce((a, l) => a + l, 0), th: formatNumber(p.th, 2) })}</caption>
          <thead>
            <tr>
              <th scope="col">{m.model}</th><th scope="col">{m.accuracy}</th><th scope="col">{m.precision}</th><th scope="col">{m.recall}</th><th scope="col">F1</th>
              <th scope="col">{m.tp}</th><th scope="col">{m.fp}</th><th scope="col">{m.fn}</th><th scope="col">{m.tn}</th><th scope="col">{m.secondsCol}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-model={r.id} data-tp={r.m.tp} data-fp={r.m.fp} data-fn={r.m.fn} data-tn={r.m.tn}
                data-accuracy={r.m.accuracy} data-precision={r.m.precision} data-recall={r.m.recall} data-f1={r.m.f1}>
                <th scope="row">{r.name}{r.step !== null && <small> {fmt(m.atStep, { step: r.step })}</small>}</th>
                <td>{pct(r.m.accuracy)}</td><td>{pct(r.m.precision)}</td><td>{pct(r.m.recall)}</td><td>{pct(r.m.f1)}</td>
                <td>{r.m.tp}</td><td>{r.m.fp}</td><td>{r.m.fn}</td><td>{r.m.tn}</td>
                <td>{r.seconds === null ? '—' : formatNumber(r.seconds, 1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="ga-tc-note">{m.resultsNote}</p>
      <ConfusionMatrix rows={rows} threshold={formatNumber(p.th, 2)} />
    </div>
  );
}
