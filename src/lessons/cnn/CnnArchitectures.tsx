import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import { tex } from '../../lib/texNumber';
import type { Values } from '../../lib/urlParams';
import { ARCHITECTURES, archParams, denseVsConv, kerasMapping, layerParams, type Architecture } from '../../models/cnnArchitectures';
import { NumberField } from '../../ui/NumberField';
import { ProseBlock } from '../../ui/LessonLayout';
import { Prose } from '../../ui/Prose';
import { Select } from '../../ui/Select';
import { Tex } from '../../ui/Tex';
import { Widget } from '../../ui/Widget';
import { archMessages } from './archMessages';
import type { CnnSchema } from './params';

type Params = Values<CnnSchema>;
interface Props { params: Params; set: (patch: Partial<Params>) => void }

const count = (n: number) => n.toLocaleString('en-US');
const millions = (n: number) => (n >= 1e6 ? `${formatNumber(n / 1e6, 1)} M` : `${formatNumber(n / 1e3, 1)} k`);

/** Parameters of one hidden layer on an H×W×C image: dense versus convolution. */
export function DenseVsConv({ params: p, set }: Props) {
  const m = useMessages(archMessages);
  const d = denseVsConv(p.dh, p.dw, p.dc, p.du, p.dk, p.dn);
  const field = (key: 'dh' | 'dw' | 'dc' | 'du' | 'dk' | 'dn', label: string, max: number) => (
    <NumberField label={label} value={p[key]} min={1} max={max} integer onChange={(v) => set({ [key]: v })} data-testid={`dvc-${key}`} />
  );
  return (
    <div>
      <div className="ga-controls">
        {field('dh', m.dvcH, 4096)}{field('dw', m.dvcW, 4096)}{field('dc', m.dvcC, 512)}
        {field('du', m.dvcUnits, 100_000)}{field('dk', m.dvcK, 64)}{field('dn', m.dvcFilters, 4096)}
      </div>
      <Tex display math={tex`\text{dense: } (${p.dh}\cdot${p.dw}\cdot${p.dc})\cdot${p.du} + ${p.du} = ${d.dense}\qquad \text{conv: } ${p.dk}\cdot${p.dk}\cdot${p.dc}\cdot${p.dn} + ${p.dn} = ${d.conv}`} />
      <p className="ga-readout">
        {m.dvcDense} <output data-testid="dvc-dense">{count(d.dense)}</output>
        {' · '}{m.dvcConv} <output data-testid="dvc-conv">{count(d.conv)}</output>
        {' · '}{m.dvcRatio} <output data-testid="dvc-ratio">{formatNumber(d.ratio, 1)}×</output>
      </p>
      <p className="ga-cnn-note">{m.dvcNote}</p>
    </div>
  );
}

function LayerTable({ arch }: { arch: Architecture }) {
  const m = useMessages(archMessages);
  return (
    <table className="ga-table ga-cnn-wide" data-testid="arch-layers" tabIndex={0} aria-label={fmt(m.archLayersOf, { name: arch.name })}>
      <thead><tr><th scope="col">{m.colLayer}</th><th scope="col">{m.colOutput}</th><th scope="col">{m.colParams}</th></tr></thead>
      <tbody>
        {arch.layers.map((l, i) => (
          <tr key={i}><th scope="row">{l.name}</th><td>{l.out}</td><td>{count(layerParams(l))}</td></tr>
        ))}
        <tr><th scope="row">{m.total}</th><td>{arch.input} →</td><td data-testid="arch-total">{count(archParams(arch))}</td></tr>
      </tbody>
    </table>
  );
}

/** The deck's five ConvNets, their counts summed from their layer tables, and one table opened. */
export function ArchitectureTable({ params: p, set }: Props) {
  const m = useMessages(archMessages);
  const chosen = ARCHITECTURES.find((a) => a.id === p.arch) ?? ARCHITECTURES[0];
  return (
    <div>
      <table className="ga-table ga-cnn-wide" data-testid="arch-table" tabIndex={0} aria-label={m.archTable}>
        <thead><tr>
          <th scope="col">{m.colNet}</th><th scope="col">{m.colYear}</th><th scope="col">{m.colDepth}</th>
          <th scope="col">{m.colComputed}</th><th scope="col">{m.colPublished}</th><th scope="col">{m.colIdea}</th>
        </tr></thead>
        <tbody>
          {ARCHITECTURES.map((a) => (
            <tr key={a.id} data-testid={`arch-${a.id}`} data-params={archParams(a)}>
              <th scope="row">{a.name}</th><td>{a.year}</td><td>{a.depth}</td>
              <td>{count(archParams(a))}</td><td>≈ {millions(a.published)}</td><td>{m[`idea_${a.id}`]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="ga-cnn-note">{m.variants}</p>
      <div className="ga-controls">
        <Select label={m.openTable} value={chosen.id} data-testid="arch-select"
          options={ARCHITECTURES.map((a) => ({ value: a.id, label: a.name }))} onChange={(arch: Params['arch']) => set({ arch })} />
      </div>
      <LayerTable arch={chosen} />
    </div>
  );
}

/** The deck's Keras model, line by line, beside the layer of the lesson's own network that does the same job. */
export function KerasMapping({ params: p }: { params: Params }) {
  const m = useMessages(archMessages);
  const rows = kerasMapping({ c1: p.mc1, k1: Number(p.mk1), c2: p.mc2, k2: Number(p.mk2) });
  const cell = (c: { out: string; params: number } | null) => (c ? `${c.out} · ${count(c.params)}` : '—');
  const total = rows.reduce((s, r) => s + (r.ours?.params ?? 0), 0);
  return (
    <div>
      <table className="ga-table ga-cnn-wide ga-cnn-keras" data-testid="keras-table" tabIndex={0} aria-label={m.kerasTitle}>
        <thead><tr><th scope="col">{m.colLine}</th><th scope="col">{m.colKeras}</th><th scope="col">{m.colDeck}</th><th scope="col">{m.colOurs}</th><th scope="col">{m.colRole}</th></tr></thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.line} data-testid={`keras-${r.line}`}>
              <th scope="row">{r.line}</th><td><code>{r.code}</code></td><td>{cell(r.deck)}</td><td>{cell(r.ours)}</td><td>{m[`keras_${r.line}` as keyof typeof m]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="ga-readout">{m.kerasTotal} <output data-testid="keras-total">{count(total)}</output></p>
    </div>
  );
}

/** The parts of the lesson loaded on demand: why not flatten and the well-known ConvNets, or the Keras mapping. */
export default function CnnArchitectures({ params, set, reset, part }: Props & {
  reset: (keys: (keyof Params & string)[]) => () => void;
  part: 'architectures' | 'keras';
}) {
  const m = useMessages(archMessages);
  if (part === 'keras') {
    return (
      <>
        <ProseBlock><Prose text={m.introKeras} /></ProseBlock>
        <Widget id="keras" title={m.kerasTitle}>
          <KerasMapping params={params} />
        </Widget>
      </>
    );
  }
  return (
    <>
      <ProseBlock><Prose text={m.introFlatten} /></ProseBlock>
      <Widget id="dense-vs-conv" title={m.dvcTitle} onReset={reset(['dh', 'dw', 'dc', 'du', 'dk', 'dn'])}>
        <DenseVsConv params={params} set={set} />
      </Widget>
      <ProseBlock><Prose text={m.introHistory} /></ProseBlock>
      <Widget id="architectures" title={m.archTitle} onReset={reset(['arch'])}>
        <ArchitectureTable params={params} set={set} />
      </Widget>
    </>
  );
}
