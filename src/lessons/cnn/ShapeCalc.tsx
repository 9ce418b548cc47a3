import { fmt, useMessages } from '../../i18n';
import { tex } from '../../lib/texNumber';
import type { Values } from '../../lib/urlParams';
import { outputSize } from '../../models/cnn';
import { Notice } from '../../ui/Notice';
import { NumberField } from '../../ui/NumberField';
import { Tex } from '../../ui/Tex';
import { cnnMessages } from './messages';
import type { CnnSchema } from './params';

type Params = Values<CnnSchema>;
interface Props { params: Params; set: (patch: Partial<Params>) => void }

const PRESETS = {
  deck: { sn: 6, sc: 3, sf: 3, sk: 2, sp: 0, ss: 1 },
  lenetConv: { sn: 32, sc: 1, sf: 5, sk: 6, sp: 0, ss: 1 },
  lenetPool: { sn: 28, sc: 6, sf: 2, sk: 6, sp: 0, ss: 2 },
} as const;

/** n×n×C input, K filters of f×f×C (or a pooling window), padding p, stride s → output volume. */
export function ShapeCalc({ params: p, set }: Props) {
  const m = useMessages(cnnMessages);
  const out = outputSize(p.sn, p.sf, p.sp, p.ss);
  const field = (key: 'sn' | 'sc' | 'sf' | 'sk' | 'sp' | 'ss', label: string, min: number, max: number) => (
    <NumberField label={label} value={p[key]} min={min} max={max} integer onChange={(v) => set({ [key]: v })} data-testid={`shape-${key}`} />
  );
  return (
    <div className="ga-cnn-shape">
      <div className="ga-controls">
        {field('sn', m.shapeN, 1, 4096)}
        {field('sc', m.shapeC, 1, 4096)}
        {field('sf', m.shapeF, 1, 4096)}
        {field('sk', m.shapeK, 1, 4096)}
        {field('sp', m.padding, 0, 1024)}
        {field('ss', m.stride, 1, 1024)}
      </div>
      <div className="ga-controls">
        <button type="button" className="ga-button" onClick={() => set(PRESETS.deck)}>{m.presetDeckShape}</button>
        <button type="button" className="ga-button" onClick={() => set(PRESETS.lenetConv)}>{m.presetLenetConv}</button>
        <button type="button" className="ga-button" onClick={() => set(PRESETS.lenetPool)}>{m.presetLenetPool}</button>
      </div>
      <Tex display math={tex`n' = \left\lfloor \frac{${p.sn} + 2\cdot ${p.sp} - ${p.sf}}{${p.ss}} \right\rfloor + 1 = ${out}`} />
      {out < 1 ? <Notice kind="error">{m.noFit}</Notice> : (
        <p className="ga-readout">
          {fmt(m.shapeResult, { n: p.sn, c: p.sc, k: p.sk, f: p.sf })}{' '}
          <output data-testid="shape-out">{`${out}×${out}×${p.sk}`}</output>
        </p>
      )}
      <p className="ga-cnn-note">{fmt(m.shapeParams, { count: (p.sf * p.sf * p.sc + 1) * p.sk })}</p>
    </div>
  );
}
