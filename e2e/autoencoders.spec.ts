import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, fieldMessage, screenshots, watchConsole } from './helpers';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => { if (!sessionStorage.getItem('seeded')) { localStorage.clear(); sessionStorage.setItem('seeded', '1'); } });
});

const widget = (page: Page, id: string) => page.locator(`[data-widget-id="${id}"]`);
const value = async (page: Page, testId: string) => Number(await page.getByTestId(testId).getAttribute('data-value'));

test('the autoencoder trains in the worker, its error falls, and a clicked latent point decodes to a digit', async ({ page }) => {
  test.setTimeout(200_000);
  const con = watchConsole(page);
  await page.goto('/autoencoders');
  await expect(page.getByTestId('mnist-ready')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('ae-mse')).toBeVisible({ timeout: 30_000 });
  const before = await value(page, 'ae-mse');
  expect(before).toBeGreaterThan(0.05);
  await page.getByTestId('ae-train').click();
  await expect.poll(async () => (await page.getByTestId('ae-mse').locator('xpath=..').textContent())?.match(/step (\d+)\)/)?.[1] ?? '0', { timeout: 100_000, intervals: [1000] })
    .not.toBe('0');
  await expect.poll(() => value(page, 'ae-mse'), { timeout: 100_000, intervals: [1000] }).toBeLessThan(before * 0.9);
  await page.getByTestId('ae-train').click();
  console.log('AE test MSE', before, '→', await value(page, 'ae-mse'), 'at step', await page.getByTestId('ae-step').textContent());

  const map = page.getByTestId('latent-map');
  await map.scrollIntoViewIfNeeded();
  const box = (await map.boundingBox())!;
  await map.click({ position: { x: box.width * 0.5, y: box.height * 0.5 } });
  const decoded = page.getByTestId('ae-decoded');
  await expect(decoded).toBeVisible();
  const ink1 = Number(await decoded.getAttribute('data-ink'));
  const z1 = await decoded.getAttribute('data-z');
  // A digit has ink: the sum of 784 grey levels of a decoded digit is far from 0 (and from 784, a white square).
  expect(ink1).toBeGreaterThan(20);
  expect(ink1).toBeLessThan(500);
  await map.click({ position: { x: box.width * 0.15, y: box.height * 0.85 } });
  await expect(decoded).not.toHaveAttribute('data-z', z1 ?? '');
  const ink2 = Number(await decoded.getAttribute('data-ink'));
  expect(ink2).not.toBeCloseTo(ink1, 3);
  // Keyboard: arrows move the picked code.
  const z2 = (await decoded.getAttribute('data-z')) ?? '';
  await map.focus();
  await page.keyboard.press('ArrowRight');
  await expect(decoded).not.toHaveAttribute('data-z', z2);

  // Draw a stroke: its reconstruction appears.
  const pad = page.getByTestId('ae-pad');
  await pad.scrollIntoViewIfNeeded();
  const pb = (await pad.boundingBox())!;
  await page.mouse.move(pb.x + pb.width / 2, pb.y + pb.height * 0.2);
  await page.mouse.down();
  for (let k = 1; k <= 10; k++) await page.mouse.move(pb.x + pb.width / 2, pb.y + pb.height * (0.2 + 0.06 * k));
  await page.mouse.up();
  await expect(page.getByTestId('ae-mine')).toBeVisible();

  // Bad input keeps the last good value.
  await page.getByTestId('ae-lr').fill('abc');
  await expect(await fieldMessage(page, 'ae-lr')).not.toBeEmpty();
  await page.getByTestId('ae-digit').fill('5000');
  await expect(await fieldMessage(page, 'ae-digit')).not.toBeEmpty();
  await expect(page.getByTestId('ae-recs')).toBeVisible();
  await screenshots(page, 'autoencoders');
  con.expectClean();
});

test('axe finds no serious problem on the page', async ({ page }) => {
  test.setTimeout(150_000);
  await page.goto('/autoencoders');
  await expect(page.getByTestId('mnist-ready')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('ae-mse')).toBeVisible({ timeout: 30_000 });
  await expectAccessible(page);
});

const s = (z: number) => 1 / (1 + Math.exp(-z));
/** The preset weights (visible i × hidden j), biases 0, v⁰ = (1, 0, 1), η = 0.1. */
const W = [[0.2, -0.5, 0.4, 0.1], [-0.3, 0.6, 0.2, -0.4], [0.5, 0.1, -0.2, 0.3]];
const v0 = [1, 0, 1];
const lr = 0.1;

