import { useId, useState } from 'react';
import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import type { Values } from '../../lib/urlParams';
import type { Matrix } from '../../models/cnn';
import { gradientAfter, pool, POOL_PRESETS, poolStep, type PoolPreset } from '../../models/cnnPool';
import { Notice } from '../../ui/Notice';
import { NumberField } from '../../ui/NumberField';
import { useWidgetActive } from '../../ui/PresenterContext';
import { Select } from '../../ui/Select';
import { StepControls } from '../../ui/StepControls';
import { Segmented } from '../../ui/Toggle';
import { useStepper } from '../../ui/useStepper';
import { Grid } from './gridViews';
import { cnnMessages } from './messages';
import { POOL_PRESET_NAMES, type CnnSchema } from './params';

type Params = Values<CnnSchema>;
interface Props { params: Params; set: (patch: Partial<Params>) => void }

/** Parses "1 3 5; 4 2 3" (rows by newline or ';', numbers by spaces or commas) into a rectangular matrix. */
export function parseMatrix(text: string): { ok: true; value: Matrix } | { ok: false; error: 'empty' | 'notNumber' | 'ragged' | 'tooBig' } {
  const rows = text.split(/[;\n]/).map((r) => r.trim()).filter(Boolean);
  if (rows.length === 0) return { ok: false, error: 'empty' };
  const value = rows.map((r) => r.split(/[\s,]+/).map((t) => Number(t.replace('−', '-'))));
  if (value.some((r) => r.some((v) => !Number.isFinite(v) || Math.abs(v) > 1000))) return { ok: false, error: 'notNumber' };
  if (value.some((r) => r.length !== value[0].length)) return { ok: false, error: 'ragged' };
  if (value.length > 12 || value[0].length > 12) return { ok: false, error: 'tooBig' };
  return { ok: true, value };
}

/** The matrix of the current preset, or the custom one from the URL. */
function poolInput(p: Params): Matrix {
  if (p.pp !== 'custom') return POOL_PRESETS[p.pp as PoolPreset].input;
  if (p.pin.length === 0 || p.pin.length % p.pw !== 0) return POOL_PRESETS.deck000.input;
  return Array.from({ length: p.pin.length / p.pw }, (_, r) => p.pin.slice(r * p.pw, r * p.pw + p.pw));
}

