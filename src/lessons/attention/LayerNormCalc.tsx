import { useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import { texNum } from '../../lib/texNumber';
import { layerNormSteps } from '../../models/attention';
import { ScrollTex } from '../../ui/ScrollTex';
import { VectorFields } from '../../ui/VectorFields';
import { attentionMessages } from './messages';

const EPS = 1e-5;
const row = (v: readonly number[]) => `\\begin{bmatrix}${v.map((x) => texNum(x, 4)).join('&')}\\end{bmatrix}`;

/** Layer normalisation of one 4-vector with every number shown (γ = 1, β = 0). */
export function LayerNormCalc({ x, onChange }: { x: number[]; onChange: (ln: number[]) => void }) {
  const m = useMessages(attentionMessages);
  const r = layerNormSteps(x, EPS);
  const terms = x.map((v) => `(${texNum(v, 4)} - ${texNum(r.mean, 4)})^2`).join(' + ');
  return (
    <div className="ga-att-ln">
      <div className="ga-controls">
        <VectorFields label={m.lnVector} symbol="x" values={x} min={-1000} max={1000} onChange={onChange} testId="ln" />
      </div>
      <ScrollTex label={m.lnTitle} math={`\\mu = \\tfrac{1}{${String(x.length)}}\\textstyle\\sum_i x_i = ${texNum(r.mean, 4)}, \\qquad \\sigma^2 = \\tfrac{1}{${String(x.length)}}\\big(${terms}\\big) = ${texNum(r.variance, 4)}`} />
      <ScrollTex label={m.lnTitle} math={`\\mathrm{LN}(x) = \\frac{x - \\mu}{\\sqrt{\\sigma^2 + \\varepsilon}} = \\frac{${row(x.map((v) => v - r.mean))}}{${texNum(r.std, 4)}} = ${row(r.out)}`} />
      <p className="ga-readout" data-testid="ln-out" data-mean={r.mean} data-variance={r.variance} data-out={r.out.join(',')}>
        μ = {formatNumber(r.mean, 4)} · σ² = {formatNumber(r.variance, 4)} · LN(x) = [{r.out.map((v) => formatNumber(v, 4)).join(', ')}]
      </p>
      <p className="ga-att-note">{m.lnNote}</p>
    </div>
  );
}
