import { useMessages } from '../../i18n';
import { Notice } from '../../ui/Notice';
import { fmt } from '../../i18n';
import { aeMessages } from './messages';
import type { TrainingRun } from './useTraining';

/** Train / pause, one step, reset for a worker run; and its divergence notice. */
export function RunButtons({ run, testId, onReset }: { run: TrainingRun; testId: string; onReset: () => void }) {
  const m = useMessages(aeMessages);
  return (
    <>
      <div className="ga-controls">
        <button type="button" className="ga-button ga-button--primary" onClick={run.toggle} data-testid={`${testId}-train`} disabled={!run.snapshot}>
          {run.state === 'running' ? m.pause : m.train}
        </button>
        <button type="button" className="ga-button" onClick={() => run.step(1)} disabled={!run.snapshot || run.state === 'running'}>{m.oneStep}</button>
        <button type="button" className="ga-button" onClick={onReset} disabled={!run.snapshot}>{m.resetTraining}</button>
      </div>
      {run.diverged !== null && <Notice kind="warn">{fmt(m.diverged, { step: run.diverged })}</Notice>}
    </>
  );
}
