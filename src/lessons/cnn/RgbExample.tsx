import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import { texNum } from '../../lib/texNumber';
import type { Values } from '../../lib/urlParams';
import { convolve, convShape, convStep, DECK_RGB, padMatrix } from '../../models/cnn';
import { useWidgetActive } from '../../ui/PresenterContext';
import { StepControls } from '../../ui/StepControls';
import { Tex } from '../../ui/Tex';
import { Segmented } from '../../ui/Toggle';
import { useStepper } from '../../ui/useStepper';
import { Grid } from './gridViews';
import { cnnMessages } from './messages';
import type { CnnSchema } from './params';

type Params = Values<CnnSchema>;
interface Props { params: Params; set: (patch: Partial<Params>) => void }

const CHANNELS = ['R', 'G', 'B'] as const;

/** The deck's RGB example: three channels, three kernel slices, bias 1, padding 1; stride 1 (or 2 to compare). */
export function RgbExample({ params: p, set }: Props) {
  const m = useMessages(cnnMessages);
  const spec = { input: DECK_RGB.input, kernel: DECK_RGB.kernel, bias: DECK_RGB.bias, stride: p.rst, padding: DECK_RGB.padding };
  const { rows, cols } = convShape(spec);
  const stepper = useStepper({ count: rows * cols, index: p.rstep, onIndexChange: (rstep) => set({ rstep }) });
  const st = convStep(spec, stepper.index);
  const full = convolve(spec);
  const filled = full.map((r, i) => r.map((v, j) => (i * cols + j <= stepper.index ? v : Number.NaN)));
  const partials = st.channels.map((c) => c.sum);
  const sumTex = partials.map((v, i) => (i === 0 ? texNum(v) : v < 0 ? `- ${texNum(-v)}` : `+ ${texNum(v)}`)).join(' ');
  return (
    <div className="ga-cnn-rgb">
      <Segmented label={m.stride} value={String(p.rst) as '1' | '2'} options={[{ value: '1', label: fmt(m.strideN, { s: 1 }) }, { value: '2', label: fmt(m.strideN, { s: 2 }) }]}
        onChange={(v) => set({ rst: Number(v), rstep: 0 })} />
      <div className="ga-cnn-row">
        {CHANNELS.map((name, c) => (
          <div key={name} className="ga-cnn-channel">
            <Grid title={fmt(m.channelInput, { c: name })} values={padMatrix(spec.input[c], 1)} digits={0}
              windows={[{ row: st.top, col: st.left, rows: 3, cols: 3, kind: 'read' }]} />
            <Grid title={fmt(m.channelKernel, { c: name })} values={spec.kernel[c]} signed digits={0} />
            <p className="ga-readout">{fmt(m.partialSum, { c: name })}: <output data-testid={`rgb-partial-${name}`}>{formatNumber(partials[c], 4)}</output></p>
          </div>
        ))}
      </div>
      <Tex display math={`y_{${st.row},${st.col}} = ${sumTex} + ${texNum(st.bias)} = ${texNum(st.value)}`} />
      <p className="ga-readout" data-testid="rgb-sum">{`${partials.map((v, i) => (i === 0 ? formatNumber(v) : `${v < 0 ? '−' : '+'} ${formatNumber(Math.abs(v))}`)).join(' ')} + ${formatNumber(st.bias)} = `}
        <output data-testid="rgb-value">{formatNumber(st.value, 4)}</output></p>
      <Grid title={m.rgbOutput} values={filled} signed digits={0} testId="rgb-output"
        windows={[{ row: st.row, col: st.col, rows: 1, cols: 1, kind: 'write' }]} />
      <StepControls stepper={stepper} globalKeys={useWidgetActive()} label={(k) => fmt(m.rgbStepLabel, { r: Math.floor(k / cols), c: k % cols })} />
    </div>
  );
}
