import { describe, expect, it } from 'vitest';
import { DEFAULTS, migrate, sanitize, SCHEMA_VERSION } from './persisted';

describe('persisted state', () => {
  it('migrates version 1 (solved id list, `language`) keeping progress', () => {
    const v1 = { language: 'vi', theme: 'dark', solved: ['neuron/sigmoid', 42, 'neuron/tanh'] };
    const s = migrate(v1, 1);
    expect(s.lang).toBe('vi');
    expect(s.theme).toBe('dark');
    expect(Object.keys(s.exercises).sort()).toEqual(['neuron/sigmoid', 'neuron/tanh']);
    expect(s.exercises['neuron/tanh'].solved).toBe(true);
  });

  it('keeps what it can read from a version from the future (progress survives going back a release)', () => {
    const s = migrate({ lang: 'vi', exercises: { 'neuron/a': { solved: true, attempts: 1, lastAt: 0 } }, somethingNew: [1] }, SCHEMA_VERSION + 1);
    expect(s).toEqual({ ...DEFAULTS, lang: 'vi', exercises: { 'neuron/a': { solved: true, attempts: 1, lastAt: 0 } } });
  });

  it('resets corrupted shapes (array, string, null) to defaults', () => {
    for (const bad of [[1, 2], 'hello', null, 7]) expect(migrate(bad, SCHEMA_VERSION)).toEqual(DEFAULTS);
  });

  it('keeps valid fields and drops invalid ones one by one', () => {
    const s = sanitize({
      lang: 'fr', theme: 'light', presenter: 'yes',
      exercises: { 'neuron/a': { solved: true, attempts: 3, lastAt: 5 }, 'neuron/b': 'oops', 'neuron/c': { solved: false, attempts: -4, lastAt: NaN } },
      visited: { neuron: 100, bad: 'x' },
    });
    expect(s.lang).toBe('en');
    expect(s.theme).toBe('light');
    expect(s.presenter).toBe(false);
    expect(s.exercises).toEqual({ 'neuron/a': { solved: true, attempts: 3, lastAt: 5 }, 'neuron/c': { solved: false, attempts: 0, lastAt: 0 } });
    expect(s.visited).toEqual({ neuron: 100 });
  });
});
