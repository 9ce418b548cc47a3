import { expect, test, type Page } from '@playwright/test';
import { allWidgetsDrawn, watchConsole } from './helpers';

/** Every route of the course, read from the navigation (so new lessons are covered without editing this file). */
async function lessonPaths(page: Page): Promise<string[]> {
  await page.goto('/');
  const hrefs = await page.locator('nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return [...new Set(hrefs.filter((h) => h.startsWith('/') && h !== '/'))];
}

/** Waits for a lesson (or page) to render its heading and every widget. */
async function openPage(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await allWidgetsDrawn(page);
}

test('no request ever leaves our own origin, and the CSP reports no violation, on a walk of every page', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (req) => { if (!req.url().startsWith(baseURL!) && !req.url().startsWith('data:') && !req.url().startsWith('blob:')) foreign.push(req.url()); });
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const con = watchConsole(page);
  const csp = await (await page.request.get('/')).text();
  expect(csp).toContain('http-equiv="Content-Security-Policy"');
  for (const path of ['/', ...(await lessonPaths(page))]) {
    await openPage(page, path);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), path).toEqual([]);
  }
  expect(foreign).toEqual([]);
  con.expectClean();
});

test('once opened, the course works with the network off (service worker)', async ({ page, context }) => {
  await page.goto('/');
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  await expect(page.getByTestId('offline-ready')).toBeVisible();
  await context.setOffline(true);
  for (const path of (await page.locator('nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))).filter((h) => h !== '/')) {
    await openPage(page, path);
  }
  await context.setOffline(false);
});

test('Vietnamese mode leaves no English sentence on any page', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('lang-select').selectOption('vi');
  const english = /\b(the|and|with|this|that|from|which|when|each|every|into)\b/i;
  for (const path of ['/', ...(await lessonPaths(page))]) {
    await openPage(page, path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    const text = await page.locator('body').evaluate((body) => {
      const clone = body.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('.katex, code, script, style, [lang="en"]').forEach((n) => n.remove());
      return clone.innerText;
    });
    const lines = text.split('\n').filter((l) => english.test(l));
    expect(lines, path).toEqual([]);
  }
});

test('presenter mode on every page at 1280×720 and 1920×1080: large type, keyboard only', async ({ page }) => {
  for (const path of await lessonPaths(page)) {
    await openPage(page, path);
    if ((await page.locator('[data-widget-id]').count()) === 0) continue;
    await page.keyboard.press('p');
    await expect(page.getByTestId('presenter-bar')).toBeVisible();
    for (const [w, h] of [[1280, 720], [1920, 1080]] as const) {
      await page.setViewportSize({ width: w, height: h });
      const small = await page.locator('.ga-widget--presenting').evaluate((root) => {
        const tooSmall: string[] = [];
        root.querySelectorAll<HTMLElement>('*').forEach((el) => {
          if (el.closest('svg, .katex') || !el.offsetParent) return;
          const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
          if (own && parseFloat(getComputedStyle(el).fontSize) < 24) tooSmall.push(`${el.tagName}.${el.className}: ${el.textContent!.trim().slice(0, 30)}`);
        });
        return tooSmall;
      });
      expect(small, path).toEqual([]);
      await page.screenshot({ path: `e2e-screenshots/presenter${path.replace(/\//g, '-')}-${w}x${h}.png` });
    }
    await page.keyboard.press('p');
    await expect(page.getByTestId('presenter-bar')).toBeHidden();
  }
});

test('a link to a widget far down a lesson opens with that widget at the top of the screen, title visible', async ({ page }) => {
  await page.goto('/rnn#widget-reach');
  const widget = page.locator('#widget-reach');
  await expect(widget.getByTestId('decay-small')).toBeVisible();
  await allWidgetsDrawn(page);
  // Widgets above it were drawn after it: scroll anchoring keeps it where it was.
  const top = await widget.evaluate((el) => el.getBoundingClientRect().top);
  const headerBottom = await page.locator('.ga-header').evaluate((el) => el.getBoundingClientRect().bottom);
  expect(top).toBeGreaterThanOrEqual(headerBottom);
  expect(top).toBeLessThan(headerBottom + 100);
});
