import { useMessages } from '../../i18n';
import { Toggle } from '../../ui/Toggle';
import { attentionMessages } from './messages';

const ENC = [0, 1, 2, 3];
const DEC = [0, 1, 2];
const ex = (i: number) => 60 + i * 90;
const dx = (j: number) => 470 + j * 90;

/** Encoder–decoder RNN with one context vector, or with attention lines from every decoder step to every encoder state. */
export function BottleneckDiagram({ attention, onToggle }: { attention: boolean; onToggle: (v: boolean) => void }) {
  const m = useMessages(attentionMessages);
  return (
    <div>
      <Toggle label={m.withAttention} checked={attention} onChange={onToggle} data-testid="bottleneck-toggle" />
      <svg viewBox="0 0 740 230" className="ga-att-diagram" role="img" aria-label={attention ? m.diagramAttention : m.diagramNoAttention} data-testid="bottleneck-svg">
        <text x={ex(0) - 30} y={20}>{m.encoderLabel}</text>
        <text x={dx(0) - 30} y={20}>{m.decoderLabel}</text>
        {ENC.slice(1).map((i) => <line key={i} x1={ex(i - 1) + 22} y1={170} x2={ex(i) - 22} y2={170} className="ga-att-edge" />)}
        {DEC.slice(1).map((j) => <line key={j} x1={dx(j - 1) + 22} y1={170} x2={dx(j) - 22} y2={170} className="ga-att-edge" />)}
        {attention
          ? DEC.flatMap((j) => ENC.map((i) => (
            <path key={`${i}-${j}`} d={`M${ex(i)},148 Q${(ex(i) + dx(j)) / 2},${40 + 8 * j} ${dx(j)},148`} className="ga-att-edge ga-att-edge--attn" data-testid="attn-line" />
          )))
          : (
            <g>
              <line x1={ex(3) + 22} y1={170} x2={dx(0) - 22} y2={170} className="ga-att-edge ga-att-edge--bottleneck" />
              <text x={(ex(3) + dx(0)) / 2} y={200} textAnchor="middle" className="ga-att-small">{m.contextLabel}</text>
            </g>
          )}
        {ENC.map((i) => (
          <g key={i}>
            <circle cx={ex(i)} cy={170} r={22} className="ga-att-node" />
            <text x={ex(i)} y={175} textAnchor="middle">h{i + 1}</text>
          </g>
        ))}
        {DEC.map((j) => (
          <g key={j}>
            <rect x={dx(j) - 22} y={148} width={44} height={44} rx={8} className="ga-att-node ga-att-node--dec" />
            <text x={dx(j)} y={175} textAnchor="middle">s{j + 1}</text>
          </g>
        ))}
      </svg>
    </div>
  );
}
