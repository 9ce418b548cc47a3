import { useCallback, useMemo, useState } from 'react';
import { fmt, useMessages } from '../../i18n';
import { thinCurve } from '../../lib/history';
import { formatNumber } from '../../lib/parseNumber';
import type { Values } from '../../lib/urlParams';
import type { MnistData } from '../../data';
import { aeWeightsFrom, corrupt, decode, reconstruct, type AeWeights } from '../../models/autoencoderNet';
import type { AutoencoderReport, AutoencoderTask } from '../../models/autoencoderTask';
import type { DigitDataRef } from '../../models/digitData';
import { Notice } from '../../ui/Notice';
import { NumberField } from '../../ui/NumberField';
import { Slider } from '../../ui/Slider';
import { Segmented } from '../../ui/Toggle';
import { FunctionPlot } from '../../viz/FunctionPlot';
import { PixelMap } from '../../viz/PixelMap';
import type { TrainingSnapshot } from '../../workers/protocol';
import { DrawPad } from './DrawPad';
import { boundsOf, LatentMap } from './LatentMap';
import { aeMessages } from './messages';
import { AE_HIDDEN, type AeSchema } from './params';
import { RunButtons } from './RunButtons';
import { useTraining } from './useTraining';

type Params = Values<AeSchema>;
interface Props { params: Params; set: (patch: Partial<Params>) => void; data: MnistData | null }

/** Test digits shown as a row of reconstructions (the chosen one is added first). */
const SHOWN = [3, 2, 1, 18, 4, 8, 11, 0, 61, 7];

const digitAt = (data: MnistData, k: number) => Float64Array.from(data.test.images.subarray(k * 784, k * 784 + 784), (v) => v / 255);
const inkOf = (img: ArrayLike<number>) => { let s = 0; for (let i = 0; i < img.length; i++) s += img[i]; return s; };

function Reconstructions({ w, data, chosen, noise }: { w: AeWeights; data: MnistData; chosen: number; noise: number }) {
  const m = useMessages(aeMessages);
  const ids = [chosen, ...SHOWN.filter((k) => k !== chosen)].slice(0, 8);
  return (
    <div className="ga-ae-recs" data-testid="ae-recs">
      {ids.map((k) => {
        const clean = digitAt(data, k);
        const input = corrupt(clean, noise, `show:${k}`);
        const r = reconstruct(w, input);
        return (
          <div key={k} className="ga-ae-rec">
            <PixelMap values={input} rows={28} cols={28} scale="sequential" domain={[0, 1]} size={56} label={fmt(m.recInput, { k, d: data.test.labels[k] })} />
            <PixelMap values={r.out} rows={28} cols={28} scale="sequential" domain={[0, 1]} size={56} label={fmt(m.recOutput, { k })} />
            <span className="ga-ae-note">#{k}</span>
          </div>
        );
      })}
    </div>
  );
}

