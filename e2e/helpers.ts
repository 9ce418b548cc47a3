import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';
import { mkdirSync } from 'node:fs';

/** Collects console errors and uncaught exceptions; call `expectClean()` at the end of a test. */
export function watchConsole(page: Page) {
  const problems: string[] = [];
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console: ${msg.text()}`); });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  return { problems, expectClean: () => expect(problems, problems.join('\n')).toEqual([]) };
}

/** Waits until every widget and prose block of the page is drawn (those far down draw when the browser is idle). */
export async function allWidgetsDrawn(page: Page) {
  await expect(page.locator('[data-pending]')).toHaveCount(0);
}

/** Runs axe over the whole page (every widget drawn) and fails on serious or critical violations. */
export async function expectAccessible(page: Page) {
  await allWidgetsDrawn(page);
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`)).toEqual([]);
}

/** Full-page screenshots at 1920×1080 and 390×844, saved under e2e-screenshots/ to be looked at. */
export async function screenshots(page: Page, name: string, _info?: TestInfo) {
  mkdirSync('e2e-screenshots', { recursive: true });
  await allWidgetsDrawn(page);
  const original = page.viewportSize();
  for (const [w, h] of [[1920, 1080], [390, 844]] as const) {
    await page.setViewportSize({ width: w, height: h });
    // From the top: a full-page capture draws the sticky header and sidebar where the page is scrolled to.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(150);
    await page.screenshot({ path: `e2e-screenshots/${name}-${w}x${h}.png`, fullPage: true });
  }
  if (original) await page.setViewportSize(original);
}

/** Number shown in an <output> or cell, as a JS number (accepts the Unicode minus). */
export async function numberIn(page: Page, testId: string): Promise<number> {
  const text = (await page.getByTestId(testId).first().textContent()) ?? '';
  return Number(text.replace('\u2212', '-').trim());
}

/** The inline message of the number field with test id `testId` (found through its aria-describedby). */
export async function fieldMessage(page: Page, testId: string) {
  const ids = (await page.getByTestId(testId).getAttribute('aria-describedby')) ?? '';
  const errId = ids.split(' ').find((id) => id.endsWith('-error')) ?? ids.split(' ')[0];
  return page.locator(`[id="${errId}"]`);
}
