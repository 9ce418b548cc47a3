import { Link } from '../state/router';
import { fmt, useLang, useMessages } from '../i18n';
import { lessonProgress, useAppStore } from '../state/store';
import { LESSONS } from './lessons';
import { appMessages } from './messages';

/** The course map: every lesson with its one-line summary and the student's progress. */
export function Home() {
  const m = useMessages(appMessages);
  const lang = useLang();
  const exercises = useAppStore((s) => s.exercises);
  const visited = useAppStore((s) => s.visited);
  return (
    <div className="ga-home">
      <header className="ga-home__hero">
        <h1>{m.mapTitle}</h1>
        <p className="ga-home__tagline">{m.tagline}</p>
        <p>{m.mapIntro}</p>
      </header>
      <ol className="ga-map" aria-label={m.mapTitle}>
        {LESSONS.map((l, i) => {
          const p = lessonProgress(exercises, l.id, l.exercises);
          return (
            <li key={l.id} className="ga-map__card" data-testid={`map-${l.id}`}>
              <span className="ga-map__num" aria-hidden="true">{i + 1}</span>
              <h2><Link to={l.path}>{l.messages[lang].title}</Link></h2>
              <p>{l.messages[lang].summary}</p>
              <p className="ga-map__progress">
                {visited[l.id] === undefined && p.solved === 0 ? m.notStarted : fmt(m.progress, p)}
              </p>
              <progress max={p.total} value={p.solved} aria-label={fmt(m.progress, p)} />
            </li>
          );
        })}
      </ol>
    </div>
  );
}
