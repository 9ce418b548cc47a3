import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import { saturation } from '../../models/attention';
import { NumberField } from '../../ui/NumberField';
import { AlphaBars } from './AlphaBars';
import { attentionMessages } from './messages';

const KEYS = 8;

/** One random query against 8 random keys: softmax with and without the 1/√d_k. */
export function SaturationDemo({ dk, onChange }: { dk: number; onChange: (dk: number) => void }) {
  const m = useMessages(attentionMessages);
  const r = saturation(dk, KEYS);
  const labels = Array.from({ length: KEYS }, (_, i) => `k${i + 1}`);
  return (
    <div>
      <div className="ga-controls">
        <NumberField label={m.satDk} value={dk} min={1} max={1024} integer onChange={onChange} data-testid="sat-dk" />
        {[4, 64, 512].map((v) => <button key={v} type="button" className="ga-button" onClick={() => onChange(v)}>d_k = {v}</button>)}
      </div>
      <div className="ga-att-row">
        <AlphaBars title={m.satRaw} values={r.raw} labels={labels} width={360} testId="sat-raw" />
        <AlphaBars title={m.satScaled} values={r.scaled} labels={labels} width={360} testId="sat-scaled" />
      </div>
      <p className="ga-readout" data-testid="sat-readout" data-max-raw={r.maxRaw} data-max-scaled={r.maxScaled}>
        {fmt(m.satReadout, { std: formatNumber(r.stdRaw, 2), sqrt: formatNumber(Math.sqrt(dk), 2), raw: formatNumber(r.maxRaw, 3), scaled: formatNumber(r.maxScaled, 3) })}
      </p>
    </div>
  );
}
