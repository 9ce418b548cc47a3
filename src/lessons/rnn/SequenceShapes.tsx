import { fmt, useMessages } from '../../i18n';
import type { Values } from '../../lib/urlParams';
import { useWidgetActive } from '../../ui/PresenterContext';
import { StepControls } from '../../ui/StepControls';
import { useStepper } from '../../ui/useStepper';
import { rnnMessages } from './messages';
import type { rnnSchema } from './params';

type Params = Values<typeof rnnSchema>;
interface Props { params: Params; set: (patch: Partial<Params>) => void }

/** A sequence shape as data: cells per row, which cells read an input and which write an output. */
interface Shape { key: 'oneOne' | 'oneMany' | 'manyOne' | 'manyMany' | 'encDec' | 'deep' | 'bidir'; cells: number; ins: number[]; outs: number[]; rows?: number; backward?: boolean }

const SHAPES: Shape[] = [
  { key: 'oneOne', cells: 1, ins: [0], outs: [0] },
  { key: 'oneMany', cells: 4, ins: [0], outs: [0, 1, 2, 3] },
  { key: 'manyOne', cells: 4, ins: [0, 1, 2, 3], outs: [3] },
  { key: 'manyMany', cells: 4, ins: [0, 1, 2, 3], outs: [0, 1, 2, 3] },
  { key: 'encDec', cells: 6, ins: [0, 1, 2], outs: [3, 4, 5] },
  { key: 'deep', cells: 4, ins: [0, 1, 2, 3], outs: [0, 1, 2, 3], rows: 2 },
  { key: 'bidir', cells: 4, ins: [0, 1, 2, 3], outs: [0, 1, 2, 3], rows: 2, backward: true },
];

export const SHAPE_TICKS = 6;

function ShapeSvg({ s, tick, title }: { s: Shape; tick: number; title: string }) {
  const rows = s.rows ?? 1;
  const W = 40 + s.cells * 44;
  const H = 60 + rows * 36;
  const lit = (i: number, r: number) => (s.backward && r === 1 ? s.cells - 1 - i : i) <= tick;
  const cellY = (r: number) => 30 + (rows - 1 - r) * 36;
  return (
    <figure className="ga-rnn-shape">
      <svg viewBox={`0 0 ${W} ${H + 10}`} role="img" aria-label={title}>
        {Array.from({ length: rows }, (_, r) => Array.from({ length: s.cells }, (_, i) => {
          const x = 20 + i * 44;
          return (
            <g key={`${r}-${i}`}>
              {i > 0 && <line x1={x - 14} y1={cellY(r) + 12} x2={x} y2={cellY(r) + 12} className="ga-rnn-shape__wire" />}
              <rect x={x} y={cellY(r)} width={30} height={24} rx={4} className={lit(i, r) ? 'ga-rnn-shape__cell ga-rnn-shape__cell--on' : 'ga-rnn-shape__cell'} />
              {s.backward && r === 1 && i === 0 && <text x={x - 14} y={cellY(r) + 16} className="ga-rnn-shape__arrow">←</text>}
            </g>
          );
        }))}
        {s.ins.map((i) => <rect key={`in${i}`} x={27 + i * 44} y={H - 20} width={16} height={14} className={i <= tick ? 'ga-rnn-shape__in ga-rnn-shape__in--on' : 'ga-rnn-shape__in'} />)}
        {s.outs.map((i) => <rect key={`out${i}`} x={27 + i * 44} y={4} width={16} height={14} className={i <= tick ? 'ga-rnn-shape__out ga-rnn-shape__out--on' : 'ga-rnn-shape__out'} />)}
      </svg>
      <figcaption>{title}</figcaption>
    </figure>
  );
}

/** The shapes of sequence tasks, deep and bidirectional RNNs, all driven by one time tick. */
export function SequenceShapes({ params: p, set }: Props) {
  const m = useMessages(rnnMessages);
  const stepper = useStepper({ count: SHAPE_TICKS, index: p.sh, onIndexChange: (sh) => set({ sh }) });
  return (
    <div>
      <div className="ga-rnn-shapes">
        {SHAPES.map((s) => <ShapeSvg key={s.key} s={s} tick={stepper.index} title={m[`shape_${s.key}`]} />)}
      </div>
      <p className="ga-note">{m.shapesLegend}</p>
      <StepControls stepper={stepper} label={(k) => fmt(m.shapeTick, { t: k + 1 })} globalKeys={useWidgetActive()} />
    </div>
  );
}
