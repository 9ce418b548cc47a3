import { useEffect } from 'react';
import { setActiveWidget, useAppStore } from '../state/store';
import { cycleWidget, isTyping, togglePresenter, widgetIds } from './presenter';

/** Global shortcuts: `p` toggles presenter mode; in it, `[` and `]` switch the presented widget. */
export function usePresenterKeys(presenter: boolean) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      if (e.key === 'p' || e.key === 'P') {
        e.preventDefault();
        togglePresenter();
      } else if (presenter && (e.key === '[' || e.key === ']')) {
        e.preventDefault();
        cycleWidget(e.key === ']' ? 1 : -1);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [presenter]);

  // In presenter mode some widget must be on screen, also after a lesson change or a lazy load.
  useEffect(() => {
    if (!presenter) return;
    const ensure = () => {
      const ids = widgetIds();
      const active = useAppStore.getState().activeWidget;
      if (ids.length > 0 && (active === null || !ids.includes(active))) setActiveWidget(ids[0]);
    };
    ensure();
    // Coalesced to one check per frame: live charts change the DOM many times a second.
    let frame = 0;
    const observer = new MutationObserver(() => {
      if (frame === 0) frame = requestAnimationFrame(() => { frame = 0; ensure(); });
    });
    observer.observe(document.getElementById('main') ?? document.body, { childList: true, subtree: true });
    return () => { observer.disconnect(); cancelAnimationFrame(frame); };
  }, [presenter]);
}
