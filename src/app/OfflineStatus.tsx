import { useRegisterSW } from 'virtual:pwa-register/react';
import { useMessages } from '../i18n';
import { appMessages } from './messages';

/** "Available offline" once the service worker controls the page, and a prompt when a new version is waiting. */
export function OfflineStatus() {
  const m = useMessages(appMessages);
  const { offlineReady: [offlineReady], needRefresh: [needRefresh, setNeedRefresh], updateServiceWorker } = useRegisterSW();
  const controlled = typeof navigator !== 'undefined' && !!navigator.serviceWorker?.controller;
  return (
    <>
      {(offlineReady || controlled) && (
        <span className="ga-offline" title={m.offlineReadyTitle} data-testid="offline-ready">● {m.offlineReady}</span>
      )}
      {needRefresh && (
        <div className="ga-update" role="alert">
          <span>{m.updateReady}</span>
          <button type="button" className="ga-button" onClick={() => void updateServiceWorker(true)}>{m.updateNow}</button>
          <button type="button" className="ga-button" onClick={() => setNeedRefresh(false)}>{m.updateLater}</button>
        </div>
      )}
    </>
  );
}
