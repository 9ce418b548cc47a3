import { setActiveWidget, setPresenter, useAppStore } from '../state/store';

/** Widget ids on the current page, in reading order. */
export function widgetIds(): string[] {
  return Array.from(document.querySelectorAll<HTMLElement>('[data-widget-id]'), (el) => el.dataset.widgetId ?? '');
}

/** The widget a presenter most likely means: the one holding focus, else the first one visible on screen. */
function widgetInView(): string | null {
  const focused = document.activeElement?.closest<HTMLElement>('[data-widget-id]');
  if (focused?.dataset.widgetId) return focused.dataset.widgetId;
  const all = Array.from(document.querySelectorAll<HTMLElement>('[data-widget-id]'));
  const visible = all.find((el) => el.getBoundingClientRect().bottom > 80);
  return (visible ?? all[0])?.dataset.widgetId ?? null;
}

async function fullscreen(on: boolean) {
  try {
    if (on && !document.fullscreenElement) await document.documentElement.requestFullscreen?.();
    if (!on && document.fullscreenElement) await document.exitFullscreen?.();
  } catch {
    // Fullscreen is a nicety: browsers refuse it without a user gesture or in some embeds.
  }
}

export function enterPresenter() {
  setActiveWidget(widgetInView());
  setPresenter(true);
  void fullscreen(true);
}

export function leavePresenter() {
  setPresenter(false);
  void fullscreen(false);
}

export function togglePresenter() {
  if (useAppStore.getState().presenter) leavePresenter();
  else enterPresenter();
}

/** Moves the presented widget by `delta` places in reading order (wrapping at the ends). */
export function cycleWidget(delta: number) {
  const ids = widgetIds();
  if (ids.length === 0) return;
  const current = ids.indexOf(useAppStore.getState().activeWidget ?? '');
  const next = current < 0 ? 0 : (current + delta + ids.length) % ids.length;
  setActiveWidget(ids[next]);
}

/** True when a key press is typing into a field and must not trigger shortcuts. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
