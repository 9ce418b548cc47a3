import { useEffect, type ComponentType } from 'react';
import { recordVisit } from '../state/store';

/** Wraps a lazily loaded lesson: records the visit for the course map. */
export function withVisit(id: string, Lesson: ComponentType): ComponentType {
  function LessonRoute() {
    useEffect(() => recordVisit(id), []);
    return <Lesson />;
  }
  LessonRoute.displayName = `Lesson(${id})`;
  return LessonRoute;
}
