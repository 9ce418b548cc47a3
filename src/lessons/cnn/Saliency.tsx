import { useDeferredValue, useMemo } from 'react';
import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import type { Values } from '../../lib/urlParams';
import type { CnnParams } from '../../models/cnnNet';
import { cnnSaliency, nudgeCheck, type Saliency as SaliencyResult } from '../../models/cnnSaliency';
import { ProseBlock } from '../../ui/LessonLayout';
import { Notice } from '../../ui/Notice';
import { Prose } from '../../ui/Prose';
import { Select } from '../../ui/Select';
import { Tex } from '../../ui/Tex';
import { Widget } from '../../ui/Widget';
import { PixelMap } from '../../viz/PixelMap';
import { saliencyMessages } from './saliencyMessages';
import type { CnnSchema } from './params';

type Params = Values<CnnSchema>;
interface Props {
  params: Params;
  set: (patch: Partial<Params>) => void;
  mine: Float64Array | null;
  net: CnnParams | null;
  trained: number;
}

const CLASSES = ['auto', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

function Maps({ mine, net, s }: { mine: Float64Array; net: CnnParams; s: SaliencyResult }) {
  const m = useMessages(saliencyMessages);
  const n = useMemo(() => nudgeCheck(net, mine, s), [net, mine, s]);
  const f = (v: number) => formatNumber(v, 4);
  return (
    <>
      <Tex display math={`\\delta x_{r,c} = \\frac{\\partial\\, z_{${s.cls}}}{\\partial x_{r,c}},\\qquad z_{${s.cls}} = ${formatNumber(s.score, 4).replace('\u2212', '-')}`} />
      <div className="ga-cnn-row" data-testid="saliency">
        <PixelMap values={mine} rows={28} cols={28} scale="sequential" domain={[0, 1]} label={m.digitLabel} size={196} />
        <PixelMap values={s.grad} rows={28} cols={28} scale="diverging" label={fmt(m.mapLabel, { d: s.cls })} size={196} data-testid="saliency-map" />
      </div>
      <p className="ga-readout">
        <output data-testid="saliency-readout" data-cls={s.cls} data-score={s.score} data-max={s.maxAbs}>
          {fmt(m.readout, { d: s.cls, s: f(s.score), g: f(s.maxAbs), r: Math.floor(s.maxAt / 28), c: s.maxAt % 28 })}
        </output>
      </p>
      <p className="ga-readout">
        <output data-testid="saliency-check" data-actual={n.actual} data-predicted={n.predicted} data-pixel={n.pixel}>
          {fmt(m.check, { r: n.row, c: n.col, eps: f(n.eps), actual: formatNumber(n.actual, 9), pred: formatNumber(n.predicted, 9) })}
        </output>
      </p>
      <p className="ga-cnn-note">{m.checkNote}</p>
    </>
  );
}

function Body({ params: p, set, mine: drawn, net, trained }: Props) {
  const m = useMessages(saliencyMessages);
  // One backward pass (about 20 ms) per change: deferred, so a stroke on the pad is painted first.
  const mine = useDeferredValue(drawn);
  const auto = useMemo(() => (net && mine ? cnnSaliency(net, mine) : null), [net, mine]);
  const cls = p.sc2 === 'auto' ? null : Number(p.sc2);
  const chosen = useMemo(() => (!auto || !net || !mine || cls === null || cls === auto.cls ? auto : cnnSaliency(net, mine, cls)), [auto, net, mine, cls]);
  const labels = CLASSES.map((c) => ({ value: c, label: c === 'auto' ? fmt(m.predicted, { d: auto?.cls ?? '?' }) : c }));
  return (
    <div className="ga-cnn-saliency">
      <div className="ga-controls">
        <Select label={m.cls} value={p.sc2} options={labels} onChange={(sc2) => set({ sc2 })} data-testid="saliency-class" />
      </div>
      {!net && <Notice kind="info">{m.noNet}</Notice>}
      {net && trained === 0 && <Notice kind="info">{m.untrained}</Notice>}
      {!mine && <Notice kind="info">{m.drawFirst}</Notice>}
      {net && mine && chosen && <Maps mine={mine} net={net} s={chosen} />}
    </div>
  );
}

/** δx of the student's digit with respect to a class score, beside the digit (loaded on demand). */
export default function Saliency(props: Props) {
  const m = useMessages(saliencyMessages);
  return (
    <>
      <ProseBlock><Prose text={m.intro} /></ProseBlock>
      <Widget id="saliency" title={m.title} onReset={() => props.set({ sc2: 'auto' })}>
        <Body {...props} />
      </Widget>
    </>
  );
}
