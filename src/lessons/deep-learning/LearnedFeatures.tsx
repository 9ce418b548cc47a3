import { fmt, useMessages } from '../../i18n';
import { PixelMap } from '../../viz/PixelMap';
import { dlMessages } from './messages';
import type { ModelRun } from './useCompareTraining';

const MAX_SHOWN = 32;

/** Rows of the first weight matrix [units, 784] of a run, each a 28×28 picture. */
function firstLayer(run: ModelRun): { units: number; data: Float64Array } | null {
  const w = run.snapshot?.weights.find((x) => x.name === 'W1');
  if (!w || w.shape.length !== 2 || w.shape[1] !== 784) return null;
  return { units: w.shape[0], data: w.data };
}

/**
 * What the pixel models learned: each hidden unit of the MLP is a 28×28 weight picture (a feature it found
 * itself), and each output of softmax regression on pixels is one template per digit.
 */
export function LearnedFeatures({ mlp, raw }: { mlp: ModelRun; raw: ModelRun }) {
  const m = useMessages(dlMessages);
  const hidden = firstLayer(mlp);
  const templates = firstLayer(raw);
  const trained = (mlp.snapshot?.step ?? 0) > 0;
  return (
    <div className="ga-dl-learned">
      {hidden && (
        <figure data-testid="learned-filters">
          <figcaption>{fmt(trained ? m.learnedCaption : m.learnedUntrained, { n: Math.min(hidden.units, MAX_SHOWN), total: hidden.units })}</figcaption>
          <div className="ga-dl-tiles">
            {Array.from({ length: Math.min(hidden.units, MAX_SHOWN) }, (_, i) => (
              <PixelMap key={i} values={hidden.data.subarray(i * 784, (i + 1) * 784)} rows={28} cols={28} scale="diverging" size={64}
                label={fmt(m.unitLabel, { i: i + 1 })} />
            ))}
          </div>
        </figure>
      )}
      {templates && (
        <figure data-testid="raw-templates">
          <figcaption>{m.templatesCaption}</figcaption>
          <div className="ga-dl-tiles">
            {Array.from({ length: templates.units }, (_, i) => (
              <div key={i} className="ga-dl-tile">
                <PixelMap values={templates.data.subarray(i * 784, (i + 1) * 784)} rows={28} cols={28} scale="diverging" size={64} label={fmt(m.templateLabel, { d: i })} />
                <span aria-hidden="true">{i}</span>
              </div>
            ))}
          </div>
        </figure>
      )}
      <p className="ga-dl-muted">{m.weightsLegend}</p>
    </div>
  );
}
