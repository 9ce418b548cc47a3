import { fmt, useMessages } from '../i18n';
import { layoutMessages } from './layoutMessages';

/** The small visible notice shown when a link carried values that were rejected. */
export function UrlNotice({ invalid }: { invalid: readonly string[] }) {
  const m = useMessages(layoutMessages);
  if (invalid.length === 0) return null;
  return (
    <p className="ga-url-notice" role="status" data-testid="url-notice">
      {fmt(m.urlNotice, { keys: invalid.join(', ') })}
    </p>
  );
}
