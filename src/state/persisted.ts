import type { Lang } from '../i18n';

/** Schema version of what is kept in localStorage. Bump it and add a step to `migrations` when the shape changes. */
export const SCHEMA_VERSION = 2;
export const STORAGE_KEY = 'gradient-atlas';

export type ThemeChoice = 'system' | 'light' | 'dark';

/** One exercise's record: solved once stays solved. */
export interface ExerciseRecord { solved: boolean; attempts: number; lastAt: number }

/** Everything the course remembers between visits. */
export interface PersistedState {
  lang: Lang;
  theme: ThemeChoice;
  presenter: boolean;
  /** Exercise id (`lesson/exercise`) → record. */
  exercises: Record<string, ExerciseRecord>;
  /** Lesson id → time of the last visit (ms since epoch). */
  visited: Record<string, number>;
}

export const DEFAULTS: PersistedState = { lang: 'en', theme: 'system', presenter: false, exercises: {}, visited: {} };

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const finiteOr = (x: unknown, d: number) => (typeof x === 'number' && Number.isFinite(x) ? x : d);

function sanitizeExercises(x: unknown): Record<string, ExerciseRecord> {
  const out: Record<string, ExerciseRecord> = {};
  if (!isObject(x)) return out;
  for (const [id, r] of Object.entries(x)) {
    if (!isObject(r) || typeof r.solved !== 'boolean') continue;
    out[id] = { solved: r.solved, attempts: Math.max(0, Math.floor(finiteOr(r.attempts, 0))), lastAt: finiteOr(r.lastAt, 0) };
  }
  return out;
}

function sanitizeVisited(x: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  if (!isObject(x)) return out;
  for (const [id, t] of Object.entries(x)) if (typeof t === 'number' && Number.isFinite(t)) out[id] = t;
  return out;
}

/** Keeps every field that is valid and replaces the rest with defaults: progress survives a bad preference. */
export function sanitize(x: unknown): PersistedState {
  if (!isObject(x)) return { ...DEFAULTS };
  return {
    lang: x.lang === 'vi' || x.lang === 'en' ? x.lang : DEFAULTS.lang,
    theme: x.theme === 'light' || x.theme === 'dark' || x.theme === 'system' ? x.theme : DEFAULTS.theme,
    presenter: typeof x.presenter === 'boolean' ? x.presenter : DEFAULTS.presenter,
    exercises: sanitizeExercises(x.exercises),
    visited: sanitizeVisited(x.visited),
  };
}

/**
 * Steps from each older version to the next. Version 1 (the first release) kept solved exercises as a
 * list of ids and the language under `language`; version 2 keeps a record per exercise.
 */
const migrations: Record<number, (s: Record<string, unknown>) => Record<string, unknown>> = {
  1: (s) => {
    const solved = Array.isArray(s.solved) ? s.solved.filter((id): id is string => typeof id === 'string') : [];
    const exercises = Object.fromEntries(solved.map((id) => [id, { solved: true, attempts: 1, lastAt: 0 }]));
    return { ...s, lang: s.lang ?? s.language, exercises };
  },
};

/**
 * Brings state stored under `version` up to the current schema; anything unusable becomes the default.
 * State from a newer release (an old cached copy opened after a new one) keeps every field this version
 * can read, so going back a version does not erase a student's progress.
 */
export function migrate(stored: unknown, version: number): PersistedState {
  if (!isObject(stored) || !Number.isInteger(version)) return { ...DEFAULTS };
  if (version > SCHEMA_VERSION) return sanitize(stored);
  let s: Record<string, unknown> = stored;
  for (let v = Math.max(version, 1); v < SCHEMA_VERSION; v++) s = migrations[v]?.(s) ?? s;
  return sanitize(s);
}
