// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDeferredReveal } from './useDeferredReveal';

/** A fake IntersectionObserver: the test says when an element comes near the viewport. */
const observers: { callback: IntersectionObserverCallback; elements: Element[] }[] = [];
class FakeObserver {
  entry: { callback: IntersectionObserverCallback; elements: Element[] };
  constructor(callback: IntersectionObserverCallback) { this.entry = { callback, elements: [] }; observers.push(this.entry); }
  observe(el: Element) { this.entry.elements.push(el); }
  disconnect() { this.entry.elements = []; }
}
function scrollNear(testId: string) {
  const el = screen.getByTestId(testId);
  for (const o of observers) {
    if (o.elements.includes(el)) o.callback([{ isIntersecting: true, target: el } as unknown as IntersectionObserverEntry], {} as IntersectionObserver);
  }
}

/** Idle callbacks are queued and run by the test, one at a time. */
let idleQueue: (() => void)[] = [];
const runIdle = () => act(() => { idleQueue.shift()?.(); });

function Card({ id, now = false }: { id: string; now?: boolean }) {
  const ref = useRef<HTMLElement>(null);
  const shown = useDeferredReveal(ref, now);
  return <section ref={ref} data-testid={id}>{shown ? `${id} drawn` : `${id} waiting`}</section>;
}

beforeEach(() => {
  observers.length = 0;
  idleQueue = [];
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  vi.stubGlobal('requestIdleCallback', (run: () => void) => { idleQueue.push(run); return idleQueue.length; });
});
afterEach(() => {
  cleanup();
  // The queue is module state: let the pending idle callback run so the next test starts with none scheduled.
  while (idleQueue.length) idleQueue.shift()!();
  vi.unstubAllGlobals();
});

describe('useDeferredReveal', () => {
  it('a widget near the viewport is drawn at once, the others wait', () => {
    render(<><Card id="a" /><Card id="b" /></>);
    expect(screen.getByTestId('a').textContent).toBe('a waiting');
    act(() => scrollNear('a'));
    expect(screen.getByTestId('a').textContent).toBe('a drawn');
    expect(screen.getByTestId('b').textContent).toBe('b waiting');
  });

  it('idle time draws the waiting widgets one at a time, in page order', () => {
    render(<><Card id="a" /><Card id="b" /><Card id="c" /></>);
    runIdle();
    expect(['a', 'b', 'c'].map((id) => screen.getByTestId(id).textContent)).toEqual(['a drawn', 'b waiting', 'c waiting']);
    runIdle();
    expect(screen.getByTestId('b').textContent).toBe('b drawn');
    expect(screen.getByTestId('c').textContent).toBe('c waiting');
    runIdle();
    expect(screen.getByTestId('c').textContent).toBe('c drawn');
    expect(idleQueue).toHaveLength(0);
  });

  it('a widget drawn because it scrolled into view leaves the idle queue', () => {
    render(<><Card id="a" /><Card id="b" /></>);
    act(() => scrollNear('a'));
    runIdle();
    expect(screen.getByTestId('b').textContent).toBe('b drawn');
  });

  it('a presented or linked widget is drawn immediately', () => {
    render(<Card id="a" now />);
    expect(screen.getByTestId('a').textContent).toBe('a drawn');
  });

  it('presenting a waiting widget draws it, and it stays drawn when presenting ends', () => {
    const { rerender } = render(<Card id="a" />);
    expect(screen.getByTestId('a').textContent).toBe('a waiting');
    rerender(<Card id="a" now />);
    expect(screen.getByTestId('a').textContent).toBe('a drawn');
    rerender(<Card id="a" />);
    expect(screen.getByTestId('a').textContent).toBe('a drawn');
  });

  it('without IntersectionObserver everything is drawn', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    render(<Card id="a" />);
    expect(screen.getByTestId('a').textContent).toBe('a drawn');
  });
});
