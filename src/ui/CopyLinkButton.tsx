import { useState } from 'react';
import { fmt, useMessages } from '../i18n';
import { Icon } from './Icon';
import { layoutMessages } from './layoutMessages';

/** Copies the current URL (which holds every parameter and the step) with an anchor to the widget. */
export function CopyLinkButton({ anchor, title }: { anchor: string; title: string }) {
  const m = useMessages(layoutMessages);
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    const url = new URL(window.location.href);
    url.hash = anchor;
    try {
      await navigator.clipboard.writeText(url.toString());
      setStatus('copied');
    } catch {
      window.history.replaceState(window.history.state, '', url);
      setStatus('failed');
    }
  };
  return (
    <>
      <button type="button" className="ga-button ga-button--quiet" onClick={copy} title={fmt(m.copyLinkTitle, { title })}
        aria-label={fmt(m.copyLinkTitle, { title })}>
        <Icon name="link" /> {m.copyLink}
      </button>
      <span role="status" className="ga-widget__status">{status === 'copied' ? m.copied : status === 'failed' ? m.copyFailed : ''}</span>
    </>
  );
}
