import { fmt, useMessages } from '../../i18n';
import { Notice } from '../../ui/Notice';
import { embeddingsMessages } from './messages';
import { failureMessage } from './failureMessage';
import type { SourceState } from './useVectors';

const mb = (bytes: number) => (bytes / 1e6).toFixed(1);

/** Progress while the vectors download, or the reason they failed. Nothing once they are ready. */
export function VectorsStatus({ state, what }: { state: SourceState; what: string }) {
  const m = useMessages(embeddingsMessages);
  if (state.status === 'loading') {
    const pct = state.total ? Math.round((100 * state.loaded) / state.total) : null;
    return (
      <div className="ga-emb-loading" data-testid="vectors-loading">
        <label>
          {fmt(state.total ? m.loadingOf : m.loadingBytes, { what, loaded: mb(state.loaded), total: mb(state.total ?? 0) })}
          <progress max={100} value={pct ?? undefined} />
        </label>
      </div>
    );
  }
  if (state.status === 'error') {
    return <Notice kind="error" data-testid="vectors-error">{fmt(m.loadFailed, { what })} {failureMessage(m, state.failure)}</Notice>;
  }
  return null;
}
