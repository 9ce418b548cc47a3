import { useMemo } from 'react';
import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import { texNum } from '../../lib/texNumber';
import type { Values } from '../../lib/urlParams';
import type { MnistData } from '../../data';
import { cnnInfer, type CnnParams } from '../../models/cnnNet';
import { layerSum } from '../../models/cnnLayerSum';
import { ProseBlock } from '../../ui/LessonLayout';
import { Notice } from '../../ui/Notice';
import { NumberField } from '../../ui/NumberField';
import { Prose } from '../../ui/Prose';
import { ScrollTex } from '../../ui/ScrollTex';
import { Segmented } from '../../ui/Toggle';
import { Widget } from '../../ui/Widget';
import { layerMessages } from './layerMessages';
import type { CnnSchema } from './params';

type Params = Values<CnnSchema>;
interface Props {
  params: Params;
  set: (patch: Partial<Params>) => void;
  reset: (keys: (keyof Params & string)[]) => () => void;
  data: MnistData | null;
  net: CnnParams | null;
}

const n4 = (v: number) => texNum(v, 4, { paren: true });

function Formula({ s }: { s: ReturnType<typeof layerSum> }) {
  const m = useMessages(layerMessages);
  const n = s.layer;
  const terms = s.terms.map(n4).join(' + ');
  const math = `h_{${s.j + 1}}^{${n}}(${s.row},${s.col}) = \\max\\Big(0,\\ \\sum_{k=1}^{${s.terms.length}} (h_k^{${n - 1}} * w_{k${s.j + 1}}^{${n}})(${s.row},${s.col}) + b_{${s.j + 1}}^{${n}}\\Big)`
    + ` = \\max\\big(0,\\ ${terms} + ${n4(s.bias)}\\big) = \\max(0,\\ ${texNum(s.pre, 4)}) = ${texNum(s.out, 4)}`;
  return <ScrollTex math={math} label={m.formulaLabel} testId="ls-formula" />;
}

function Body({ params: p, set, data, net }: Omit<Props, 'reset'>) {
  const m = useMessages(layerMessages);
  const layer = p.ll === '1' ? 1 : 2;
  const pixels = useMemo(() => (data ? Array.from(data.test.images.subarray(p.md * 784, p.md * 784 + 784), (v) => v / 255) : null), [data, p.md]);
  const s = useMemo(() => (net && pixels ? layerSum(net, pixels, layer, p.lj - 1, p.lr, p.lc) : null), [net, pixels, layer, p.lj, p.lr, p.lc]);
  const engine = useMemo(() => {
    if (!net || !pixels || !s) return null;
    const maps = cnnInfer(net, pixels).layers[layer === 1 ? 'conv1' : 'conv2'];
    return maps.maps[s.j][s.row * maps.side + s.col];
  }, [net, pixels, s, layer]);
  if (!s || engine === null) return <Notice kind="info">{m.noNet}</Notice>;
  const num = (v: number) => formatNumber(v, 4);
  return (
    <div className="ga-cnn-layer">
      <div className="ga-controls">
        <Segmented label={m.layer} value={p.ll} options={[{ value: '1' as const, label: m.layer1 }, { value: '2' as const, label: m.layer2 }]} onChange={(ll) => set({ ll })} />
        <NumberField label={m.channel} value={s.j + 1} min={1} max={s.channels} integer onChange={(lj) => set({ lj })} data-testid="ls-j" />
        <NumberField label={m.row} value={s.row} min={0} max={s.side - 1} integer onChange={(lr) => set({ lr })} data-testid="ls-row" />
        <NumberField label={m.col} value={s.col} min={0} max={s.side - 1} integer onChange={(lc) => set({ lc })} data-testid="ls-col" />
      </div>
      <p className="ga-cnn-note">{fmt(m.where, { d: p.md, n: layer, c: s.channels, s: s.side })}</p>
      <Formula s={s} />
      <table className="ga-table ga-cnn-wide" data-testid="ls-terms" tabIndex={0} aria-label={m.termsTitle}>
        <caption>{m.termsTitle}</caption>
        <thead><tr><th scope="col">{m.colK}</th><th scope="col">{m.colTerm}</th></tr></thead>
        <tbody>
          {s.terms.map((t, k) => (
            <tr key={k}><th scope="row">{k + 1}</th><td data-testid={`ls-term-${k + 1}`} data-value={t}>{num(t)}</td></tr>
          ))}
        </tbody>
      </table>
      <p className="ga-readout">
        {m.sumWord} <output data-testid="ls-sum" data-value={s.sum}>{num(s.sum)}</output>
        {' · '}{m.biasWord} <output data-testid="ls-bias" data-value={s.bias}>{num(s.bias)}</output>
        {' · '}{m.preWord} <output data-testid="ls-pre" data-value={s.pre}>{num(s.pre)}</output>
        {' · '}{m.outWord} <output data-testid="ls-out" data-value={s.out}>{num(s.out)}</output>
      </p>
      <p className="ga-readout">{m.engineWord} <output data-testid="ls-engine" data-value={engine}>{num(engine)}</output></p>
    </div>
  );
}

/** The deck's layer formula hⱼⁿ = max(0, Σₖ hₖⁿ⁻¹ * wₖⱼⁿ + b) with the MNIST network's numbers (loaded on demand). */
export default function LayerFormula(props: Props) {
  const m = useMessages(layerMessages);
  return (
    <>
      <ProseBlock><Prose text={m.intro} /></ProseBlock>
      <Widget id="layer-formula" title={m.title} onReset={props.reset(['ll', 'lj', 'lr', 'lc'])}>
        <Body {...props} />
      </Widget>
    </>
  );
}
