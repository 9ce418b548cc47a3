import { Link, useAddress } from '../state/router';
import { fmt, useMessages } from '../i18n';
import { appMessages } from './messages';

export function NotFound() {
  const m = useMessages(appMessages);
  const { pathname } = useAddress();
  return (
    <div className="ga-page">
      <h1>{m.notFoundTitle}</h1>
      <p>{fmt(m.notFoundBody, { path: pathname })}</p>
      <p><Link to="/">{m.backHome}</Link></p>
    </div>
  );
}
