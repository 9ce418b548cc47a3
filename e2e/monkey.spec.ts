import { expect, test, type Page } from '@playwright/test';
import { allWidgetsDrawn } from './helpers';

/**
 * A seeded random walk over each lesson: clicks, selections, typed values (garbage included), keys and drags.
 * It fails on an uncaught exception, a console error, a widget's error boundary tripping, or NaN/Infinity
 * shown as text. MONKEY_ACTIONS sets the count per lesson (CI: a short walk; `npm run soak`: a long one).
 */
const ACTIONS = Number(process.env.MONKEY_ACTIONS ?? 20);
const GARBAGE = ['', 'abc', '1e999', '-1e999', 'NaN', '-0', '0,5', '−3', '1e-320', '99999999', '-5', '  7  ', '1.2.3', '💥', '<b>x</b>'];
const KEYS = ['ArrowLeft', 'ArrowRight', 'Space', 'Home', 'End', 'PageUp', 'PageDown', 'Enter', 'Tab'];

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function lessonPaths(page: Page): Promise<string[]> {
  await page.goto('/');
  const hrefs = await page.locator('nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.filter((h) => h.startsWith('/') && h !== '/' && h !== '/about');
}

/** One random action inside the lesson's main area; returns a description for the failure message. */
async function act(page: Page, rnd: () => number): Promise<string> {
  const pick = <T,>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const kind = pick(['click', 'click', 'type', 'type', 'select', 'key', 'drag']);
  const main = page.locator('main');
  if (kind === 'click') {
    const buttons = main.locator('button:visible:not([aria-disabled="true"]):not(:disabled), input[type=checkbox]:visible, input[type=radio]:visible');
    const n = await buttons.count();
    if (n === 0) return 'no button';
    const i = Math.floor(rnd() * n);
    const name = (await buttons.nth(i).getAttribute('aria-label')) ?? (await buttons.nth(i).textContent()) ?? '';
    await buttons.nth(i).click({ timeout: 2000 }).catch(() => {});
    return `click "${name.trim().slice(0, 40)}"`;
  }
  if (kind === 'type') {
    const inputs = main.locator('input[type=text]:visible:not(:disabled), input:not([type]):visible:not(:disabled), input[inputmode]:visible, textarea:visible');
    const n = await inputs.count();
    if (n === 0) return 'no input';
    const text = rnd() < 0.5 ? pick(GARBAGE) : String(Math.round((rnd() * 20 - 10) * 100) / 100);
    await inputs.nth(Math.floor(rnd() * n)).fill(text, { timeout: 2000 }).catch(() => {});
    return `type "${text}"`;
  }
  if (kind === 'select') {
    const selects = main.locator('select:visible:not(:disabled)');
    const n = await selects.count();
    if (n === 0) return 'no select';
    const s = selects.nth(Math.floor(rnd() * n));
    const values = await s.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    const v = pick(values);
    await s.selectOption(v, { timeout: 2000 }).catch(() => {});
    return `select "${v}"`;
  }
  if (kind === 'key') {
    const key = pick(KEYS);
    await page.keyboard.press(key);
    return `key ${key}`;
  }
  const svgs = main.locator('svg:visible');
  const n = await svgs.count();
  if (n === 0) return 'no svg';
  const box = await svgs.nth(Math.floor(rnd() * n)).boundingBox();
  if (!box || box.width < 10) return 'tiny svg';
  const [x0, y0] = [box.x + rnd() * box.width, box.y + rnd() * box.height];
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  await page.mouse.move(box.x + rnd() * box.width, box.y + rnd() * box.height, { steps: 4 });
  await page.mouse.up();
  return 'drag';
}

test('a seeded random walk over every lesson breaks nothing', async ({ page }) => {
  test.setTimeout(60_000 + ACTIONS * 1_500 * 10);
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => void d.dismiss());
  for (const [li, path] of (await lessonPaths(page)).entries()) {
    const rnd = mulberry32(1000 + li);
    await page.goto(path);
    // Presenter mode persists across lessons (as it should); the walk of the previous lesson may have
    // turned it on, and the lesson title is hidden while it is on.
    const leave = page.getByTestId('presenter-bar').getByRole('button', { name: /leave/i });
    if (await leave.isVisible()) await leave.click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await allWidgetsDrawn(page);
    const log: string[] = [];
    for (let k = 0; k < ACTIONS; k++) {
      log.push(await act(page, rnd));
      if (!page.url().includes(path)) await page.goto(path);
      const crashed = await page.locator('.ga-crash').count();
      const text = await page.locator('main').innerText();
      const bad = text.match(/\bNaN\b|\bInfinity\b/);
      if (crashed || bad || problems.length) {
        throw new Error(`${path} after ${k + 1} actions (${log.slice(-5).join(' → ')}): ${crashed ? 'error boundary tripped; ' : ''}${bad ? `"${bad[0]}" shown; ` : ''}${problems.join('; ')}`);
      }
    }
  }
});
