import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import type { Values } from '../../lib/urlParams';
import type { MnistData } from '../../data';
import type { CompareVariant } from '../../models/digitCompareTask';
import { FEATURE_GROUPS, FEATURE_SIZES, featureCount, type FeatureGroup } from '../../models/digitFeatures';
import { Notice } from '../../ui/Notice';
import { NumberField } from '../../ui/NumberField';
import { FunctionPlot } from '../../viz/FunctionPlot';
import { dlMessages, type DlMessages } from './messages';
import type { DlSchema } from './params';
import { BATCH, DIVERGED, LEARNING_RATES, VARIANTS, type CompareRuns, type ModelRun } from './useCompareTraining';

type Params = Values<DlSchema>;
interface Props { params: Params; set: (patch: Partial<Params>) => void; compare: CompareRuns; data: MnistData | null }

const modelName = (m: DlMessages, v: CompareVariant) => ({ raw: m.modelRaw, features: m.modelFeatures, mlp: m.modelMlp })[v];
export const groupName = (m: DlMessages, g: FeatureGroup) => m[`feat_${g}`];

function FeatureToggles({ params: p, set }: Pick<Props, 'params' | 'set'>) {
  const m = useMessages(dlMessages);
  const toggle = (g: FeatureGroup, on: boolean) => {
    const next = FEATURE_GROUPS.filter((x) => (x === g ? on : p.feat.includes(x)));
    if (next.length > 0) set({ feat: next });
  };
  const onlyOne = p.feat.length === 1;
  return (
    <fieldset className="ga-dl-features" data-testid="feature-toggles">
      <legend>{fmt(m.featuresLegend, { n: featureCount(p.feat) })}</legend>
      {FEATURE_GROUPS.map((g) => {
        const on = p.feat.includes(g);
        const locked = on && onlyOne;
        return (
          <label key={g} className="ga-dl-features__item">
            <input type="checkbox" checked={on} aria-disabled={locked || undefined} data-testid={`feat-${g}`}
              onChange={(e) => toggle(g, e.target.checked)} />
            {' '}{groupName(m, g)} <span className="ga-dl-muted">({FEATURE_SIZES[g]})</span>
          </label>
        );
      })}
      {onlyOne && <p className="ga-dl-muted" role="status" data-testid="feature-last">{m.featureLast}</p>}
    </fieldset>
  );
}

function Row({ run, m, onTrain, disabled }: { run: ModelRun; m: DlMessages; onTrain: () => void; disabled: boolean }) {
  const r = run.report;
  const v = run.variant;
  const trained = run.snapshot ? run.snapshot.step : 0;
  const status = run.error ? m.stateError : run.done ? m.stateDone : run.state === 'running' ? fmt(m.stateRunning, { step: trained, total: run.totalSteps }) : trained > 0 ? fmt(m.statePaused, { step: trained, total: run.totalSteps }) : m.stateReady;
  return (
    <tr data-testid={`row-${v}`}>
      <th scope="row">{modelName(m, v)}<div className="ga-dl-muted">{({ raw: m.pipeRaw, features: m.pipeFeatures, mlp: m.pipeMlp })[v]}</div></th>
      <td>{r ? formatNumber(r.inputs, 0) : '–'}</td>
      <td data-testid={`params-${v}`}>{r ? formatNumber(r.parameters, 0) : '–'}</td>
      <td><output data-testid={`acc-${v}`} data-value={run.done && r ? r.testAccuracy : undefined}>{r && trained > 0 ? `${formatNumber(100 * r.testAccuracy, 1)}\u00a0%` : '–'}</output></td>
      <td><output data-testid={`sec-${v}`} data-value={run.done ? run.seconds : undefined}>{trained > 0 ? formatNumber(run.seconds, 1) : '–'}</output></td>
      <td>{status}</td>
      <td><button type="button" className="ga-button" onClick={onTrain} disabled={disabled} data-testid={`train-${v}`}>{run.done ? m.retrain : m.trainOne}</button></td>
    </tr>
  );
}

