import { useMessages } from '../../i18n';
import { texNum } from '../../lib/texNumber';
import { hasSkip, type BpConfig, type BpState } from '../../models/backprop';
import { Prose } from '../../ui/Prose';
import { Tex } from '../../ui/Tex';
import { backpropMessages } from './messages';

const vec = (v: readonly number[] | undefined) => (v ? `\\begin{bmatrix}${v.map((x) => texNum(x)).join(' & ')}\\end{bmatrix}` : '?');

/** Deck 004's row-vector form for every layer reached (δ_a, δ_f), with μ − y for softmax. */
export function MatrixFormPanel({ cfg, state: s }: { cfg: BpConfig; state: BpState }) {
  const m = useMessages(backpropMessages);
  const L = cfg.sizes.length - 1;
  const lines: string[] = [];
  if (cfg.loss === 'ce' && s.grads[`a${L}`]) lines.push(`\\delta_f = \\mu - y = ${vec(s.output)} - ${vec(cfg.y)} = ${vec(s.grads[`a${L}`])}`);
  for (let l = L; l >= 1; l--) {
    const da = s.grads[`a${l}`];
    if (!da) continue;
    lines.push(`\\delta_{a_{${l}}} = ${vec(da)}`);
    const df = s.grads[l === 1 ? 'x1' : `x${l}`];
    if (df) lines.push(`\\delta_{f_{${l - 1}}} = \\delta_{a_{${l}}} W_{${l}}${hasSkip(cfg, l - 1) ? ' + \\text{skip}' : ''} = ${vec(df)}`);
  }
  return (
    <div className="ga-bp-matrixform" data-testid="bp-matrix-form">
      <Prose text={m.matrixIntro} />
      {lines.map((t, i) => <Tex key={i} math={t} display />)}
    </div>
  );
}

/** The residual skip's two gradient paths, numerically, for every skipped layer reached. */
export function ResidualPanel({ cfg, state: s }: { cfg: BpConfig; state: BpState }) {
  const m = useMessages(backpropMessages);
  const L = cfg.sizes.length - 1;
  const skipped = Array.from({ length: L }, (_, l) => l).filter((l) => hasSkip(cfg, l));
  return (
    <div className="ga-bp-residual" data-testid="bp-residual">
      <Prose text={m.residualIntro} />
      {skipped.length === 0 && <p>{m.residualOff}</p>}
      {skipped.map((l) => {
        const out = s.grads[`x${l + 2}`];
        const total = s.grads[`x${l + 1}`];
        if (!out || !total) return <p key={l}>x({l + 1}): {m.notYet}</p>;
        const viaF = total.map((v, j) => v - out[j]);
        return (
          <table key={l} className="ga-table" data-testid={`residual-${l + 1}`}>
            <caption>x({l + 1}) → x({l + 2}) = x({l + 1}) + F(x({l + 1}))</caption>
            <tbody>
              <tr><th scope="row">{m.residualIdentity}</th><td><Tex math={vec(out)} /></td></tr>
              <tr><th scope="row">{m.residualF}</th><td><Tex math={vec(viaF)} /></td></tr>
              <tr><th scope="row">{m.residualSum}</th><td><Tex math={vec(total)} /></td></tr>
            </tbody>
          </table>
        );
      })}
    </div>
  );
}
