import { useMessages } from '../i18n';
import { Icon } from '../ui/Icon';
import { appMessages } from './messages';
import { cycleWidget, leavePresenter } from './presenter';

/** The slim bar shown instead of the header in presenter mode. */
export function PresenterBar() {
  const m = useMessages(appMessages);
  return (
    <div className="ga-presenter-bar" role="region" aria-label={m.presenterOn} data-testid="presenter-bar">
      <button type="button" className="ga-button" onClick={() => cycleWidget(-1)} aria-keyshortcuts="[" aria-label={m.prevWidget} title={m.prevWidget}><Icon name="prev" /></button>
      <p className="ga-presenter-bar__hint">{m.presenterBar}</p>
      <button type="button" className="ga-button" onClick={() => cycleWidget(1)} aria-keyshortcuts="]" aria-label={m.nextWidget} title={m.nextWidget}><Icon name="next" /></button>
      <button type="button" className="ga-button" onClick={leavePresenter} aria-keyshortcuts="p" aria-label={m.presenterOff} title={m.presenterOff}><Icon name="close" /></button>
    </div>
  );
}
