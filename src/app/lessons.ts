import type { ComponentType } from 'react';
import type { LessonMeta } from '../lessons/types';

/**
 * The lessons, discovered from `src/lessons/<id>/meta.ts` (title, summary, order) and
 * `src/lessons/<id>/<Name>Lesson.tsx` (the route component, loaded lazily). A lesson folder adds itself;
 * no shared list to edit. Only lessons that exist are listed: a route exists when its lesson works.
 */
const metas = import.meta.glob<LessonMeta>('../lessons/*/meta.ts', { eager: true, import: 'meta' });
const components = import.meta.glob<{ default: ComponentType }>('../lessons/*/*Lesson.tsx');

export interface LessonEntry extends LessonMeta {
  load: () => Promise<{ default: ComponentType }>;
}

const folderOf = (path: string) => path.split('/')[2];

/** Lesson ids whose folder has meta.ts but no route component (a unit test keeps this empty). */
export const INCOMPLETE_LESSONS: string[] = [];

// A half-made lesson folder must not take the whole course down: it is left out (and the test fails).
export const LESSONS: LessonEntry[] = Object.values(metas)
  .flatMap((meta) => {
    const key = Object.keys(components).find((p) => folderOf(p) === meta.id);
    if (!key) INCOMPLETE_LESSONS.push(meta.id);
    return key ? [{ ...meta, load: components[key] }] : [];
  })
  .sort((a, b) => a.order - b.order);
