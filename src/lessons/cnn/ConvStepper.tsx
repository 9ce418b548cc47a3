import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import { tex } from '../../lib/texNumber';
import type { Values } from '../../lib/urlParams';
import type { MnistData } from '../../data';
import {
  convolve, convShape, convStep, glyph, KERNEL_PRESET_NAMES, outputSize, padMatrix, presetKernel, relu,
  type Glyph, type KernelPreset, type Matrix,
} from '../../models/cnn';
import { Notice } from '../../ui/Notice';
import { NumberField } from '../../ui/NumberField';
import { useWidgetActive } from '../../ui/PresenterContext';
import { Select } from '../../ui/Select';
import { StepControls } from '../../ui/StepControls';
import { Tex } from '../../ui/Tex';
import { Segmented, Toggle } from '../../ui/Toggle';
import { useStepper } from '../../ui/useStepper';
import { Grid, toMatrix } from './gridViews';
import { cnnMessages } from './messages';
import { SOURCES, type CnnSchema, type Source } from './params';

type Params = Values<CnnSchema>;
interface Props { params: Params; set: (patch: Partial<Params>) => void; digits: MnistData | null; mine: Float64Array | null }

/** The input image for the chosen source (glyphs are 9×9; digits and drawings 28×28, 0…1). */
export function sourceImage(p: Params, digits: MnistData | null, mine: Float64Array | null): Matrix | null {
  if (p.cs === 'digit') return digits ? toMatrix(digits.test.images.subarray(p.cd * 784, p.cd * 784 + 784), 28, 1 / 255) : null;
  if (p.cs === 'mine') return mine ? toMatrix(mine) : null;
  return glyph(p.cs as Glyph, 9);
}

/** The kernel from the URL list, or the Laplacian when the list does not fit the chosen size. */
export function kernelOf(p: Params): Matrix {
  const f = Number(p.ckz) as 3 | 5;
  if (p.ck.length !== f * f) return presetKernel('laplacian', f);
  return Array.from({ length: f }, (_, r) => p.ck.slice(r * f, r * f + f));
}

function KernelEditor({ kernel, onChange }: { kernel: Matrix; onChange: (k: Matrix) => void }) {
  const m = useMessages(cnnMessages);
  const f = kernel.length;
  return (
    <fieldset className="ga-cnn-kernel" style={{ gridTemplateColumns: `repeat(${f}, minmax(0, 6.5em))` }}>
      <legend className="ga-field__label">{m.kernel}</legend>
      {kernel.flatMap((row, r) => row.map((v, c) => (
        <NumberField key={`${r}-${c}`} label={fmt(m.kernelCell, { r: r + 1, c: c + 1 })} value={v} size={5} min={-1000} max={1000} step={0.5}
          data-testid={`k-${r}-${c}`}
          onChange={(x) => onChange(kernel.map((rr, i) => rr.map((vv, j) => (i === r && j === c ? x : vv))))} />
      )))}
    </fieldset>
  );
}

function SizeFormula({ n, f, p, s }: { n: number; f: number; p: number; s: number }) {
  const out = outputSize(n, f, p, s);
  return (
    <p data-testid="conv-size" data-value={out}>
      <Tex math={tex`\left\lfloor \frac{n + 2p - f}{s} \right\rfloor + 1 = \left\lfloor \frac{${n} + 2\cdot ${p} - ${f}}{${s}} \right\rfloor + 1 = ${out}`} />
    </p>
  );
}

