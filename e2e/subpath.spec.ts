import { expect, test, type Page } from '@playwright/test';
import { allWidgetsDrawn, watchConsole } from './helpers';

// Served by playwright.subpath.config.ts: the build made with BASE_PATH=/dl/, under http://127.0.0.1:…/dl/.
const PREFIX = '/dl/';

/** Every link of the navigation, as the address bar shows it (so new lessons are covered without editing this file). */
async function navHrefs(page: Page): Promise<string[]> {
  const hrefs = await page.locator('nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return [...new Set(hrefs)];
}

async function openPage(page: Page, href: string) {
  await page.goto(href);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await allWidgetsDrawn(page);
}

test('hosted under a sub-path: every link, page, data file and worker stays under it, also offline', async ({ page, context }) => {
  const outside: string[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.protocol.startsWith('http') && !url.pathname.startsWith(PREFIX)) outside.push(url.pathname);
  });
  const con = watchConsole(page);
  await page.goto('');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const hrefs = await navHrefs(page);
  expect(hrefs.length).toBeGreaterThan(8);
  for (const href of hrefs) expect(href.startsWith(PREFIX), href).toBe(true);

  // A click inside the app keeps the prefix and shows the lesson without a reload.
  await page.locator('nav a', { hasText: /neuron/i }).first().click();
  await expect(page).toHaveURL(/\/dl\/neuron$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // Every page opened directly by its address (as a shared link would be).
  for (const href of hrefs) await openPage(page, href);

  // A data file and a worker under the prefix: the CNN lesson loads MNIST and trains in its worker.
  const mnist = page.waitForResponse((r) => r.url().includes(`${PREFIX}data/mnist.bin.gz`) && r.ok());
  await openPage(page, `${PREFIX}cnn`);
  await mnist;

  // An unknown page under the prefix is the course's own not-found page.
  await page.goto(`${PREFIX}no-such-lesson`);
  await expect(page.getByRole('main').getByRole('link', { name: 'Go to the course map' })).toHaveAttribute('href', PREFIX);

  // Offline after the first visit: the service worker's scope is the prefix.
  await page.goto('');
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope)).toMatch(/\/dl\/$/);
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  await context.setOffline(true);
  for (const href of hrefs) await openPage(page, href);
  await context.setOffline(false);

  expect(outside).toEqual([]);
  con.expectClean();
});
