import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { About } from './About';
import { Home } from './Home';
import { LESSONS } from './lessons';
import { withVisit } from './LessonRoute';
import { NotFound } from './NotFound';
import { RouteError } from './RouteError';
import { Shell } from './Shell';

export const router = createBrowserRouter([
  {
    path: '/',
    Component: Shell,
    errorElement: <RouteError />,
    children: [
      { index: true, Component: Home },
      { path: 'about', Component: About },
      ...LESSONS.map((l) => ({
        path: l.path.slice(1),
        errorElement: <RouteError />,
        // React.lazy (not the router's `lazy`) so the shell paints at once while the lesson chunk loads.
        Component: withVisit(l.id, lazy(l.load)),
      })),
      { path: '*', Component: NotFound },
    ],
  },
]);
