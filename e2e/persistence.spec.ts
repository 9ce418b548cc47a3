import { expect, test, type Page } from '@playwright/test';
import { watchConsole } from './helpers';

/**
 * What the course keeps in localStorage (src/state/persisted.ts, written by zustand's persist middleware as
 * `{ state, version }` under the key 'gradient-atlas') can be old, hand-edited, written by a newer release, or
 * plain garbage. Each case is put in place before the app's first load; the app must open the course map with no
 * error, keep the progress that can be read, and go on saving in the current schema.
 */
const STORAGE_KEY = 'gradient-atlas';
const SCHEMA_VERSION = 2;

interface Case {
  name: string;
  /** The raw text stored under the key. */
  raw: string;
  /** Language the page must show after loading. */
  lang: 'en' | 'vi';
  /** Lesson id → exercises solved that must still show on the course map (others: not checked). */
  solved: Record<string, number>;
  /** Stored exercise ids that must survive into the saved state. */
  keptIds: string[];
  /** Theme the page must apply (data-theme on <html>; null = the system theme, no attribute). */
  theme?: string | null;
}

const json = (x: unknown) => JSON.stringify(x);

const CASES: Case[] = [
  {
    // The first release: solved exercises as a list of ids, the language under `language`.
    name: 'version 1 (solved id list, language: vi)',
    raw: json({ state: { language: 'vi', theme: 'dark', presenter: false, solved: ['perceptron/w1', 'neuron/sigmoid', 'neuron/tanh', 42, null] }, version: 1 }),
    lang: 'vi', solved: { perceptron: 1, neuron: 2 }, keptIds: ['perceptron/w1', 'neuron/sigmoid', 'neuron/tanh'], theme: 'dark',
  },
  {
    name: 'version 1 with no solved list at all',
    raw: json({ state: { language: 'vi' }, version: 1 }),
    lang: 'vi', solved: {}, keptIds: [],
  },
  {
    name: 'version 2 with one bad field (theme)',
    raw: json({
      state: { lang: 'vi', theme: 'purple', presenter: false, exercises: { 'perceptron/w1': { solved: true, attempts: 2, lastAt: 1_700_000_000_000 } }, visited: { perceptron: 1_700_000_000_000 } },
      version: 2,
    }),
    lang: 'vi', solved: { perceptron: 1 }, keptIds: ['perceptron/w1'], theme: null,
  },
  {
    name: 'version 2 with one bad exercise record next to good ones',
    raw: json({
      state: {
        lang: 'en', theme: 'light', presenter: 'yes', visited: { cnn: 'yesterday', perceptron: 5 },
        exercises: { 'cnn/size': { solved: true, attempts: 'many', lastAt: null }, 'cnn/rgb': { solved: 'yes' }, 'backprop/output': 7 },
      },
      version: 2,
    }),
    // perceptron was visited (valid time) with nothing solved: the card shows "0 of 2" rather than "not opened".
    lang: 'en', solved: { cnn: 1, perceptron: 0 }, keptIds: ['cnn/size'], theme: 'light',
  },
  {
    // A newer release's data (an old cached copy opened after a new one): what this version can read is kept.
    name: 'a version from the future',
    raw: json({ state: { lang: 'vi', exercises: { 'perceptron/w1': { solved: true, attempts: 1, lastAt: 0 } }, somethingNew: [1, 2, 3] }, version: 99 }),
    lang: 'vi', solved: { perceptron: 1 }, keptIds: ['perceptron/w1'],
  },
  { name: 'corrupted JSON text', raw: '{not json', lang: 'en', solved: {}, keptIds: [] },
  { name: 'truncated JSON (a write cut short)', raw: json({ state: { lang: 'vi', exercises: {} }, version: 2 }).slice(0, 25), lang: 'en', solved: {}, keptIds: [] },
  { name: 'a JSON array', raw: '[1,2,3]', lang: 'en', solved: {}, keptIds: [] },
  { name: 'a JSON string', raw: '"hello"', lang: 'en', solved: {}, keptIds: [] },
  { name: 'state is null', raw: json({ state: null, version: 2 }), lang: 'en', solved: {}, keptIds: [] },
  { name: 'state is a list', raw: json({ state: ['perceptron/w1'], version: 1 }), lang: 'en', solved: {}, keptIds: [] },
];

