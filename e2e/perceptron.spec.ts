import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, fieldMessage, screenshots, watchConsole } from './helpers';

type W = [number, number, number];
type Pt = { x1: number; x2: number; t: 1 | -1 };

/** The rule written again here, independently of the app: o = 1 if w₀ + w·x > 0 else −1; Δw = η(t − o)(1, x). */
function train(start: W, pts: Pt[], eta: number, cap: number) {
  let w = [...start] as W;
  for (let epoch = 1; epoch <= cap; epoch++) {
    let mistakes = 0;
    for (const p of pts) {
      const o = w[0] + w[1] * p.x1 + w[2] * p.x2 > 0 ? 1 : -1;
      const f = eta * (p.t - o);
      if (o !== p.t) mistakes++;
      w = [w[0] + f, w[1] + f * p.x1, w[2] + f * p.x2];
    }
    if (mistakes === 0) return { w, epoch };
  }
  return { w, epoch: null };
}

const weights = async (page: Page) =>
  Promise.all([0, 1, 2].map(async (i) => Number(await page.getByTestId(`pw-${i}`).getAttribute('data-value'))));

async function readPoints(page: Page): Promise<Pt[]> {
  return page.locator('[data-testid^="board-point-"]').evaluateAll((els) => els.map((el) => ({
    x1: Number(el.getAttribute('data-x')), x2: Number(el.getAttribute('data-y')), t: Number(el.getAttribute('data-cls')) as 1 | -1,
  })));
}

/** Clicks the board at data coordinates (x₁, x₂) ∈ [−3, 3]² (plot area of the 420×420 viewBox: left 58, right 12, top 10, bottom 44). */
async function clickBoard(page: Page, x1: number, x2: number, modifiers: ('Shift')[] = []) {
  await page.locator('.ga-board__svg').scrollIntoViewIfNeeded();
  const box = (await page.locator('.ga-board__svg').boundingBox())!;
  const s = box.width / 420;
  const vx = 58 + ((x1 + 3) / 6) * (420 - 70);
  const vy = 10 + ((3 - x2) / 6) * (420 - 54);
  await page.mouse.move(box.x + vx * s, box.y + vy * s);
  if (modifiers.length) await page.keyboard.down('Shift');
  await page.mouse.down();
  await page.mouse.up();
  if (modifiers.length) await page.keyboard.up('Shift');
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => { if (!sessionStorage.getItem('seeded')) { localStorage.clear(); sessionStorage.setItem('seeded', '1'); } });
});

test('course map links to the lesson; threshold unit shows live numbers; axe clean', async ({ page }) => {
  const con = watchConsole(page);
  await page.goto('/');
  await page.getByTestId('map-perceptron').getByRole('link').click();
  await expect(page).toHaveURL(/\/perceptron$/);
  // −0.5 + 1·1 + 1·0.5 = 1 > 0
  await expect(page.getByTestId('unit-o')).toHaveText('1');
  await page.getByTestId('tw-0').fill('-2');
  await expect(page.getByTestId('unit-o')).toHaveText('-1');
  await page.getByTestId('tw-0').fill('-0.5');
  await expectAccessible(page);
  await screenshots(page, 'perceptron');
  con.expectClean();
});

test('add points, train to convergence on the separable set; numbers equal an independent computation', async ({ page }) => {
  const con = watchConsole(page);
  await page.goto('/perceptron');
  const board = page.locator('[data-widget-id="board"]');
  await expect(page.getByTestId('board-point-11')).toBeVisible();
  const n0 = await page.locator('[data-testid^="board-point-"]').count();
  await clickBoard(page, 2.5, 2.5);
  await clickBoard(page, -2.5, -1, ['Shift']);
  await expect(page.locator('[data-testid^="board-point-"]')).toHaveCount(n0 + 2);
  const pts = await readPoints(page);
  expect(pts.at(-2)).toEqual({ x1: 2.5, x2: 2.5, t: 1 });
  expect(pts.at(-1)).toEqual({ x1: -2.5, x2: -1, t: -1 });
  const start = (await weights(page)) as W;
  await board.getByRole('button', { name: /last/i }).click();
  const expected = train(start, pts, 0.1, 50);
  expect(expected.epoch).not.toBeNull();
  await expect(page.getByTestId('train-status')).toContainText(`Converged after ${expected.epoch} epochs`);
  const w = await weights(page);
  w.forEach((v, i) => expect(v).toBeCloseTo(expected.w[i], 12));
  await expect(page.getByTestId('wrong-now')).toHaveText('0');
  await expect(page.getByTestId('epoch-mistakes')).toHaveText('0');
  con.expectClean();
});

test('step back and forward restore identical weights (button and keyboard)', async ({ page }) => {
  await page.goto('/perceptron?ds=xor&k=7');
  const board = page.locator('[data-widget-id="board"]');
  const at7 = await weights(page);
  const ex7 = await page.getByTestId('step-example').textContent();
  for (let i = 0; i < 5; i++) await board.getByRole('button', { name: /forward|next/i }).click();
  await expect(page).toHaveURL(/k=12/);
  const at12 = await weights(page);
  for (let i = 0; i < 5; i++) await board.getByRole('button', { name: /back|previous/i }).click();
  await expect(page).toHaveURL(/k=7/);
  expect(await weights(page)).toEqual(at7);
  await expect(page.getByTestId('step-example')).toHaveText(ex7!);
  await board.getByRole('group', { name: /step/i }).first().focus();
  for (let i = 8; i <= 12; i++) {
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(new RegExp(`k=${i}`));
  }
  expect(await weights(page)).toEqual(at12);
  // epoch mode jumps whole epochs (8 examples)
  await board.getByRole('radio', { name: 'epoch' }).check();
  await board.getByRole('button', { name: /forward|next/i }).click();
  await expect(page).toHaveURL(/k=16/);
});