test('one CD-1 step on the 3 × 4 RBM equals a hand computation; back is exact; bad input', async ({ page }) => {
  const con = watchConsole(page);
  await page.goto('/autoencoders?rstep=2');
  const w = widget(page, 'rbm');
  await expect(page.getByTestId('rbm-phase')).toContainText('CD-1 step 1, update');
  const read = async (id: string, n: number) => Promise.all(Array.from({ length: n }, (_, k) => value(page, `${id}-${k}`)));
  const uh = await read('rbm-uh', 4);
  const uv = await read('rbm-uv', 3);
  const ph0 = [0, 1, 2, 3].map((j) => s(v0[0] * W[0][j] + v0[1] * W[1][j] + v0[2] * W[2][j]));
  const h0 = ph0.map((p, j) => (uh[j] < p ? 1 : 0));
  const pv1 = [0, 1, 2].map((i) => s(W[i].reduce((acc, wij, j) => acc + wij * h0[j], 0)));
  const v1 = pv1.map((p, i) => (uv[i] < p ? 1 : 0));
  const ph1 = [0, 1, 2, 3].map((j) => s(v1[0] * W[0][j] + v1[1] * W[1][j] + v1[2] * W[2][j]));
  const close = (a: number[], b: number[]) => a.forEach((x, k) => expect(x).toBeCloseTo(b[k], 10));
  close(await read('rbm-ph0', 4), ph0);
  expect(await read('rbm-h0', 4)).toEqual(h0);
  close(await read('rbm-pv1', 3), pv1);
  expect(await read('rbm-v1', 3)).toEqual(v1);
  close(await read('rbm-ph1', 4), ph1);
  for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 4; j++) {
      expect(await value(page, `rbm-dw-${i}-${j}`)).toBeCloseTo(lr * (v0[i] * ph0[j] - v1[i] * ph1[j]), 10);
      expect(await value(page, `rbm-wnew-${i}-${j}`)).toBeCloseTo(W[i][j] + lr * (v0[i] * ph0[j] - v1[i] * ph1[j]), 10);
    }
  }
  close(await read('rbm-anew', 3), v0.map((x, i) => lr * (x - v1[i])));
  close(await read('rbm-bnew', 4), ph0.map((p, j) => lr * (p - ph1[j])));
  expect(ph0[0]).toBeCloseTo(0.668188, 6);

  // Forward to step 2 and back: the numbers of step 1 return exactly.
  const before = await page.getByTestId('rbm-numbers').textContent();
  await w.getByRole('button', { name: /next step/i }).click();
  await expect(page.getByTestId('rbm-phase')).toContainText('CD-1 step 2, positive');
  await w.getByRole('button', { name: /previous step/i }).click();
  await expect(page.getByTestId('rbm-phase')).toContainText('CD-1 step 1, update');
  expect(await page.getByTestId('rbm-numbers').textContent()).toBe(before);

  for (const bad of ['', 'abc', '1e999', 'NaN']) {
    await page.getByTestId('rbm-w-0').fill(bad);
    await expect(await fieldMessage(page, 'rbm-w-0')).not.toBeEmpty();
  }
  await page.getByTestId('rbm-lr').fill('-1');
  await expect(await fieldMessage(page, 'rbm-lr')).not.toBeEmpty();
  expect(await value(page, 'rbm-ph0-0')).toBeCloseTo(ph0[0], 10);

  await page.goto('/autoencoders?rstep=abc&dl=7');
  await expect(page.getByRole('status').filter({ hasText: /rstep/ }).first()).toBeVisible();
  await expect(page.getByTestId('rbm-phase')).toContainText('CD-1 step 1, positive');
  con.expectClean();
});

test('presenter layouts at 1920×1080 and 1280×720, Vietnamese', async ({ page }) => {
  await page.goto('/autoencoders?rstep=2');
  await widget(page, 'rbm').getByRole('button', { name: /present/i }).click();
  await expect(page.getByTestId('presenter-bar')).toBeVisible();
  await expect(page.locator('.ga-prose').first()).toBeHidden();
  for (const [w, h] of [[1920, 1080], [1280, 720]] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.waitForTimeout(200);
    await page.screenshot({ path: `e2e-screenshots/autoencoders-presenter-${w}x${h}.png` });
  }
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('rbm-phase')).toContainText('CD-1 step 2');
  await page.keyboard.press('p');
  await expect(page.getByTestId('presenter-bar')).toBeHidden();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByTestId('lang-select').selectOption('vi');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bộ tự mã hóa, máy Boltzmann và mạng niềm tin sâu');
  await expect(page.getByTestId('rbm-phase')).toContainText('Bước CD-1 thứ 2');
  await screenshots(page, 'autoencoders-vi');
  await page.getByTestId('lang-select').selectOption('en');
});
