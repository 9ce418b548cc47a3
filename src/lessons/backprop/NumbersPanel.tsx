import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import type { BpConfig, BpState } from '../../models/backprop';
import { MatrixView } from '../../viz/MatrixView';
import { deltas, layerOfNode, weightSteps } from './steps';
import { backpropMessages } from './messages';

interface Props { cfg: BpConfig; state: BpState; onPickWeight: (layer: number, row: number, col: number) => void }

const rows = (flat: readonly number[], cols: number) => Array.from({ length: flat.length / cols }, (_, r) => flat.slice(r * cols, (r + 1) * cols));

/** δ vectors and ΔW matrices found so far (exact values in data-value), plus W and ΔW of the current layer as matrices. */
export function NumbersPanel({ cfg, state: s, onPickWeight }: Props) {
  const m = useMessages(backpropMessages);
  const L = cfg.sizes.length - 1;
  const d = deltas(s, L);
  const dw = weightSteps(s, cfg);
  const layer = s.nodeIndex >= 0 ? layerOfNode(s.nodes[s.nodeIndex]) : L - 1;
  const l = layer ?? L - 1;
  const lossAfter = s.updated?.loss;
  return (
    <div className="ga-bp-numbers">
      <p className="ga-readout">
        {m.lossNow}: <output data-testid="bp-loss" data-value={s.loss}>{formatNumber(s.loss, 6)}</output>
        {lossAfter !== undefined && <>{' · '}{m.lossAfter}: <output data-testid="bp-loss-after" data-value={lossAfter}>{formatNumber(lossAfter, 6)}</output></>}
      </p>
      <table className="ga-table ga-bp-table" data-testid="bp-deltas">
        <caption>{m.deltasTitle}</caption>
        <thead><tr><th scope="col">{m.layerCol}</th><th scope="col">{m.valuesCol}</th></tr></thead>
        <tbody>
          {d.map((v, k) => (k === 0 ? null : (
            <tr key={k}><th scope="row">δ({k + 1})</th><td>{v ? v.map((x, i) => (
              <span key={i} className="ga-bp-num" data-testid={`delta-${k + 1}-${i}`} data-value={x}>{formatNumber(x, 4)}</span>
            )) : m.notYet}</td></tr>
          )))}
        </tbody>
      </table>
      <table className="ga-table ga-bp-table" data-testid="bp-dws">
        <caption>{m.dwTitle}</caption>
        <tbody>
          {dw.map((v, k) => (
            <tr key={k}><th scope="row">ΔW({k + 1})</th><td>{v ? rows(v, cfg.sizes[k]).map((r, i) => (
              <div key={i}>{r.map((x, j) => (
                <span key={j} className="ga-bp-num" data-testid={`dw-${k + 1}-${i}-${j}`} data-value={x}>{formatNumber(x, 4)}</span>
              ))}</div>
            )) : m.notYet}</td></tr>
          ))}
        </tbody>
      </table>
      <div className="ga-bp-matrices">
        <MatrixView title={fmt(m.matrixW, { l: l + 1 })} values={rows(s.weights[l], cfg.sizes[l])} colorByValue digits={2}
          onCellClick={(r, c) => onPickWeight(l, r, c)} />
        {dw[l] && <MatrixView title={fmt(m.matrixDW, { l: l + 1, l1: l + 2 })} values={rows(dw[l]!, cfg.sizes[l])} colorByValue digits={4} cellWidth={66} />}
      </div>
    </div>
  );
}
