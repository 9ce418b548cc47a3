import { describe, expect, it } from 'vitest';
import { INCOMPLETE_LESSONS, LESSONS } from './lessons';

describe('lesson registry', () => {
  it('every lesson folder with meta.ts has its route component', () => {
    expect(INCOMPLETE_LESSONS).toEqual([]);
  });

  it('ids match their folders, paths and orders are unique', () => {
    expect(LESSONS.length).toBeGreaterThan(0);
    expect(new Set(LESSONS.map((l) => l.path)).size).toBe(LESSONS.length);
    expect(new Set(LESSONS.map((l) => l.order)).size).toBe(LESSONS.length);
    for (const l of LESSONS) expect(l.path).toMatch(/^\/[a-z0-9-]+$/);
  });
});
