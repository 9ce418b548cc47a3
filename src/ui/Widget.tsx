import { useId, useRef, type ReactNode } from 'react';
import { fmt, useMessages } from '../i18n';
import { WidgetErrorBoundary } from './ErrorBoundary';
import { CopyLinkButton } from './CopyLinkButton';
import { Icon } from './Icon';
import { layoutMessages } from './layoutMessages';
import { usePresenter, WidgetActiveContext } from './PresenterContext';
import { useDeferredReveal } from './useDeferredReveal';
import { useScrollToLinked } from './useScrollToLinked';

export interface WidgetProps {
  /** Stable id, unique in the lesson; presenter mode and links refer to it. */
  id: string;
  title: string;
  children: ReactNode;
  /** Called when the student presses "reset this widget" after a crash (e.g. restore default parameters). */
  onReset?: () => void;
}

/**
 * One interactive piece of a lesson: a titled card with its own error boundary. In presenter mode the
 * active widget fills the screen and its steppers listen to the whole keyboard; the others are hidden.
 */
export function Widget({ id, title, children, onReset }: WidgetProps) {
  const m = useMessages(layoutMessages);
  const { presenter, activeWidget, present } = usePresenter();
  const headingId = useId();
  const active = presenter && activeWidget === id;
  const ref = useRef<HTMLElement>(null);
  const linkedTo = typeof location !== 'undefined' && location.hash === `#widget-${id}`;
  const revealed = useDeferredReveal(ref, active || linkedTo);
  // A copied link to this widget: the page is drawn after the browser has looked for the anchor, so scroll here.
  useScrollToLinked(ref, linkedTo);
  return (
    <section
      ref={ref}
      className={`ga-widget${active ? ' ga-widget--presenting' : ''}`}
      data-widget-id={id}
      data-pending={revealed ? undefined : ''}
      aria-labelledby={headingId}
      id={`widget-${id}`}
    >
      <header className="ga-widget__header">
        <h2 id={headingId} className="ga-widget__title">{title}</h2>
        <div className="ga-widget__tools">
        <CopyLinkButton anchor={`widget-${id}`} title={title} />
        {!active && (
          <button type="button" className="ga-button ga-button--quiet" onClick={() => present(id)}
            aria-label={fmt(m.presentWidget, { title })} title={fmt(m.presentWidget, { title })}>
            <Icon name="present" /> {m.present}
          </button>
        )}
        </div>
      </header>
      <WidgetActiveContext.Provider value={active}>
        <WidgetErrorBoundary name={title} onReset={onReset}>
          <div className="ga-widget__body">{revealed && children}</div>
        </WidgetErrorBoundary>
      </WidgetActiveContext.Provider>
    </section>
  );
}
