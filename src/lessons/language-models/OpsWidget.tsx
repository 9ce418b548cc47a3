import { useMemo } from 'react';
import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import type { Values } from '../../lib/urlParams';
import { StepControls } from '../../ui/StepControls';
import { useStepper } from '../../ui/useStepper';
import { checkPrompt, showToken, type LmModel } from './lmData';
import { lmMessages } from './messages';
import { opText, type OpKey } from './opText';
import { opRows, OPS_TOKENS } from '../../models/lm/ops';
import type { lmSchema } from './params';

type Params = Values<typeof lmSchema>;
interface Props { model: LmModel; params: Params; set: (p: Partial<Params>) => void }

const shape = (s: number[]) => `[${s.join(' × ')}]`;

export function OpsWidget({ model, params: p, set }: Props) {
  const m = useMessages(lmMessages);
  const ot = useMessages(opText);
  const check = checkPrompt(model.tok, p.prompt, model.gpt.config.context);
  const key = check.ok ? check.ids.join(',') : '';
  const data = useMemo(() => opRows(model, key === '' ? [] : key.split(',').map(Number)), [model, key]);
  const stepper = useStepper({ count: data.rows.length, index: Math.min(p.op, data.rows.length - 1), onIndexChange: (op) => set({ op }) });
  const row = data.rows[stepper.index];
  const label = (k: number) => {
    const r = data.rows[k];
    return r.kind === 'forward' ? fmt(m.opStep, { k: k + 1, name: r.label, shape: shape(r.shape) }) : fmt(m.opsBackStep, { k: k - data.forward + 1, name: r.label, shape: shape(r.shape) });
  };
  return (
    <div className="ga-lm-ops">
      <p>{fmt(m.opsIntro, { n: OPS_TOKENS })} <span lang="en">{data.ids.map((id) => showToken(model.tok, id)).join(' ')} → <code>{showToken(model.tok, data.target)}</code></span></p>
      <StepControls stepper={stepper} label={label} title={m.opsStepLabel} />
      {stepper.index >= data.forward && <p className="ga-note">{m.opsBackward}</p>}
      <p data-testid="lm-op-what">{ot[(row.op in ot ? row.op : 'other') as OpKey]}</p>
      <dl className="ga-lm-op" data-testid="lm-op" data-kind={row.kind} data-op={row.op}>
        <dt>{row.op}</dt><dd lang="en">{row.label} {shape(row.shape)}</dd>
        <dt>{fmt(m.opInputs, { inputs: '' })}</dt><dd>{row.inputs.map(shape).join(', ')}</dd>
        <dt>{fmt(m.opValues, { n: row.values.length })}</dt><dd className="ga-lm-op__values" data-testid="lm-op-values">{row.values.map((v) => formatNumber(v, 3)).join('  ')}</dd>
      </dl>
      <ol className="ga-lm-ops__list" start={Math.max(1, stepper.index - 3)}>
        {data.rows.slice(Math.max(0, stepper.index - 4), stepper.index + 5).map((r, i) => {
          const k = Math.max(0, stepper.index - 4) + i;
          return <li key={k} className={k === stepper.index ? 'ga-lm-ops__on' : undefined} value={k + 1}>{r.kind === 'backward' ? '← ' : ''}{r.op} <span lang="en">{r.label !== r.op ? r.label : ''}</span> {shape(r.shape)}</li>;
        })}
      </ol>
    </div>
  );
}