export function AeWidget({ params: p, set, data }: Props) {
  const m = useMessages(aeMessages);
  const [curve, setCurve] = useState<[number, number][]>([]);
  const [picked, setPicked] = useState<[number, number] | null>(null);
  const [mine, setMine] = useState<Float64Array | null>(null);
  const onSnapshot = useCallback((s: TrainingSnapshot, fresh: boolean) => {
    const r = s.report as unknown as AutoencoderReport | undefined;
    if (!r) return;
    setCurve((c) => thinCurve([...(fresh ? [] : c).filter(([st]) => st < r.testStep), [r.testStep, r.testMse]]));
  }, []);
  const makeTask = (ref: DigitDataRef): AutoencoderTask => ({
    kind: 'autoencoder', hidden: Number(p.ah), noise: p.an, data: ref, optimizer: { name: 'adam', hyper: { lr: p.alr } }, batchSize: 32, seed: 1, evalEvery: 25,
  });
  const run = useTraining(data, 'mnist-ae', `${p.ah}:${p.an}:${p.alr}`, makeTask, { snapshotHz: 4 }, onSnapshot);
  const report = (run.snapshot?.report as unknown as AutoencoderReport | undefined) ?? null;
  const w = useMemo(() => (run.snapshot ? aeWeightsFrom(Object.fromEntries(run.snapshot.weights.map((x) => [x.name, x.data]))) : null), [run.snapshot]);
  const latent = report?.latent;
  const bounds = useMemo(() => boundsOf(latent ?? []), [latent]);
  const decoded = w && picked ? decode(w, picked) : null;
  const mineRec = w && mine ? reconstruct(w, mine) : null;
  const reset = () => { setCurve([]); run.reset(); };
  return (
    <div className="ga-ae">
      <div className="ga-controls">
        <Segmented label={m.aeHidden} value={p.ah} options={AE_HIDDEN.map((v) => ({ value: v, label: `784 → ${v} → 2 → ${v} → 784` }))} onChange={(ah) => set({ ah })} />
        <Slider label={m.noiseLevel} value={p.an} min={0} max={0.8} step={0.1} onChange={(an) => set({ an })} data-testid="ae-noise" />
        <NumberField label={m.learningRate} value={p.alr} min={0.00001} max={0.1} step={0.001} onChange={(alr) => set({ alr })} data-testid="ae-lr" />
      </div>
      <RunButtons run={run} testId="ae" onReset={reset} />
      {run.error && <Notice kind="error">{run.error}</Notice>}
      {!data && <Notice kind="info">{m.waitData}</Notice>}
      {run.snapshot && report && (
        <p className="ga-readout">
          {m.stepWord} <output data-testid="ae-step">{run.snapshot.step}</output>{' · '}
          {fmt(m.testMse, { n: 1000 })}: <output data-testid="ae-mse" data-value={report.testMse}>{formatNumber(report.testMse, 4)}</output>
          {' '}({fmt(m.atStep, { step: report.testStep })}){' · '}{fmt(m.seconds, { s: formatNumber(run.seconds(), 1) })}
        </p>
      )}
      <div className="ga-ae-row">
        {report && data && (
          <LatentMap latent={latent ?? []} labels={data.test.labels} bounds={bounds} picked={picked} mine={mineRec?.z ?? null} onPick={setPicked} />
        )}
        <div className="ga-ae-side">
          <FunctionPlot title={m.curveTitle} xLabel={m.stepWord} yLabel={m.mseShort} width={420} height={240} xDomain={[0, Math.max(100, curve.at(-1)?.[0] ?? 0)]}
            series={[{ id: 'mse', label: m.mseShort, points: curve }]} />
          <div className="ga-ae-decoded">
            <h3>{m.decodedTitle}</h3>
            {!decoded && <p className="ga-ae-note">{m.clickMap}</p>}
            {decoded && picked && (
              <>
                <div data-testid="ae-decoded" data-ink={inkOf(decoded)} data-z={`${picked[0]},${picked[1]}`}>
                  <PixelMap values={decoded} rows={28} cols={28} scale="sequential" domain={[0, 1]} size={112} label={m.decodedLabel} />
                </div>
                <p className="ga-readout">z = (<output data-testid="ae-z1">{formatNumber(picked[0], 2)}</output>, <output data-testid="ae-z2">{formatNumber(picked[1], 2)}</output>){' · '}
                  {m.inkWord} <output data-testid="ae-ink">{formatNumber(inkOf(decoded), 1)}</output></p>
              </>
            )}
          </div>
        </div>
      </div>
      {w && data && (
        <>
          <h3>{p.an > 0 ? fmt(m.recTitleNoisy, { s: formatNumber(p.an, 1) }) : m.recTitle}</h3>
          <NumberField label={m.chosenDigit} value={p.ad} min={0} max={1999} integer onChange={(ad) => set({ ad })} data-testid="ae-digit" />
          <Reconstructions w={w} data={data} chosen={p.ad} noise={p.an} />
        </>
      )}
      <h3>{m.yoursTitle}</h3>
      <div className="ga-ae-row">
        <DrawPad value={mine} onChange={setMine} />
        {mineRec && (
          <div data-testid="ae-mine">
            <PixelMap values={mineRec.out} rows={28} cols={28} scale="sequential" domain={[0, 1]} size={112} label={m.mineRecLabel} />
            <p className="ga-readout">{fmt(m.mineCode, { z1: formatNumber(mineRec.z[0], 2), z2: formatNumber(mineRec.z[1], 2), e: formatNumber(mineRec.mse, 4) })}</p>
          </div>
        )}
        {!w && <Notice kind="info">{m.noNetYet}</Notice>}
      </div>
    </div>
  );
}
