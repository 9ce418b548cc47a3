import { useEffect, type RefObject } from 'react';

const STUDENT_INPUT = ['wheel', 'touchstart', 'keydown', 'mousedown'] as const;

/**
 * Opens the page at the element a link points at (`#widget-…`) and keeps it there while the rest of the page
 * is drawn around it (the widgets above it grow as they draw), until the student scrolls, types or clicks, or
 * for 10 s at most.
 */
export function useScrollToLinked(ref: RefObject<HTMLElement | null>, linked: boolean) {
  useEffect(() => {
    const element = ref.current;
    if (!linked || !element) return;
    element.scrollIntoView();
    const keep = new ResizeObserver(() => element.scrollIntoView());
    keep.observe(document.body);
    const stop = () => {
      keep.disconnect();
      clearTimeout(timer);
      for (const type of STUDENT_INPUT) window.removeEventListener(type, stop);
    };
    const timer = setTimeout(stop, 10_000);
    for (const type of STUDENT_INPUT) window.addEventListener(type, stop, { passive: true });
    return stop;
  }, [ref, linked]);
}
