import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import type { Values } from '../../lib/urlParams';
import { epochPlan } from '../../models/paramCount';
import { NumberField } from '../../ui/NumberField';
import { Tex } from '../../ui/Tex';
import { dlMessages } from './messages';
import type { DlSchema } from './params';

type Params = Values<DlSchema>;
const MAX_DRAWN = 48;

/** Examples, batch size and epochs in; iterations per epoch, the last batch and all iterations out. */
export function EpochPlan({ params: p, set }: { params: Params; set: (patch: Partial<Params>) => void }) {
  const m = useMessages(dlMessages);
  const plan = epochPlan(p.en, p.eb, p.ee);
  const b = Math.min(p.eb, p.en);
  const drawn = Math.min(plan.iterationsPerEpoch, MAX_DRAWN);
  return (
    <div className="ga-dl-epochs">
      <div className="ga-controls">
        <NumberField label={m.examples} value={p.en} min={1} max={10_000_000} integer onChange={(en) => set({ en })} data-testid="ep-n" />
        <NumberField label={m.batchSize} value={p.eb} min={1} max={10_000_000} integer onChange={(eb) => set({ eb })} data-testid="ep-b" />
        <NumberField label={m.epochs} value={p.ee} min={1} max={1000} integer onChange={(ee) => set({ ee })} data-testid="ep-e" />
      </div>
      <Tex display math={`\\left\\lceil \\frac{N}{B} \\right\\rceil = \\left\\lceil \\frac{${p.en}}{${b}} \\right\\rceil = ${plan.iterationsPerEpoch}\\ \\text{${m.itersPerEpochTex}},\\qquad ${plan.iterationsPerEpoch}\\cdot ${p.ee} = ${plan.totalIterations}`} />
      <p className="ga-readout">
        {m.itersPerEpoch} <output data-testid="ep-iters" data-value={plan.iterationsPerEpoch}>{formatNumber(plan.iterationsPerEpoch, 0)}</output>
        {' · '}{m.lastBatch} <output data-testid="ep-last">{formatNumber(plan.lastBatch, 0)}</output>
        {' · '}{m.totalIters} <output data-testid="ep-total">{formatNumber(plan.totalIterations, 0)}</output>
      </p>
      <p className="ga-dl-muted">{p.eb >= p.en ? m.fullBatch : p.eb === 1 ? m.oneExample : m.miniBatch}</p>
      <div className="ga-dl-batches" role="img" aria-label={fmt(m.batchesLabel, { n: plan.iterationsPerEpoch, b, last: plan.lastBatch })}>
        {Array.from({ length: drawn }, (_, i) => {
          const isLast = i === drawn - 1 && drawn === plan.iterationsPerEpoch;
          return <span key={i} className="ga-dl-batch" style={{ flexGrow: isLast ? plan.lastBatch / b : 1 }} />;
        })}
        {plan.iterationsPerEpoch > MAX_DRAWN && <span className="ga-dl-batches__more">{fmt(m.moreBatches, { n: plan.iterationsPerEpoch - MAX_DRAWN })}</span>}
      </div>
    </div>
  );
}
