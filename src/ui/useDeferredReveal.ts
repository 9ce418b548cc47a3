import { startTransition, useEffect, useState, type RefObject } from 'react';

/**
 * A lesson page holds a dozen widgets; drawing them all before the first one answers made lessons slow to
 * open on a weak laptop. A widget therefore draws its body when it comes within a screen of the viewport, or,
 * for the ones further down, one at a time whenever the browser is idle, so that the whole page is there a
 * moment later (find in page, printing and tests see everything) without ever blocking the first screen.
 */

type Reveal = () => void;
const waiting: Reveal[] = [];
let scheduled = false;

const idle = (run: () => void) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 1000 });
  else setTimeout(run, 50);
};

/** Reveals the next waiting widget when the browser is idle, then schedules the one after it. */
function scheduleNext() {
  if (scheduled || waiting.length === 0) return;
  scheduled = true;
  idle(() => {
    scheduled = false;
    waiting.shift()?.();
    scheduleNext();
  });
}

function dequeue(reveal: Reveal) {
  const i = waiting.indexOf(reveal);
  if (i >= 0) waiting.splice(i, 1);
}

/**
 * Whether the widget whose section is `ref` should draw its body. `now` reveals it at once (the widget being
 * presented, or the one a link points at). Once revealed, a widget stays drawn.
 */
export function useDeferredReveal(ref: RefObject<HTMLElement | null>, now: boolean): boolean {
  const [revealed, setRevealed] = useState(() => now || typeof IntersectionObserver !== 'function');
  // Presenting (or linking to) a widget that was still waiting draws it, and it stays drawn afterwards.
  if (now && !revealed) setRevealed(true);
  useEffect(() => {
    const element = ref.current;
    if (revealed || !element) return;
    const reveal: Reveal = () => startTransition(() => setRevealed(true));
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) { dequeue(reveal); reveal(); }
    }, { rootMargin: '100% 0px' });
    observer.observe(element);
    waiting.push(reveal);
    scheduleNext();
    return () => { observer.disconnect(); dequeue(reveal); };
  }, [ref, revealed]);
  return revealed;
}
