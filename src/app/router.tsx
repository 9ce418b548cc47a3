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
        lazy: async () => ({ Component: withVisit(l.id, (await l.load()).default) }),
      })),
      { path: '*', Component: NotFound },
    ],
  },
]);
