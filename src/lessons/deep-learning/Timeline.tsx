import { useRef, type KeyboardEvent } from 'react';
import { fmt, useMessages } from '../../i18n';
import type { Values } from '../../lib/urlParams';
import { Link } from '../../state/router';
import { dlMessages, type DlMessages } from './messages';
import type { DlSchema } from './params';
import { TIMELINE, type TimelineEntry } from './timeline';

type Params = Values<DlSchema>;
const text = (m: DlMessages, e: TimelineEntry, part: 'title' | 'text') => (m as Record<string, string>)[`tl_${e.id}_${part}`] ?? e.id;
/** The lesson names the links show, by route. */
const routeName = (m: DlMessages, route: string) => (m as Record<string, string>)[`route_${route.slice(1).replace(/-/g, '_')}`] ?? route;

/**
 * The history as a row of tabs (←/→, Home/End move along it, the choice is in the URL) and one panel with
 * what happened and the lessons that teach it.
 */
export function Timeline({ params: p, set }: { params: Params; set: (patch: Partial<Params>) => void }) {
  const m = useMessages(dlMessages);
  const listRef = useRef<HTMLDivElement>(null);
  const index = Math.max(0, TIMELINE.findIndex((e) => e.id === p.ty));
  const entry = TIMELINE[index];
  const go = (k: number) => {
    const next = TIMELINE[Math.max(0, Math.min(TIMELINE.length - 1, k))];
    set({ ty: next.id });
    listRef.current?.querySelector<HTMLButtonElement>(`[data-entry="${next.id}"]`)?.focus();
  };
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowDown: index + 1, ArrowLeft: index - 1, ArrowUp: index - 1, Home: 0, End: TIMELINE.length - 1 };
    if (!(e.key in moves) || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    go(moves[e.key]);
  };
  return (
    <div className="ga-dl-timeline">
      <div ref={listRef} className="ga-dl-timeline__list" role="tablist" aria-label={m.timelineLabel} onKeyDown={onKey}>
        {TIMELINE.map((e, k) => (
          <button key={e.id} type="button" role="tab" id={`tl-tab-${e.id}`} data-entry={e.id} aria-selected={k === index}
            aria-controls="tl-panel" tabIndex={k === index ? 0 : -1} className="ga-dl-timeline__tab" onClick={() => go(k)}>
            <span className="ga-dl-timeline__year">{e.year}</span>
            <span className="ga-dl-timeline__name">{text(m, e, 'title')}</span>
          </button>
        ))}
      </div>
      <div role="tabpanel" id="tl-panel" aria-labelledby={`tl-tab-${entry.id}`} className="ga-dl-timeline__panel" data-testid="timeline-panel" tabIndex={0}>
        <h3>{entry.year}: {text(m, entry, 'title')}</h3>
        {/* A plain paragraph, not Prose: prose blocks are hidden in presenter mode, this text belongs to the widget. */}
        <p className="ga-dl-timeline__text">{text(m, entry, 'text')}</p>
        <p>
          {entry.links.length === 0 ? m.noLesson : <>{m.learnIt}{' '}
            {entry.links.map((r, i) => <span key={r}>{i > 0 && ', '}<Link to={r} data-testid="timeline-link">{routeName(m, r)}</Link></span>)}</>}
        </p>
        <p className="ga-dl-muted">{fmt(m.timelinePos, { k: index + 1, n: TIMELINE.length })}</p>
      </div>
    </div>
  );
}
