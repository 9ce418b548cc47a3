import { formatNumber } from '../../lib/parseNumber';
import { divergingColor, sequentialColor, textColorOn } from '../../viz/palettes';
import type { RnnStep } from '../../models/rnn';

interface Props {
  steps: readonly RnnStep[];
  vocab: readonly string[];
  /** Current time step (1-based) and phase (0 a, 1 h, 2 y). */
  t: number;
  phase: number;
  folded: boolean;
  label: string;
}

const CELL = 30;

/** A row of coloured cells with values; `null` values are drawn empty (not computed yet). */
function Cells({ x, y, values, kind, testId }: { x: number; y: number; values: readonly (number | null)[]; kind: 'div' | 'seq' | 'onehot'; testId?: string }) {
  return (
    <g data-testid={testId}>
      {values.map((v, i) => {
        const fill = v === null ? 'var(--bg-soft)' : kind === 'seq' ? sequentialColor(v, 0, 1) : kind === 'onehot' ? (v ? '#444' : 'var(--bg)') : divergingColor(v, 1);
        return (
          <g key={i}>
            <rect x={x + i * CELL} y={y} width={CELL} height={CELL} fill={fill} className="ga-rnn__cell" />
            {v !== null && (
              <text x={x + i * CELL + CELL / 2} y={y + CELL / 2 + 4} textAnchor="middle" fill={v === null || fill.startsWith('var') ? 'currentColor' : textColorOn(fill)}
                className="ga-rnn__num">{kind === 'onehot' ? String(v) : formatNumber(v, 2).replace(/^0\./, '.').replace(/^−0\./, '−.')}</text>
            )}
          </g>
        );
      })}
    </g>
  );
}

function Arrow({ x1, y1, x2, y2, label, lit }: { x1: number; y1: number; x2: number; y2: number; label: string; lit: boolean }) {
  return (
    <g className={lit ? 'ga-rnn__arrow ga-rnn__arrow--lit' : 'ga-rnn__arrow'}>
      <line x1={x1} y1={y1} x2={x2} y2={y2} markerEnd="url(#ga-rnn-head)" />
      <text x={(x1 + x2) / 2 + (y1 === y2 ? 0 : 6)} y={y1 === y2 ? y1 - 8 : (y1 + y2) / 2 + 4} textAnchor={y1 === y2 ? 'middle' : 'start'}
        className={`ga-rnn__w ga-rnn__w--${label}`}>{label}</text>
    </g>
  );
}

/** One time step's column: x below, h in the middle, y above. */
function Column({ s, cx, known, phase, current, vocab }: { s: RnnStep; cx: number; known: boolean; phase: number; current: boolean; vocab: readonly string[] }) {
  const hW = s.h.length * CELL;
  const yW = s.y.length * CELL;
  const xW = s.x.length * CELL;
  const showH = known && (!current || phase >= 1);
  const showY = known && (!current || phase >= 2);
  return (
    <g className={current ? 'ga-rnn__col ga-rnn__col--current' : 'ga-rnn__col'}>
      <text x={cx} y={16} textAnchor="middle" className="ga-rnn__label">y{sub(s.t)} → {s.target}</text>
      <Cells x={cx - yW / 2} y={24} values={s.y.map((v) => (showY ? v : null))} kind="seq" testId={current ? 'diagram-y' : undefined} />
      <text x={cx + yW / 2 + 4} y={44} className="ga-rnn__small">{vocab.join('')}</text>
      <Arrow x1={cx} y1={150} x2={cx} y2={60} label="V" lit={current && phase === 2} />
      <rect x={cx - hW / 2 - 6} y={144} width={hW + 12} height={CELL + 12} rx={6} className="ga-rnn__box" />
      <Cells x={cx - hW / 2} y={150} values={s.h.map((v) => (showH ? v : null))} kind="div" />
      <text x={cx - hW / 2 - 6} y={206} textAnchor="start" className="ga-rnn__label">h{sub(s.t)}</text>
      <Arrow x1={cx} y1={250} x2={cx} y2={190} label="U" lit={current && phase === 0} />
      <Cells x={cx - xW / 2} y={254} values={s.x} kind="onehot" />
      <text x={cx} y={304} textAnchor="middle" className="ga-rnn__label">x{sub(s.t)} = “{s.input}”</text>
    </g>
  );
}

const SUBS = '₀₁₂₃₄₅₆₇₈₉';
const sub = (n: number) => String(n).split('').map((d) => SUBS[Number(d)]).join('');

/**
 * The recurrence drawn unrolled (one column per time step, the same W, U, V at each) or folded
 * (one cell with a loop), with the computed values as coloured cells.
 */
export function RnnDiagram({ steps, vocab, t, phase, folded, label }: Props) {
  const colW = 170;
  const shown = folded ? [steps[t - 1]] : steps;
  const width = folded ? 360 : 120 + shown.length * colW;
  const h0x = 50;
  return (
    <div className="ga-rnn__scroll ga-rnn__scroll--diagram" tabIndex={0} role="group" aria-label={label}>
      <svg viewBox={`0 0 ${width} 316`} className="ga-rnn" role="img" aria-label={label} style={{ minWidth: folded ? undefined : Math.min(width, 110 * shown.length + 80) }}>
        <defs>
          <marker id="ga-rnn-head" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" fill="context-stroke" />
          </marker>
        </defs>
        {!folded && <text x={h0x} y={170} textAnchor="middle" className="ga-rnn__label">h₀ = 0</text>}
        {shown.map((s, i) => {
          const cx = folded ? 180 : 120 + i * colW + colW / 2 - 20;
          const prevX = i === 0 ? h0x + 30 : cx - colW + (s.h.length * CELL) / 2 + 6;
          return (
            <g key={s.t}>
              {!folded && <Arrow x1={prevX} y1={166} x2={cx - (s.h.length * CELL) / 2 - 6} y2={166} label="W" lit={s.t === t && phase === 0} />}
              {folded && (
                <g className={phase === 0 ? 'ga-rnn__arrow ga-rnn__arrow--lit' : 'ga-rnn__arrow'}>
                  <path d={`M ${cx + 51} 160 C ${cx + 130} 130, ${cx + 130} 210, ${cx + 51} 178`} fill="none" markerEnd="url(#ga-rnn-head)" />
                  <text x={cx + 112} y={172} className="ga-rnn__w ga-rnn__w--W">W</text>
                </g>
              )}
              <Column s={s} cx={cx} known={s.t <= t} phase={phase} current={s.t === t} vocab={vocab} />
            </g>
          );
        })}
      </svg>
    </div>
  );
}
