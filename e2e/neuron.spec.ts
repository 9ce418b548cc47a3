import { expect, test } from '@playwright/test';
import { expectAccessible, fieldMessage, numberIn, screenshots, watchConsole } from './helpers';

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => { if (!sessionStorage.getItem('seeded')) { localStorage.clear(); sessionStorage.setItem('seeded', '1'); } });
});

test('home → course map → neuron lesson shows the deck example 0.86 / 0.7027 / 0.6963', async ({ page }) => {
  const con = watchConsole(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Course map' })).toBeVisible();
  await page.getByTestId('map-neuron').getByRole('link').click();
  await expect(page).toHaveURL(/\/neuron$/);
  await expect(page.getByTestId('neuron-z')).toHaveText('0.86');
  expect(await numberIn(page, 'neuron-a')).toBeCloseTo(0.7027, 4);
  expect(await numberIn(page, 'act-sigmoid')).toBeCloseTo(0.7027, 4);
  expect(await numberIn(page, 'act-tanh')).toBeCloseTo(0.6963, 4);
  await expectAccessible(page);
  await screenshots(page, 'neuron');
  con.expectClean();
});

test('changing an input updates the formula, the numbers and the plot', async ({ page }) => {
  const con = watchConsole(page);
  await page.goto('/neuron');
  await page.getByTestId('b').fill('1');
  await expect(page.getByTestId('neuron-z')).toHaveText('1.36');
  expect(await numberIn(page, 'neuron-a')).toBeCloseTo(sigmoid(1.36), 4);
  await expect(page.locator('.ga-steps').getByText('1.36').first()).toBeVisible();

  const explorer = page.locator('[data-widget-id="activations"]');
  const before = await explorer.locator('svg path[data-series]').first().getAttribute('d');
  await explorer.getByLabel('Activation f').selectOption('tanh');
  await expect.poll(() => explorer.locator('svg path[data-series]').first().getAttribute('d')).not.toBe(before);
  con.expectClean();
});

test('stepping the forward pass reveals one step at a time, by button and keyboard', async ({ page }) => {
  await page.goto('/neuron');
  const widget = page.locator('[data-widget-id="neuron"]');
  await widget.getByRole('button', { name: /first/i }).click();
  await expect(widget.getByText(/Step 1 of 3/)).toBeVisible();
  await expect(page).toHaveURL(/step=0/);
  await widget.getByRole('group').first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(widget.getByText(/Step 2 of 3/)).toBeVisible();
  await page.keyboard.press('End');
  await expect(widget.getByText(/Step 3 of 3/)).toBeVisible();
});

test('presenter mode toggles with p and keeps keyboard stepping', async ({ page }) => {
  await page.goto('/neuron');
  await expect(page.getByTestId('neuron-z')).toHaveText('0.86');
  await page.keyboard.press('p');
  await expect(page.getByTestId('presenter-bar')).toBeVisible();
  await expect(page.locator('.ga-prose').first()).toBeHidden();
  await expect(page.locator('[data-widget-id="neuron"]')).toBeVisible();
  await expect(page.locator('[data-widget-id="activations"]')).toBeHidden();
  const size = await page.locator('.ga-widget__title').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(24);
  await page.keyboard.press('Home');
  await expect(page.locator('[data-widget-id="neuron"]').getByText(/Step 1 of 3/)).toBeVisible();
  await page.keyboard.press(']');
  await expect(page.locator('[data-widget-id="activations"]')).toBeVisible();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: 'e2e-screenshots/neuron-presenter-1920x1080.png' });
  await page.keyboard.press('p');
  await expect(page.getByTestId('presenter-bar')).toBeHidden();
  await expect(page.locator('.ga-prose').first()).toBeVisible();
});

test('switching to Vietnamese and back; the choice persists', async ({ page }) => {
  await page.goto('/neuron');
  await page.getByTestId('lang-select').selectOption('vi');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nơ-ron và các hàm kích hoạt');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nơ-ron và các hàm kích hoạt');
  await screenshots(page, 'neuron-vi');
  await page.getByTestId('lang-select').selectOption('en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The neuron and its activations');
});

test('a copied URL reproduces the state; a bad URL value falls back with a notice', async ({ page, context }) => {
  await page.goto('/neuron');
  await page.getByTestId('w-0').fill('-1.5');
  await page.getByTestId('x-2').fill('2');
  // z = −1.5·0.3 + 0.3·0.4 + 0.9·2 + 0.5
  await expect(page.getByTestId('neuron-z')).toHaveText('1.97');
  const url = page.url();
  const other = await context.newPage();
  await other.goto(url);
  await expect(other.getByTestId('neuron-z')).toHaveText('1.97');
  await other.goto('/neuron?b=abc&act=nope');
  await expect(other.getByTestId('url-notice')).toContainText('b, act');
  await expect(other.getByTestId('neuron-z')).toHaveText('0.86');
  // PReLU learns α from data of slope 0.25: ∂L/∂α at α₀ = 0 is −0.25·Σ_{z<0} z²/21 = −0.25·15.4/21, η = 1.
  await other.goto('/neuron?pk=1#widget-prelu');
  await expect(other.getByTestId('prelu-alpha')).toHaveText(String(Number((0.25 * 15.4 / 21).toFixed(6))));
  await other.getByTestId('prelu-lr').fill('0.5');
  await expect(other.getByTestId('prelu-alpha')).toHaveText('0');
  await expect(other.getByTestId('prelu-grad')).toHaveText(`−${Number((0.25 * 15.4 / 21).toFixed(6))}`);
});

test('bad input in a number field gives its message and keeps the last good value', async ({ page }) => {
  const con = watchConsole(page);
  await page.goto('/neuron');
  const field = page.getByTestId('b');
  const cases: [string, RegExp][] = [['', /enter a number/i], ['abc', /not a number|enter a number/i], ['1e999', /too large|finite/i],
    ['NaN', /not a number|enter a number/i], ['5000', /at most/i], ['-5000', /at least/i]];
  for (const [text, message] of cases) {
    await field.fill(text);
    await expect(await fieldMessage(page, 'b')).toHaveText(message);
    await expect(page.getByTestId('neuron-z')).toHaveText('0.86');
  }
  await field.fill('0,5');
  await expect(page.getByTestId('b')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('neuron-z')).toHaveText('0.86');
  con.expectClean();
});

test('solving an exercise is recorded on the course map', async ({ page }) => {
  await page.goto('/neuron');
  const ex = page.locator('[data-widget-id="exercises"]');
  await ex.getByRole('textbox').first().fill('0.7027');
  await ex.getByRole('button', { name: /check/i }).first().click();
  await expect(ex.getByText(/correct/i).first()).toBeVisible();
  await page.goto('/');
  await expect(page.getByTestId('map-neuron')).toContainText('1 of 2');
});

test('unknown pages show the not-found page', async ({ page }) => {
  await page.goto('/no-such-lesson');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to the course map' })).toBeVisible();
  await screenshots(page, 'home-not-found');
});
