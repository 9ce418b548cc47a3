import { Component, lazy, type ComponentType, type ReactNode } from 'react';
import { normalisePath, useAddress } from '../state/router';
import { About } from './About';
import { Home } from './Home';
import { LESSONS } from './lessons';
import { withVisit } from './LessonRoute';
import { NotFound } from './NotFound';
import { RouteError } from './RouteError';
import { Shell } from './Shell';

/** Every page of the course by path. Lessons are loaded lazily (React.lazy: the shell paints at once). */
export const PAGES = new Map<string, ComponentType>([
  ['/', Home],
  ['/about', About],
  ...LESSONS.map((l): [string, ComponentType] => [normalisePath(l.path), withVisit(l.id, lazy(l.load))]),
]);

/** The element of the page at `path` (the not-found page for an unknown path). */
function pageAt(path: string): ReactNode {
  const Page = PAGES.get(path) ?? NotFound;
  return <Page />;
}

/** A page that throws while loading or rendering (a chunk that cannot be fetched) shows RouteError instead. */
class PageBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  state: { error: unknown } = { error: null };
  static getDerivedStateFromError(error: unknown) { return { error }; }
  render() { return this.state.error ? <RouteError error={this.state.error} /> : this.props.children; }
}

/** The app: the shell around the page for the current path (keyed by path, so a failed page is retried on return). */
export function App() {
  const path = normalisePath(useAddress().pathname);
  return (
    <PageBoundary>
      <Shell>
        <PageBoundary key={path}>{pageAt(path)}</PageBoundary>
      </Shell>
    </PageBoundary>
  );
}