test('XOR never converges: the cap is reported, the weights cycle, and the backprop lesson is linked', async ({ page }) => {
  const con = watchConsole(page);
  await page.goto('/perceptron');
  await page.getByTestId('dataset').selectOption('xor');
  await page.locator('[data-widget-id="board"]').getByRole('button', { name: /last/i }).click();
  const status = page.getByTestId('train-status');
  await expect(status).toContainText('No convergence after 50 epochs');
  await expect(status).toContainText(/cycle/);
  await expect(page.getByTestId('backprop-link')).toHaveAttribute('href', '/backprop');
  expect(Number(await page.getByTestId('wrong-now').textContent())).toBeGreaterThan(0);
  await screenshots(page, 'perceptron-xor');
  con.expectClean();
});

test('drag, keyboard move and delete a point', async ({ page }) => {
  await page.goto('/perceptron');
  const p0 = page.getByTestId('board-point-0');
  await expect(page.getByTestId('board-point-11')).toBeVisible();
  const before = await readPoints(page);
  await p0.scrollIntoViewIfNeeded();
  const box = (await p0.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2 + 40, { steps: 5 });
  await page.mouse.up();
  const after = await readPoints(page);
  expect(after[0].x1).toBeGreaterThan(before[0].x1);
  expect(after[0].x2).toBeLessThan(before[0].x2);
  await page.getByTestId('board-point-1').focus();
  await page.keyboard.press('ArrowUp');
  expect((await readPoints(page))[1].x2).toBeCloseTo(before[1].x2 + 0.1, 9);
  await page.getByTestId('board-point-1').focus();
  await page.keyboard.press('Delete');
  await expect(page.locator('[data-testid^="board-point-"]')).toHaveCount(before.length - 1);
  // keyboard add at the cross-hair
  await page.locator('.ga-board__svg').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-testid^="board-point-"]')).toHaveCount(before.length);
});

test('a copied URL reproduces the state; a bad URL value falls back with a notice', async ({ page, context }) => {
  await page.goto('/perceptron');
  await page.getByTestId('dataset').selectOption('margin');
  await page.getByTestId('eta').fill('0.37');
  await page.getByTestId('seed').fill('42');
  const board = page.locator('[data-widget-id="board"]');
  for (let i = 0; i < 3; i++) await board.getByRole('button', { name: /forward|next/i }).click();
  const w = await weights(page);
  const other = await context.newPage();
  await other.goto(page.url());
  expect(await weights(other)).toEqual(w);
  await expect(other.getByTestId('step-example')).toHaveText((await page.getByTestId('step-example').textContent())!);
  await other.goto('/perceptron?eta=-1&ds=nope');
  await expect(other.getByTestId('url-notice')).toContainText('ds, eta');
});

test('bad numbers in every field give an inline message and keep the last good value', async ({ page }) => {
  const con = watchConsole(page);
  await page.goto('/perceptron');
  const o = await page.getByTestId('unit-o').textContent();
  const w = await weights(page);
  for (const id of ['tw-0', 'tw-1', 'tw-2', 'tx-0', 'tx-1', 'eta', 'seed', 'cap']) {
    for (const bad of ['', 'abc', '1e999', '-1', 'NaN']) {
      if (bad === '-1' && id.startsWith('t')) continue; // negative weights and inputs are valid
      await page.getByTestId(id).fill(bad);
      await expect(await fieldMessage(page, id)).not.toHaveText('');
    }
    await page.getByTestId(id).fill(id === 'cap' ? '50' : id === 'seed' ? '1' : id === 'eta' ? '0.1' : id === 'tw-0' ? '-0.5' : id === 'tx-1' ? '0.5' : '1');
  }
  await page.getByTestId('eta').fill('-0.1');
  await expect(await fieldMessage(page, 'eta')).toHaveText(/at least/i);
  await expect(page.getByTestId('unit-o')).toHaveText(o!);
  expect(await weights(page)).toEqual(w);
  await expect(page.locator('body')).not.toContainText('NaN');
  con.expectClean();
});

test('presenter mode: the board fills the screen and the arrow keys step training', async ({ page }) => {
  await page.goto('/perceptron');
  await page.locator('[data-widget-id="board"]').getByRole('button', { name: /present/i }).click();
  await expect(page.locator('[data-widget-id="unit"]')).toBeHidden();
  await expect(page.locator('.ga-prose').first()).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/k=1/);
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/k=2/);
  const size = await page.locator('[data-widget-id="board"] .ga-widget__title').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(24);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: 'e2e-screenshots/perceptron-presenter-1920x1080.png' });
  await page.keyboard.press('p');
  await expect(page.locator('[data-widget-id="unit"]')).toBeVisible();
});

test('the exercise is checked against the model and recorded', async ({ page }) => {
  await page.goto('/perceptron');
  const ex = page.locator('[data-widget-id="exercises"]');
  // w = (0.2, −0.5, 0.3), x = (2, 1), t = 1, η = 0.1: net = −0.5 → o = −1, Δw = 0.2·(1, 2, 1) → w₁ = −0.1
  await ex.getByRole('textbox').first().fill('-0.1');
  await ex.getByRole('button', { name: /check/i }).first().click();
  await expect(ex.getByText(/correct/i).first()).toBeVisible();
  await page.goto('/');
  await expect(page.getByTestId('map-perceptron')).toContainText('1 of 2');
});
