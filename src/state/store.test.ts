// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SCHEMA_VERSION, STORAGE_KEY } from './persisted';

async function freshStore() {
  vi.resetModules();
  const mod = await import('./store');
  await mod.useAppStore.persist.rehydrate();
  return mod;
}

describe('app store persistence', () => {
  beforeEach(() => localStorage.clear());

  it('starts from defaults on corrupted JSON without throwing', async () => {
    localStorage.setItem(STORAGE_KEY, '{not json');
    const { useAppStore } = await freshStore();
    expect(useAppStore.getState().lang).toBe('en');
  });

  it('ignores foreign data stored under its key', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ hello: 'world' }));
    const { useAppStore } = await freshStore();
    expect(useAppStore.getState().exercises).toEqual({});
  });

  it('loads an older schema and keeps its progress', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ state: { language: 'vi', solved: ['neuron/sigmoid'] }, version: 1 }));
    const { useAppStore } = await freshStore();
    expect(useAppStore.getState().lang).toBe('vi');
    expect(useAppStore.getState().exercises['neuron/sigmoid']?.solved).toBe(true);
  });

  it('records exercises and persists them with the schema version', async () => {
    const { useAppStore, recordExercise, lessonProgress } = await freshStore();
    recordExercise('neuron/sigmoid', false, 1);
    recordExercise('neuron/sigmoid', true, 2);
    recordExercise('neuron/sigmoid', false, 3);
    const rec = useAppStore.getState().exercises['neuron/sigmoid'];
    expect(rec).toEqual({ solved: true, attempts: 3, lastAt: 3 });
    expect(lessonProgress(useAppStore.getState().exercises, 'neuron', 2)).toEqual({ solved: 1, total: 2 });
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}');
    expect(stored.version).toBe(SCHEMA_VERSION);
    expect(stored.state.activeWidget).toBeUndefined();
  });
});
