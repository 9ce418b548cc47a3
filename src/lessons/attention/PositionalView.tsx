import { fmt, useMessages } from '../../i18n';
import { positional } from '../../models/attention';
import { Notice } from '../../ui/Notice';
import { NumberField } from '../../ui/NumberField';
import { Tex } from '../../ui/Tex';
import { Heatmap } from '../../viz/Heatmap';
import { attentionMessages } from './messages';

interface Props { T: number; D: number; set: (patch: { pt?: number; pd?: number }) => void }

/** PE as a heatmap (positions × dimensions) and PE·PEᵀ, whose diagonals show relative position. */
export function PositionalView({ T, D, set }: Props) {
  const m = useMessages(attentionMessages);
  const d = D % 2 === 0 ? D : D + 1;
  const { pe, similarity } = positional(T, d);
  const cell = Math.max(4, Math.min(14, Math.floor(448 / Math.max(T, d))));
  return (
    <div>
      <div className="ga-controls">
        <NumberField label={m.pePositions} value={T} min={2} max={128} integer onChange={(pt) => set({ pt })} data-testid="pe-t" />
        <NumberField label={m.peDims} value={D} min={2} max={128} integer onChange={(pd) => set({ pd })} data-testid="pe-d" />
      </div>
      {d !== D && <Notice kind="info">{fmt(m.peOdd, { d })}</Notice>}
      <Tex display math={`PE_{(pos,\\,2i)} = \\sin\\!\\left(\\frac{pos}{10000^{2i/${d}}}\\right),\\quad PE_{(pos,\\,2i+1)} = \\cos\\!\\left(\\frac{pos}{10000^{2i/${d}}}\\right)`} />
      <div className="ga-att-row">
        <div data-testid="pe-heat"><Heatmap title={m.peHeat} values={pe} scale="diverging" domain={[-1, 1]} cellSize={cell} digits={3} /></div>
        <div data-testid="pe-sim"><Heatmap title={m.peSim} values={similarity} scale="sequential" cellSize={cell} digits={3} /></div>
      </div>
    </div>
  );
}
