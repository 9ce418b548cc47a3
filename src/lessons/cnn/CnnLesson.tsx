import { lazy, Suspense, useMemo, useState } from 'react';
import { fmt, useMessages } from '../../i18n';
import { useUrlState } from '../../state/useUrlState';
import { LessonLayout, ProseBlock } from '../../ui/LessonLayout';
import { Notice } from '../../ui/Notice';
import { Prose } from '../../ui/Prose';
import { UrlNotice } from '../../ui/UrlNotice';
import { Widget } from '../../ui/Widget';
import { CnnExercises } from './CnnExercises';
import { ConvStepper } from './ConvStepper';
import { cnnMessages } from './messages';
import { meta } from './meta';
import { MnistTrainer, netFromSnapshot } from './MnistTrainer';
import { cnnSchema } from './params';
import { PoolStepper } from './PoolStepper';
import { RgbExample } from './RgbExample';
import { ShapeCalc } from './ShapeCalc';
import { TextConv } from './TextConv';
import { useCnnTraining } from './useCnnTraining';
import { useMnist, type MnistState } from '../../data/useMnist';
import { YourDigit } from './YourDigit';
import './cnn.css';

// Loaded on demand (its own chunk): the dense-versus-convolution count and the well-known architectures.
const CnnArchitectures = lazy(() => import('./CnnArchitectures'));
// Loaded on demand: the layer formula with the trained network's numbers.
const LayerFormula = lazy(() => import('./LayerFormula'));
// Loaded on demand: the X / O / ⁄ / \ glyphs as a trained tiny CNN (its own training worker).
const GlyphCnn = lazy(() => import('./GlyphCnn'));
// Loaded on demand: saliency δx of the drawn digit (one backward pass on the main thread, about 20 ms).
const Saliency = lazy(() => import('./Saliency'));

function DataStatus({ state }: { state: MnistState }) {
  const m = useMessages(cnnMessages);
  if (state.status === 'error') return <Notice kind="error" data-testid="mnist-error">{fmt(m.dataError, { message: state.message })}</Notice>;
  if (state.status === 'loading') {
    const pct = state.total ? Math.round((100 * state.loaded) / state.total) : null;
    return <Notice kind="info">{pct === null ? m.dataLoading : fmt(m.dataLoadingPct, { pct })}</Notice>;
  }
  return (
    <p className="ga-cnn-note" data-testid="mnist-ready">
      {fmt(m.dataReady, { train: state.data.train.count, test: state.data.test.count })}
    </p>
  );
}

/** Route /cnn: convolution step by step, shapes, channels, pooling, 1-D convolution, a CNN trained on MNIST. */
export default function CnnLesson() {
  const m = useMessages(cnnMessages);
  const { title } = useMessages(meta.messages);
  const [params, set, invalid, reset] = useUrlState(cnnSchema);
  const mnist = useMnist();
  const digits = mnist.status === 'ready' ? mnist.data : null;
  const [mine, setMine] = useState<Float64Array | null>(null);
  const arch = useMemo(() => ({ c1: params.mc1, k1: Number(params.mk1), c2: params.mc2, k2: Number(params.mk2) }), [params.mc1, params.mk1, params.mc2, params.mk2]);
  const run = useCnnTraining(digits, arch, params.mlr, params.mb);
  const net = useMemo(() => netFromSnapshot(run, arch), [run.snapshot, arch]); // eslint-disable-line react-hooks/exhaustive-deps
  const props = { params, set };
  return (
    <LessonLayout title={title} lead={m.lead}>
      <UrlNotice invalid={invalid} />
      <ProseBlock><Prose text={m.introConv} /><Prose text={m.introKernels} /></ProseBlock>
      <Widget id="conv" title={m.convTitle} onReset={reset(['cs', 'cd', 'ckz', 'ck', 'cst', 'cpd', 'cstep', 'crelu'])}>
        <ConvStepper {...props} digits={digits} mine={mine} />
      </Widget>
      <ProseBlock><Prose text={m.introShapes} /></ProseBlock>
      <Widget id="shapes" title={m.shapeTitle} onReset={reset(['sn', 'sc', 'sf', 'sk', 'sp', 'ss'])}>
        <ShapeCalc {...props} />
      </Widget>
      <Suspense fallback={<p className="ga-cnn-note">…</p>}>
        <CnnArchitectures params={params} set={set} reset={reset} part="architectures" />
      </Suspense>
      <ProseBlock><Prose text={m.introRgb} /></ProseBlock>
      <Widget id="rgb" title={m.rgbTitle} onReset={reset(['rst', 'rstep'])}>
        <RgbExample {...props} />
      </Widget>
      <ProseBlock><Prose text={m.introPool} /></ProseBlock>
      <Widget id="pool" title={m.poolTitle} onReset={reset(['pp', 'pm', 'pdir', 'pin', 'pw', 'pz', 'ps', 'pstep'])}>
        <PoolStepper {...props} />
      </Widget>
      <Suspense fallback={<p className="ga-cnn-note">…</p>}>
        <GlyphCnn params={params} set={set} reset={reset} />
      </Suspense>
      <ProseBlock><Prose text={m.introText} /></ProseBlock>
      <Widget id="text" title={m.textTitle} onReset={reset(['tk', 'tstep'])}>
        <TextConv {...props} />
      </Widget>
      <ProseBlock><Prose text={m.introMnist} /><DataStatus state={mnist} /></ProseBlock>
      <Widget id="mnist" title={m.mnistTitle} onReset={reset(['mc1', 'mk1', 'mc2', 'mk2', 'mlr', 'mb', 'md'])}>
        <MnistTrainer {...props} run={run} arch={arch} data={digits} net={net} />
      </Widget>
      <Suspense fallback={<p className="ga-cnn-note">…</p>}>
        <LayerFormula params={params} set={set} reset={reset} data={digits} net={net} />
        <CnnArchitectures params={params} set={set} reset={reset} part="keras" />
      </Suspense>
      <ProseBlock><Prose text={m.introYours} /></ProseBlock>
      <Widget id="yours" title={m.yoursTitle} onReset={() => setMine(null)}>
        <YourDigit mine={mine} setMine={setMine} digits={digits} net={net} trained={run.snapshot?.step ?? 0} />
      </Widget>
      <Suspense fallback={<p className="ga-cnn-note">…</p>}>
        <Saliency params={params} set={set} mine={mine} net={net} trained={run.snapshot?.step ?? 0} />
      </Suspense>
      <Widget id="exercises" title={m.exercisesTitle}>
        <CnnExercises />
      </Widget>
    </LessonLayout>
  );
}