/** Stores `raw` under the key before the app's first load only (later reloads see what the app saved). */
async function seed(page: Page, raw: string) {
  await page.addInitScript(({ key, raw }) => {
    if (sessionStorage.getItem('persistence-seeded')) return;
    localStorage.clear();
    localStorage.setItem(key, raw);
    sessionStorage.setItem('persistence-seeded', '1');
  }, { key: STORAGE_KEY, raw });
}

const progressText = (lang: 'en' | 'vi', solved: number, total: number) =>
  (lang === 'vi' ? `Đã giải ${solved}/${total} bài tập` : `${solved} of ${total} exercises solved`);

async function storedValue(page: Page) {
  return page.evaluate((key) => {
    const raw = localStorage.getItem(key);
    return raw === null ? null : (JSON.parse(raw) as { state: Record<string, unknown>; version: number });
  }, STORAGE_KEY);
}

for (const c of CASES) {
  test(`persisted state: ${c.name} → the course opens, progress kept where it can be`, async ({ page }) => {
    const con = watchConsole(page);
    await seed(page, c.raw);
    await page.goto('/');

    // The course map renders, in the language the stored data asked for (or the default).
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('[data-testid^="map-"]').first()).toBeVisible();
    expect(await page.locator('[data-testid^="map-"]').count()).toBeGreaterThanOrEqual(7);
    await expect(page.locator('html')).toHaveAttribute('lang', c.lang);
    if (c.theme !== undefined) {
      if (c.theme === null) await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
      else await expect(page.locator('html')).toHaveAttribute('data-theme', c.theme);
    }
    await expect(page.locator('.ga-crash')).toHaveCount(0);

    // Progress that could be read is still shown on the map.
    for (const [lesson, n] of Object.entries(c.solved)) {
      const total = Number((await page.getByTestId(`map-${lesson}`).locator('progress').getAttribute('max')) ?? NaN);
      await expect(page.getByTestId(`map-${lesson}`)).toContainText(progressText(c.lang, n, total));
    }
    // With nothing readable, no lesson shows progress.
    if (Object.keys(c.solved).length === 0) {
      const values = await page.locator('[data-testid^="map-"] progress').evaluateAll((ps) => ps.map((p) => (p as HTMLProgressElement).value));
      expect(values.every((v) => v === 0)).toBe(true);
    }

    // The app goes on working and saving: change the language, reload (no reseeding), and the saved value is
    // a current-schema one that still holds the kept progress.
    const other = c.lang === 'en' ? 'vi' : 'en';
    await page.getByTestId('lang-select').selectOption(other);
    await expect(page.locator('html')).toHaveAttribute('lang', other);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', other);
    await expect(page.locator('[data-testid^="map-"]').first()).toBeVisible();
    const saved = await storedValue(page);
    expect(saved?.version).toBe(SCHEMA_VERSION);
    expect(saved?.state.lang).toBe(other);
    const exercises = (saved?.state.exercises ?? {}) as Record<string, { solved: boolean; attempts: number; lastAt: number }>;
    for (const id of c.keptIds) {
      expect(exercises[id]?.solved, id).toBe(true);
      expect(Number.isFinite(exercises[id]?.attempts) && Number.isFinite(exercises[id]?.lastAt), id).toBe(true);
    }
    for (const [lesson, n] of Object.entries(c.solved)) {
      const total = Number((await page.getByTestId(`map-${lesson}`).locator('progress').getAttribute('max')) ?? NaN);
      await expect(page.getByTestId(`map-${lesson}`)).toContainText(progressText(other, n, total));
    }
    // Every saved field has the current shape.
    expect(['system', 'light', 'dark']).toContain(saved?.state.theme);
    expect(typeof saved?.state.presenter).toBe('boolean');
    expect(Object.keys(saved?.state ?? {}).sort()).toEqual(['exercises', 'lang', 'presenter', 'theme', 'visited']);
    con.expectClean();
  });
}

test('persisted state: localStorage that throws on every access does not stop the course', async ({ page }) => {
  const con = watchConsole(page);
  await page.addInitScript(() => {
    const fail = () => { throw new DOMException('blocked', 'SecurityError'); };
    for (const k of ['getItem', 'setItem', 'removeItem'] as const) Storage.prototype[k] = fail;
  });
  await page.goto('/');
  await expect(page.locator('[data-testid^="map-"]').first()).toBeVisible();
  await page.getByTestId('lang-select').selectOption('vi');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  con.expectClean();
});
