import { Link } from '../state/router';
import { fmt } from '../i18n';
import { useAppStore } from '../state/store';
import { appMessages } from './messages';

/** Shown when a page fails to load or render outside any widget (e.g. a lazy chunk cannot be fetched). */
export function RouteError({ error }: { error: unknown }) {
  // Rendered outside the shell's language provider, so it reads the language from the store.
  const m = appMessages[useAppStore((s) => s.lang)];
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div className="ga-page" role="alert">
      <h1>{m.routeErrorTitle}</h1>
      <p>{fmt(m.routeErrorBody, { message })}</p>
      <p>
        <button type="button" className="ga-button" onClick={() => window.location.reload()}>{m.reload}</button>{' '}
        <Link to="/">{m.backHome}</Link>
      </p>
    </div>
  );
}
