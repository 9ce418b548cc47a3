import { useMessages } from '../../i18n';
import { attentionMessages } from './messages';

interface BoxProps { y: number; x: number; label: string; kind: 'attn' | 'norm' | 'ffn' | 'io' }
const W = 250;
const Hb = 38;

function Box({ x, y, label, kind }: BoxProps) {
  return (
    <g>
      <rect x={x} y={y} width={W} height={Hb} rx={8} className={`ga-att-blk ga-att-blk--${kind}`} />
      <text x={x + W / 2} y={y + Hb / 2 + 5} textAnchor="middle">{label}</text>
    </g>
  );
}

/** A residual arrow around a sub-layer: from below `from` up the side to the add & norm box at `to`. */
const Residual = ({ x, from, to }: { x: number; from: number; to: number }) => (
  <path d={`M${x + W / 2},${from} H${x - 18} V${to + Hb / 2} H${x}`} className="ga-att-res" markerEnd="url(#ga-att-blk-arrow)" />
);
const Up = ({ x, y1, y2 }: { x: number; y1: number; y2: number }) => (
  <line x1={x + W / 2} y1={y1} x2={x + W / 2} y2={y2} className="ga-att-flow" markerEnd="url(#ga-att-blk-arrow)" />
);

/** Encoder layer and decoder layer, bottom to top, with residual arrows and the encoder–decoder attention. */
export function TransformerBlock() {
  const m = useMessages(attentionMessages);
  const ex = 40;
  const dx = 420;
  const ys = [420, 350, 290, 220, 160]; // input, attn, norm, ffn, norm (encoder)
  const yd = [480, 410, 350, 280, 220, 150, 90, 30]; // input, masked, norm, cross, norm, ffn, norm, out
  return (
    <svg viewBox="0 0 720 540" className="ga-att-diagram ga-att-block" role="img" aria-label={m.blkDiagram} data-testid="transformer-block">
      <defs>
        <marker id="ga-att-blk-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" fill="var(--fg-muted)" />
        </marker>
      </defs>
      <text x={ex} y={140} className="ga-att-label">{m.blkEncoder}</text>
      <Box x={ex} y={ys[0]} label={m.blkInput} kind="io" />
      <Up x={ex} y1={ys[0]} y2={ys[1] + Hb} />
      <Box x={ex} y={ys[1]} label={m.blkSelf} kind="attn" />
      <Up x={ex} y1={ys[1]} y2={ys[2] + Hb} />
      <Box x={ex} y={ys[2]} label={m.blkAddNorm} kind="norm" />
      <Residual x={ex} from={ys[1] + Hb + 16} to={ys[2]} />
      <Up x={ex} y1={ys[2]} y2={ys[3] + Hb} />
      <Box x={ex} y={ys[3]} label={m.blkFfn} kind="ffn" />
      <Up x={ex} y1={ys[3]} y2={ys[4] + Hb} />
      <Box x={ex} y={ys[4]} label={m.blkAddNorm} kind="norm" />
      <Residual x={ex} from={ys[3] + Hb + 10} to={ys[4]} />
      <text x={dx} y={20} className="ga-att-label">{m.blkDecoder}</text>
      <Box x={dx} y={yd[0]} label={m.blkInput} kind="io" />
      <Up x={dx} y1={yd[0]} y2={yd[1] + Hb} />
      <Box x={dx} y={yd[1]} label={m.blkMasked} kind="attn" />
      <Up x={dx} y1={yd[1]} y2={yd[2] + Hb} />
      <Box x={dx} y={yd[2]} label={m.blkAddNorm} kind="norm" />
      <Residual x={dx} from={yd[1] + Hb + 16} to={yd[2]} />
      <Up x={dx} y1={yd[2]} y2={yd[3] + Hb} />
      <Box x={dx} y={yd[3]} label={m.blkCross} kind="attn" />
      <Up x={dx} y1={yd[3]} y2={yd[4] + Hb} />
      <Box x={dx} y={yd[4]} label={m.blkAddNorm} kind="norm" />
      <Residual x={dx} from={yd[3] + Hb + 10} to={yd[4]} />
      <Up x={dx} y1={yd[4]} y2={yd[5] + Hb} />
      <Box x={dx} y={yd[5]} label={m.blkFfn} kind="ffn" />
      <Up x={dx} y1={yd[5]} y2={yd[6] + Hb} />
      <Box x={dx} y={yd[6]} label={m.blkAddNorm} kind="norm" />
      <Residual x={dx} from={yd[5] + Hb + 10} to={yd[6]} />
      <Up x={dx} y1={yd[6]} y2={yd[7] + Hb} />
      <Box x={dx} y={yd[7]} label={m.blkOut} kind="io" />
      <path d={`M${ex + W},${ys[4] + Hb / 2} C${ex + W + 60},${ys[4] + Hb / 2} ${dx - 60},${yd[3] + Hb / 2} ${dx},${yd[3] + Hb / 2}`} className="ga-att-cross" markerEnd="url(#ga-att-blk-arrow)" />
      <text x={(ex + W + dx) / 2} y={ys[4] + 50} textAnchor="middle" className="ga-att-small">{m.blkKV}</text>
      <text x={dx + W / 2 + 8} y={yd[3] + Hb + 22} className="ga-att-small">{m.blkQ}</text>
    </svg>
  );
}
