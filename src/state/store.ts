import { create } from 'zustand';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import type { Lang } from '../i18n';
import { DEFAULTS, migrate, SCHEMA_VERSION, STORAGE_KEY, type PersistedState, type ThemeChoice } from './persisted';

export interface AppState extends PersistedState {
  /** Widget shown full-screen in presenter mode (not persisted: each lesson starts at its first widget). */
  activeWidget: string | null;
}

/** localStorage that never throws: unreadable, foreign or corrupted data reads as "nothing stored". */
const safeStorage: StateStorage = {
  getItem: (name) => {
    try {
      const raw = globalThis.localStorage?.getItem(name) ?? null;
      if (raw === null) return null;
      const parsed: unknown = JSON.parse(raw);
      return parsed && typeof parsed === 'object' && 'state' in parsed ? raw : null;
    } catch {
      return null;
    }
  },
  setItem: (name, value) => {
    try { globalThis.localStorage?.setItem(name, value); } catch { /* storage full or blocked: keep working in memory */ }
  },
  removeItem: (name) => {
    try { globalThis.localStorage?.removeItem(name); } catch { /* ignore */ }
  },
};

export const useAppStore = create<AppState>()(
  persist((): AppState => ({ ...DEFAULTS, activeWidget: null }), {
    name: STORAGE_KEY,
    version: SCHEMA_VERSION,
    storage: createJSONStorage(() => safeStorage),
    migrate: (stored, version) => migrate(stored, version),
    // Hydration also passes through sanitize, so a same-version but hand-edited value cannot break the app.
    merge: (stored, current) => ({ ...current, ...migrate(stored, SCHEMA_VERSION) }),
    partialize: ({ lang, theme, presenter, exercises, visited }) => ({ lang, theme, presenter, exercises, visited }),
  }),
);

// Actions are plain functions (no store-writing utils hidden elsewhere).
export const setLang = (lang: Lang) => useAppStore.setState({ lang });
export const setTheme = (theme: ThemeChoice) => useAppStore.setState({ theme });
export const setPresenter = (presenter: boolean) => useAppStore.setState({ presenter });
export const setActiveWidget = (activeWidget: string | null) => useAppStore.setState({ activeWidget });

export function recordVisit(lessonId: string, at = Date.now()) {
  useAppStore.setState((s) => ({ visited: { ...s.visited, [lessonId]: at } }));
}

/** Records one attempt at an exercise; once solved it stays solved. */
export function recordExercise(id: string, correct: boolean, at = Date.now()) {
  useAppStore.setState((s) => {
    const prev = s.exercises[id] ?? { solved: false, attempts: 0, lastAt: 0 };
    return { exercises: { ...s.exercises, [id]: { solved: prev.solved || correct, attempts: prev.attempts + 1, lastAt: at } } };
  });
}

/** Progress of one lesson: how many of its exercises are solved. */
export function lessonProgress(exercises: PersistedState['exercises'], lessonId: string, total: number) {
  const solved = Object.entries(exercises).filter(([id, r]) => id.startsWith(`${lessonId}/`) && r.solved).length;
  return { solved: Math.min(solved, total), total };
}