function MatrixText({ input, onValid }: { input: Matrix; onValid: (x: Matrix) => void }) {
  const m = useMessages(cnnMessages);
  const id = useId();
  const [text, setText] = useState(() => input.map((r) => r.join(' ')).join('\n'));
  const [error, setError] = useState<string | null>(null);
  const messages = { empty: m.matEmpty, notNumber: m.matNotNumber, ragged: m.matRagged, tooBig: m.matTooBig };
  return (
    <div className="ga-field">
      <label className="ga-field__label" htmlFor={id}>{m.poolMatrix}</label>
      <textarea id={id} rows={Math.max(4, input.length)} cols={22} value={text} data-testid="pool-matrix" aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-err`} onChange={(e) => {
          setText(e.target.value);
          const r = parseMatrix(e.target.value);
          setError(r.ok ? null : messages[r.error]);
          if (r.ok) onValid(r.value);
        }} />
      <p id={`${id}-err`} className="ga-field__error" aria-live="polite">{error ?? ''}</p>
    </div>
  );
}

export function PoolStepper({ params: p, set }: Props) {
  const m = useMessages(cnnMessages);
  const input = poolInput(p);
  const preset = p.pp === 'custom' ? null : POOL_PRESETS[p.pp as PoolPreset];
  const size = preset?.size ?? p.pz;
  const stride = preset?.stride ?? p.ps;
  const mode = p.pm;
  const r = pool(input, size, stride, mode);
  const count = r.rows * r.cols;
  const stepper = useStepper({ count: Math.max(1, count), index: p.pstep, onIndexChange: (pstep) => set({ pstep }) });
  const active = useWidgetActive();
  const toCustom = (patch: Partial<Params>) => set({ pp: 'custom', pin: input.flat(), pw: input[0].length, pz: size, ps: stride, pstep: 0, ...patch });
  const presetLabels = { deck000: m.poolDeck000, deck001: m.poolDeck001, deck002: m.poolDeck002, custom: m.poolCustom };
  return (
    <div className="ga-cnn-pool">
      <div className="ga-controls">
        <Select label={m.preset} value={p.pp} data-testid="pool-preset" options={POOL_PRESET_NAMES.map((k) => ({ value: k, label: presetLabels[k] }))}
          onChange={(pp) => set({ pp, pstep: 0 })} />
        <Segmented label={m.poolMode} value={mode} options={[{ value: 'max', label: m.maxPool }, { value: 'avg', label: m.avgPool }]} onChange={(pm) => set({ pm, pstep: 0 })} />
        <Segmented label={m.direction} value={p.pdir} options={[{ value: 'forward', label: m.forward }, { value: 'backward', label: m.backward }]} onChange={(pdir) => set({ pdir })} />
        <NumberField label={m.poolSize} value={size} min={1} max={12} integer onChange={(pz) => toCustom({ pz })} data-testid="pool-size" />
        <NumberField label={m.stride} value={stride} min={1} max={12} integer onChange={(ps) => toCustom({ ps })} data-testid="pool-stride" />
      </div>
      <MatrixText key={`${p.pp}`} input={input} onValid={(x) => set({ pp: 'custom', pin: x.flat(), pw: x[0].length, pz: size, ps: stride, pstep: 0 })} />
      {count < 1 ? <Notice kind="error">{m.noFit}</Notice> : <PoolPictures input={input} size={size} stride={stride} index={stepper.index} r={r} params={p} />}
      {count >= 1 && <StepControls stepper={stepper} globalKeys={active} label={(k) => fmt(p.pdir === 'forward' ? m.poolStepLabel : m.poolBackLabel, { r: Math.floor(k / r.cols) + 1, c: (k % r.cols) + 1 })} />}
    </div>
  );
}

function PoolPictures({ input, size, stride, index, r, params: p }: { input: Matrix; size: number; stride: number; index: number; r: ReturnType<typeof pool>; params: Params }) {
  const m = useMessages(cnnMessages);
  const st = poolStep(input, size, stride, p.pm, index);
  const read = { row: st.top, col: st.left, rows: size, cols: size, kind: 'read' as const };
  const win = p.pm === 'max' ? [read, { row: st.winner.row, col: st.winner.col, rows: 1, cols: 1, kind: 'winner' as const }] : [read];
  const filled = r.output.map((row, i) => row.map((v, j) => (i * r.cols + j <= index ? v : Number.NaN)));
  const writeWin = [{ row: st.row, col: st.col, rows: 1, cols: 1, kind: 'write' as const }];
  return (
    <>
      <div className="ga-cnn-row">
        <Grid title={m.poolInput} values={input} windows={win} digits={2} testId="pool-input" />
        {p.pdir === 'forward'
          ? <Grid title={m.poolOutput} values={filled} windows={writeWin} digits={2} testId="pool-output" />
          : <>
            <Grid title={m.upstreamGrad} values={r.output.map((row, i) => row.map((_, j) => (i * r.cols + j <= index ? 1 : Number.NaN)))} windows={writeWin} digits={2} />
            <Grid title={m.inputGrad} values={gradientAfter(input, size, stride, p.pm, index + 1)} digits={3} testId="pool-grad" signed />
          </>}
      </div>
      <p className="ga-readout" data-testid="pool-explain">
        {p.pdir === 'forward'
          ? fmt(p.pm === 'max' ? m.poolMaxExplain : m.poolAvgExplain, { v: formatNumber(st.value, 4), r: st.winner.row + 1, c: st.winner.col + 1 })
          : fmt(p.pm === 'max' ? m.poolMaxBack : m.poolAvgBack, { r: st.winner.row + 1, c: st.winner.col + 1, share: formatNumber(1 / (size * size), 4) })}
      </p>
    </>
  );
}
