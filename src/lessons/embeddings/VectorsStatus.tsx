import { fmt, useLang, useMessages } from '../../i18n';
import { Notice } from '../../ui/Notice';
import { embeddingsMessages } from './messages';
import { failureMessage } from './failureMessage';
import type { SourceState } from './useVectors';

const mb = (bytes: number) => (bytes / 1e6).toFixed(1);

/**
 * Progress while the vectors download, or the reason they failed. While only the first, most frequent
 * words are ready (info.partial), says so with the full file's progress, or why it failed. Nothing once
 * the full vectors are ready.
 */
export function VectorsStatus({ state, what }: { state: SourceState; what: string }) {
  const m = useMessages(embeddingsMessages);
  const lang = useLang();
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
  if (state.status === 'ready' && state.info.partial) {
    const num = (n: number) => n.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-US');
    const words = { count: num(state.info.count), full: state.info.fullCount ? num(state.info.fullCount) : '…' };
    const up = state.upgrade;
    if (up?.status === 'error') {
      return <Notice kind="warn" data-testid="vectors-partial-error">{fmt(m.upgradeFailed, words)} {failureMessage(m, up.failure)}</Notice>;
    }
    const loaded = up?.loaded ?? 0, total = up?.total ?? null;
    const pct = total ? Math.round((100 * loaded) / total) : up ? null : 0;
    return (
      <div className="ga-emb-loading" data-testid="vectors-partial" data-count={state.info.count}>
        <label>
          {fmt(pct !== null ? m.partialLoading : m.partialLoadingBytes, { ...words, pct: pct ?? 0, loaded: mb(loaded) })}
          <progress max={100} value={pct ?? undefined} />
        </label>
      </div>
    );
  }
  return null;
}
