import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, fieldMessage, screenshots, watchConsole } from './helpers';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => { if (!sessionStorage.getItem('seeded')) { localStorage.clear(); sessionStorage.setItem('seeded', '1'); } });
});

const value = (page: Page, testId: string) => page.getByTestId(testId).getAttribute('data-value').then(Number);

/** The layer formula's terms, bias, ReLU and the engine's own feature-map value must agree. */
async function expectLayerFormulaConsistent(page: Page, channels: number) {
  const terms: number[] = [];
  for (let k = 1; k <= channels; k++) terms.push(await value(page, `ls-term-${k}`));
  await expect(page.getByTestId(`ls-term-${channels + 1}`)).toHaveCount(0);
  const [sum, bias, pre, out, engine] = await Promise.all(['ls-sum', 'ls-bias', 'ls-pre', 'ls-out', 'ls-engine'].map((id) => value(page, id)));
  expect(terms.reduce((a, b) => a + b, 0)).toBeCloseTo(sum, 9);
  expect(sum + bias).toBeCloseTo(pre, 9);
  expect(out).toBeCloseTo(Math.max(0, pre), 12);
  expect(out).toBeCloseTo(engine, 9);
  return { pre, out };
}

test('layer formula: Σ over input channels + bias, ReLU, equals the engine feature map, before and after training', async ({ page }) => {
  test.setTimeout(120_000);
  const con = watchConsole(page);
  await page.goto('/cnn?ll=2&lj=3&lr=5&lc=6&md=4');
  await expect(page.getByTestId('mnist-ready')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('ls-engine')).toBeVisible({ timeout: 30_000 });
  // Default network: 8 filters in layer 1, so layer 2 sums 8 channel terms.
  const before = await expectLayerFormulaConsistent(page, 8);
  await expect(page.getByTestId('ls-formula')).toContainText('max');
  // Train a few steps (one at a time, in the worker): the numbers change and still agree.
  for (let i = 0; i < 5; i++) {
    const step = Number(await page.getByTestId('mnist-step').textContent());
    await page.locator('[data-widget-id="mnist"]').getByRole('button', { name: 'One step' }).click();
    await expect(page.getByTestId('mnist-step')).toHaveText(String(step + 1), { timeout: 30_000 });
  }
  const after = await expectLayerFormulaConsistent(page, 8);
  expect(after.pre).not.toBe(before.pre);
  // Layer 1 has a single input channel (the image).
  await page.locator('[data-widget-id="layer-formula"]').getByRole('radio', { name: /n = 1/ }).click();
  await expect(page).toHaveURL(/ll=1/);
  await expectLayerFormulaConsistent(page, 1);
  await page.getByTestId('ls-row').fill('99');
  await expect(await fieldMessage(page, 'ls-row')).not.toBeEmpty();
  await page.getByTestId('ls-row').fill('12');
  await expect(page).toHaveURL(/lr=12/);
  await expectLayerFormulaConsistent(page, 1);
  await page.locator('[data-widget-id="layer-formula"]').screenshot({ path: 'e2e-screenshots/cnn-layer-formula.png' });
  await expectAccessible(page);
  con.expectClean();
});

