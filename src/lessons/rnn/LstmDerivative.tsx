import { useMemo } from 'react';
import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import { texNum } from '../../lib/texNumber';
import type { Values } from '../../lib/urlParams';
import { lstmDerivative, stateChanges } from '../../models/lstmDerivative';
import { HELL } from '../../models/rnn';
import { gateTimeline } from '../../models/rnnGates';
import { ProseBlock } from '../../ui/LessonLayout';
import { useWidgetActive } from '../../ui/PresenterContext';
import { Prose } from '../../ui/Prose';
import { ScrollTex } from '../../ui/ScrollTex';
import { StepControls } from '../../ui/StepControls';
import { useStepper } from '../../ui/useStepper';
import { Widget } from '../../ui/Widget';
import { FunctionPlot } from '../../viz/FunctionPlot';
import { derivativeMessages } from './derivativeMessages';
import type { rnnSchema } from './params';

type Params = Values<typeof rnnSchema>;
interface Props { params: Params; set: (patch: Partial<Params>) => void; reset: (keys: (keyof Params & string)[]) => () => void }

const f4 = (v: number) => formatNumber(v, 4);
const t4 = (v: number) => texNum(v, 4, { paren: true });

function Body({ params: p, set }: Pick<Props, 'params' | 'set'>) {
  const m = useMessages(derivativeMessages);
  const ids = useMemo(() => [...p.word].map((c) => HELL.vocab.indexOf(c as (typeof HELL.vocab)[number])), [p.word]);
  const stepper = useStepper({ count: ids.length, index: p.gt, onIndexChange: (gt) => set({ gt }) });
  const t = stepper.index;
  const d = useMemo(() => lstmDerivative(ids, 4, 3, p.gseed, p.gfb, p.gpp, t), [ids, p.gseed, p.gfb, p.gpp, t]);
  const ch = useMemo(() => stateChanges(gateTimeline('lstm', ids, 4, 3, { seed: p.gseed, forgetBias: p.gfb, peephole: p.gpp }).steps), [ids, p.gseed, p.gfb, p.gpp]);
  const diag = (j: number) => d.terms.map((T) => T[j][j]);
  const off = Math.max(0, ...d.full.flatMap((row, j) => row.filter((_, k) => k !== j).map(Math.abs)));
  const T = t + 1;
  const u = diag(0);
  const math = `\\Big(\\frac{\\partial c_{${T}}}{\\partial c_{${T - 1}}}\\Big)_{11} = \\underbrace{${t4(u[0])}}_{\\partial f/\\partial c\\,\\cdot\\, c_{${T - 1}}} + \\underbrace{${t4(u[1])}}_{f_{${T}}} + \\underbrace{${t4(u[2])}}_{\\partial i/\\partial c\\,\\cdot\\,\\tilde c_{${T}}} + \\underbrace{${t4(u[3])}}_{\\partial \\tilde c/\\partial c\\,\\cdot\\, i_{${T}}} = ${texNum(d.full[0][0], 4)} \\approx f_{${T},1} = ${texNum(d.f[0], 4)}`;
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / Math.max(1, v.length);
  const pts = (v: number[]): [number, number][] => v.map((y, k) => [k + 2, y]);
  return (
    <div className="ga-rnn-deriv">
      <StepControls stepper={stepper} label={(k) => fmt(m.step, { t: k + 1, c: p.word[k] })} globalKeys={useWidgetActive()} />
      <ScrollTex math={math} label={m.formulaLabel} testId="ld-formula" />
      <table className="ga-table" data-testid="ld-table" aria-label={m.tableLabel}>
        <thead><tr>{[m.colUnit, m.colT1, m.colT2, m.colT3, m.colT4, m.colSum, m.colF].map((h) => <th key={h} scope="col">{h}</th>)}</tr></thead>
        <tbody>
          {d.f.map((f, j) => (
            <tr key={j} data-testid={`ld-unit-${j + 1}`} data-terms={diag(j).join(',')} data-sum={d.full[j][j]} data-f={f}>
              <th scope="row">{j + 1}</th>{diag(j).map((v, k) => <td key={k}>{f4(v)}</td>)}<td><strong>{f4(d.full[j][j])}</strong></td><td>{f4(f)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="ga-readout" data-testid="ld-off" data-off={off} data-small={d.maxSmall}>{fmt(m.offDiag, { v: f4(off), s: f4(d.maxSmall) })}</p>
      <Prose text={m.slowIntro} />
      {ch.dc.length > 0 && (
        <div data-testid="ld-changes" data-dc={ch.dc.join(',')} data-dh={ch.dh.join(',')}>
          <FunctionPlot title={m.plotTitle} xLabel={m.stepAxis} yLabel={m.changeAxis} width={520} height={260} xDomain={[2, Math.max(3, ids.length)]}
            series={[{ id: 'c', label: m.cSeries, points: pts(ch.dc) }, { id: 'h', label: m.hSeries, points: pts(ch.dh) }]} />
          <p className="ga-readout">{fmt(m.means, { n: ids.length, c: f4(mean(ch.dc)), h: f4(mean(ch.dh)) })}</p>
        </div>
      )}
    </div>
  );
}

/** The deck's four-term ∂c_t/∂c_{t−1} with the running cell's numbers, and slow c against fast h (loaded on demand). */
export default function LstmDerivative({ params, set, reset }: Props) {
  const m = useMessages(derivativeMessages);
  return (
    <>
      <ProseBlock><Prose text={m.intro} /></ProseBlock>
      <Widget id="lstm-derivative" title={m.title} onReset={reset(['gseed', 'gfb', 'gt', 'gpp', 'word'])}>
        <Body params={params} set={set} />
      </Widget>
    </>
  );
}