export function ConvStepper({ params: p, set, digits, mine }: Props) {
  const m = useMessages(cnnMessages);
  const image = sourceImage(p, digits, mine);
  const kernel = kernelOf(p);
  const f = kernel.length;
  const spec = { input: image ? [image] : [], kernel: [kernel], bias: 0, stride: p.cst, padding: p.cpd };
  const { rows, cols } = image ? convShape(spec) : { rows: 0, cols: 0 };
  const count = rows * cols;
  const stepper = useStepper({ count: Math.max(1, count), index: p.cstep, onIndexChange: (cstep) => set({ cstep }), baseIntervalMs: 500 });
  const active = useWidgetActive();
  const sourceLabels: Record<Source, string> = { x: m.glyphX, o: m.glyphO, slash: m.glyphSlash, backslash: m.glyphBackslash, digit: m.srcDigit, mine: m.srcMine };
  const controls = (
    <div className="ga-controls">
      <Select label={m.source} value={p.cs} options={SOURCES.map((s) => ({ value: s, label: sourceLabels[s] }))} onChange={(cs) => set({ cs, cstep: 0 })} data-testid="conv-source" />
      {p.cs === 'digit' && <NumberField label={m.digitIndex} value={p.cd} min={0} max={1999} integer onChange={(cd) => set({ cd })} />}
      <Segmented label={m.kernelSize} value={p.ckz} options={[{ value: '3', label: '3×3' }, { value: '5', label: '5×5' }]}
        onChange={(ckz) => set({ ckz, ck: presetKernel('laplacian', Number(ckz) as 3 | 5).flat(), cstep: 0 })} />
      <Select label={m.preset} value={'' as string} data-testid="kernel-preset"
        options={[{ value: '', label: m.choosePreset }, ...KERNEL_PRESET_NAMES.map((k) => ({ value: k, label: m[`k_${k}`] }))]}
        onChange={(k) => k && set({ ck: presetKernel(k as KernelPreset, f as 3 | 5).flat() })} />
      <NumberField label={m.stride} value={p.cst} min={1} max={5} integer onChange={(cst) => set({ cst, cstep: 0 })} data-testid="conv-stride" />
      <NumberField label={m.padding} value={p.cpd} min={0} max={4} integer onChange={(cpd) => set({ cpd, cstep: 0 })} data-testid="conv-padding" />
      <Toggle label={m.showRelu} checked={p.crelu} onChange={(crelu) => set({ crelu })} />
    </div>
  );
  if (!image) {
    return <div>{controls}<Notice kind="info">{p.cs === 'mine' ? m.drawFirst : m.digitsLoading}</Notice></div>;
  }
  const n = image.length;
  return (
    <div className="ga-cnn-conv">
      {controls}
      <KernelEditor kernel={kernel} onChange={(k) => set({ ck: k.flat() })} />
      <SizeFormula n={n} f={f} p={p.cpd} s={p.cst} />
      {count < 1 ? <Notice kind="error" data-testid="conv-nofit">{m.noFit}</Notice> : (
        <ConvPictures spec={spec} index={stepper.index} rows={rows} cols={cols} showRelu={p.crelu} />
      )}
      {count >= 1 && <StepControls stepper={stepper} globalKeys={active}
        label={(k) => fmt(m.convStepLabel, { r: Math.floor(k / cols) + 1, c: (k % cols) + 1 })} />}
    </div>
  );
}

function ConvPictures({ spec, index, rows, cols, showRelu }: { spec: Parameters<typeof convolve>[0]; index: number; rows: number; cols: number; showRelu: boolean }) {
  const m = useMessages(cnnMessages);
  const full = convolve(spec);
  const st = convStep(spec, index);
  const f = spec.kernel[0].length;
  const filled = full.map((r, i) => r.map((v, j) => (i * cols + j <= index ? v : Number.NaN)));
  const ch = st.channels[0];
  const terms = f === 3 ? ch.products.flat().map((v, i) => (i === 0 ? tex`${v}` : tex` + ${v}`)).join('') : '\\textstyle\\sum';
  return (
    <>
      <div className="ga-cnn-row">
        <Grid title={m.paddedInput} values={padMatrix(spec.input[0], spec.padding)} testId="conv-input"
          windows={[{ row: st.top, col: st.left, rows: f, cols: f, kind: 'read' }]} digits={2} />
        <Grid title={m.products} values={ch.products} signed digits={2} testId="conv-products" />
        <Grid title={m.featureMap} values={filled} signed digits={2} testId="conv-output"
          windows={[{ row: st.row, col: st.col, rows: 1, cols: 1, kind: 'write' }]} />
        {showRelu && <Grid title={m.reluMap} values={relu(filled)} digits={2} testId="conv-relu" />}
      </div>
      {/* Inline (not display) math, so the nine products can wrap after a "+" on a phone. */}
      <p className="ga-cnn-eq"><Tex math={`y_{${st.row + 1},${st.col + 1}} = ${terms} = ${formatNumber(st.value, 4).replace('−', '-')}`} /></p>
      <p className="ga-readout">{m.outputSize}: <output data-testid="conv-out-size">{rows}×{cols}</output>
        {' · '}{m.cellValue}: <output data-testid="conv-cell">{formatNumber(st.value, 4)}</output></p>
    </>
  );
}