function ResultsTable({ compare, ready }: { compare: CompareRuns; ready: boolean }) {
  const m = useMessages(dlMessages);
  return (
    <div className="ga-dl-scroll">
      <table className="ga-table" data-testid="compare-table">
        <caption>{fmt(m.tableCaption, { n: compare.runs.raw.report?.testSize ?? 2000 })}</caption>
        <thead>
          <tr><th scope="col">{m.colModel}</th><th scope="col">{m.colInputs}</th><th scope="col">{m.colParams}</th>
            <th scope="col">{m.colAccuracy}</th><th scope="col">{m.colSeconds}</th><th scope="col">{m.colState}</th><th scope="col"><span className="ga-visually-hidden">{m.colAction}</span></th></tr>
        </thead>
        <tbody>
          {VARIANTS.map((v) => (
            <Row key={v} run={compare.runs[v]} m={m} onTrain={() => compare.train(v)} disabled={!ready || compare.busy} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One sentence comparing the finished runs, from the numbers (never written in advance). */
function Verdict({ compare }: { compare: CompareRuns }) {
  const m = useMessages(dlMessages);
  const { raw, features, mlp } = compare.runs;
  if (!(raw.done && features.done && mlp.done && raw.report && features.report && mlp.report)) return null;
  const pct = (r: ModelRun) => formatNumber(100 * (r.report?.testAccuracy ?? 0), 1);
  const learnedWins = mlp.report.testAccuracy >= features.report.testAccuracy;
  return (
    <p className="ga-readout" data-testid="verdict">
      {fmt(learnedWins ? m.verdictLearned : m.verdictHand, { mlp: pct(mlp), feat: pct(features), raw: pct(raw) })}
    </p>
  );
}

export function DigitCompare({ params: p, set, compare, data }: Props) {
  const m = useMessages(dlMessages);
  const series = (pick: (r: ModelRun) => [number, number][]) => VARIANTS.map((v) => ({ id: v, label: modelName(m, v), points: pick(compare.runs[v]) }));
  const errors = VARIANTS.filter((v) => compare.runs[v].error);
  return (
    <div className="ga-dl-compare">
      <div className="ga-controls">
        <NumberField label={m.epochs} value={p.ep} min={1} max={20} integer onChange={(ep) => set({ ep })} data-testid="cmp-epochs" />
        <NumberField label={m.hiddenUnits} value={p.hid} min={4} max={128} integer onChange={(hid) => set({ hid })} data-testid="cmp-hidden" />
      </div>
      <FeatureToggles params={p} set={set} />
      <p className="ga-dl-muted">{fmt(m.trainingSetup, { b: BATCH, steps: compare.totalSteps, per: compare.stepsPerEpoch, lrRaw: LEARNING_RATES.raw, lrFeat: LEARNING_RATES.features, lrMlp: LEARNING_RATES.mlp })}</p>
      <div className="ga-controls ga-dl-trainbar">
        <button type="button" className="ga-button ga-button--primary" onClick={compare.trainAll} disabled={!data || compare.busy} data-testid="train-all">{m.trainAll}</button>
        <button type="button" className="ga-button" onClick={compare.stop} disabled={!compare.busy}>{m.stop}</button>
      </div>
      {errors.map((v) => (
        <Notice key={v} kind="error">{fmt(m.runError, { model: modelName(m, v), message: compare.runs[v].error === DIVERGED ? m.divergedMsg : compare.runs[v].error ?? '' })}</Notice>
      ))}
      <ResultsTable compare={compare} ready={data !== null} />
      <Verdict compare={compare} />
      <div className="ga-dl-row">
        <FunctionPlot title={m.accCurveTitle} xLabel={m.epochWord} yLabel="%" xDomain={[0, p.ep]} yDomain={[0, 100]} width={440} height={260} series={series((r) => r.accCurve)} digits={1} />
        <FunctionPlot title={m.lossCurveTitle} xLabel={m.epochWord} yLabel={m.lossWord} xDomain={[0, p.ep]} width={440} height={260} series={series((r) => r.lossCurve)} />
      </div>
    </div>
  );
}
