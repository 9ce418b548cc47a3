import type { Catalog } from '../i18n';

/** What the course map and navigation know of a lesson; each lesson folder exports one as `meta` from meta.ts. */
export interface LessonMeta {
  /** Folder name and progress key, e.g. `neuron`. */
  id: string;
  /** Place in the course (ascending). */
  order: number;
  /** Route path, e.g. `/neuron`. */
  path: string;
  /** Number of exercises, for the progress on the course map (exercise ids are `${id}/…`). */
  exercises: number;
  /** Title and one-line summary in both languages. */
  messages: Catalog<{ title: string; summary: string }>;
}