test('glyph CNN: trains in the worker to 100 % on the clean shifted glyphs and ≥ 95 % on held-out noisy ones; toggled pixels are classified', async ({ page }) => {
  test.setTimeout(120_000);
  const con = watchConsole(page);
  await page.goto('/cnn');
  const w = page.locator('[data-widget-id="glyph-cnn"]');
  await expect(page.getByTestId('glyph-clean-acc')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('glyph-step')).toHaveText('0');
  await page.getByTestId('glyph-train').click();
  // The run pauses by itself after 400 steps.
  await expect(page.getByTestId('glyph-step')).toHaveText('400', { timeout: 100_000 });
  const clean = await value(page, 'glyph-clean-acc');
  const heldOut = await value(page, 'glyph-test-acc');
  const train = await value(page, 'glyph-train-acc');
  console.log('glyph CNN after 400 steps: clean', clean, 'held-out noisy', heldOut, 'train', train);
  expect(clean).toBe(1);
  expect(heldOut).toBeGreaterThanOrEqual(0.95);
  await expect(page.getByTestId('glyph-clean-acc')).toHaveText('100\u00a0%');
  // The unshifted X on the grid is an X; the probabilities are a distribution.
  await expect(page.getByTestId('glyph-prediction')).toHaveAttribute('data-value', 'x');
  const probs = ((await page.getByTestId('glyph-probs').getAttribute('data-values')) ?? '').split(',').map(Number);
  expect(probs).toHaveLength(4);
  expect(probs.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  expect(Math.max(...probs)).toBe(probs[0]);
  await page.getByTestId('glyph-load').selectOption('o');
  await expect(page.getByTestId('glyph-prediction')).toHaveAttribute('data-value', 'o');
  // Clear, then draw a \ one pixel lower than the training glyph's, with the keyboard: focus the grid (the
  // cursor starts at the top-left cell), arrows move, Enter toggles.
  await page.getByTestId('glyph-clear').click();
  const probsNow = () => page.getByTestId('glyph-probs').getAttribute('data-values');
  await page.getByTestId('glyph-grid').locator('svg[tabindex="0"]').first().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  for (let i = 1; i < 8; i++) {
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
  }
  await expect(page.getByTestId('glyph-prediction')).toHaveAttribute('data-value', 'backslash');
  // A mouse click toggles a pixel too (cell 0 of the grid's 81 cells).
  const beforeClick = await probsNow();
  await page.getByTestId('glyph-grid').locator('.ga-cells rect').first().click();
  await expect.poll(probsNow).not.toBe(beforeClick);
  await expect(page.getByTestId('glyph-conv-maps').locator('canvas')).toHaveCount(4);
  await expect(page.getByTestId('glyph-filters-view').locator('canvas')).toHaveCount(4);
  await page.getByTestId('glyph-filters').fill('99');
  await expect(await fieldMessage(page, 'glyph-filters')).not.toBeEmpty();
  await w.screenshot({ path: 'e2e-screenshots/cnn-glyph.png' });
  await expectAccessible(page);
  await screenshots(page, 'cnn-fidelity');
  con.expectClean();
});

test('saliency δx of a digit: the predicted class, a nudge check equal to δx · ε, another class by URL; Vietnamese', async ({ page }) => {
  test.setTimeout(150_000);
  const con = watchConsole(page);
  await page.goto('/cnn');
  await expect(page.getByTestId('mnist-ready')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('mnist-acc')).toBeVisible({ timeout: 30_000 });
  const w = page.locator('[data-widget-id="saliency"]');
  await expect(w.getByText(/Draw a digit/)).toBeVisible();
  await page.getByTestId('mnist-train').click();
  await expect.poll(async () => Number(await page.getByTestId('mnist-step').textContent()), { timeout: 100_000, intervals: [1000] }).toBeGreaterThanOrEqual(150);
  await page.getByTestId('mnist-train').click();
  await page.getByTestId('pad-sample').fill('0');
  await page.getByTestId('pad-load').click();
  const out = page.getByTestId('saliency-readout');
  await expect(out).toBeVisible();
  // The differentiated class is the one the network predicts for the digit on the pad.
  await expect.poll(async () => (await out.getAttribute('data-cls')) === (await page.getByTestId('prediction').textContent())).toBe(true);
  const check = async () => {
    // All three numbers from one rendering: a snapshot arriving between two reads would mix two networks.
    const [actual, predicted, max] = await page.evaluate(() => {
      const c = document.querySelector('[data-testid="saliency-check"]')!;
      const o = document.querySelector('[data-testid="saliency-readout"]')!;
      return [c.getAttribute('data-actual'), c.getAttribute('data-predicted'), o.getAttribute('data-max')].map(Number);
    });
    // The nudged pixel is a grey one, so its |δx| is at most the largest.
    expect(Math.abs(predicted)).toBeLessThanOrEqual(max * 1e-4 * (1 + 1e-12));
    expect(Math.abs(predicted)).toBeGreaterThan(0);
    // Linear up to a ReLU corner (the unit test checks exact agreement where there is none): within 5 % of
    // δx · ε, and of the same sign.
    expect(Math.abs(actual - predicted)).toBeLessThan(0.05 * Math.abs(predicted));
    return { actual, predicted, max };
  };
  await check();
  await page.getByTestId('saliency-class').selectOption('3');
  await expect(page).toHaveURL(/sc2=3/);
  await expect(out).toHaveAttribute('data-cls', '3');
  await check();
  await w.screenshot({ path: 'e2e-screenshots/cnn-saliency.png' });
  await page.goto('/cnn?sc2=11');
  await expect(page.getByRole('status').filter({ hasText: /sc2/ }).first()).toBeVisible();
  await page.getByLabel('Language').selectOption('vi');
  await expect(page.getByText('Độ nổi bật δx của chữ số bạn vẽ')).toBeVisible();
  await expect(page.getByText('Một CNN rất nhỏ phân biệt X, O, / và \\')).toBeVisible();
  await expect(page.getByText('Công thức của một lớp với các số của mạng')).toBeVisible();
  await expectAccessible(page);
  con.expectClean();
});
