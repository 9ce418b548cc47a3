import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, watchConsole } from './helpers';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => { if (!sessionStorage.getItem('seeded')) { localStorage.clear(); sessionStorage.setItem('seeded', '1'); } });
});

async function unit(page: Page, j: number) {
  const row = page.getByTestId(`ld-unit-${j}`);
  const terms = ((await row.getAttribute('data-terms')) ?? '').split(',').map(Number);
  return { terms, sum: Number(await row.getAttribute('data-sum')), f: Number(await row.getAttribute('data-f')) };
}

test('LSTM ∂c_t/∂c_{t−1}: four terms add up to the autograd diagonal, the second is f_t, the sum ≈ f_t; slow c vs fast h', async ({ page }) => {
  test.setTimeout(240_000);
  const con = watchConsole(page);
  await page.goto('/rnn?word=hellohellohello&gt=3&gfb=3#widget-lstm-derivative');
  const w = page.locator('[data-widget-id="lstm-derivative"]');
  await expect(page.getByTestId('ld-table')).toBeVisible();
  const small = Number(await page.getByTestId('ld-off').getAttribute('data-small'));
  expect(small).toBeGreaterThan(0);
  for (const j of [1, 2, 3]) {
    const u = await unit(page, j);
    expect(u.terms).toHaveLength(4);
    expect(u.terms.reduce((a, b) => a + b, 0)).toBeCloseTo(u.sum, 12);
    expect(u.terms[1]).toBe(u.f);
    // With forget bias 3 the gate is near 1, and the three other terms together move the sum by little.
    expect(u.f).toBeGreaterThan(0.8);
    expect(Math.abs(u.sum - u.f)).toBeLessThanOrEqual(3 * small);
  }
  const first = await unit(page, 1);
  await expect(page.getByTestId('ld-formula')).toContainText(first.sum.toFixed(4).replace(/0+$/, '').replace(/\.$/, ''));
  await w.getByRole('button', { name: /next step/i }).click();
  await expect(page).toHaveURL(/gt=4/);
  await expect.poll(async () => (await unit(page, 1)).sum).not.toBe(first.sum);
  // Step 1: h_0 = 0 does not depend on c_0, so without peepholes only f_1 is left.
  await w.getByRole('button', { name: /first/i }).click();
  await expect(page).not.toHaveURL(/gt=/);
  await expect(page.getByTestId('ld-off')).toHaveAttribute('data-small', '0');
  const u1 = await unit(page, 2);
  expect(u1.sum).toBe(u1.f);
  // Slow c, fast h: one relative change per step from step 2 on, all finite and positive.
  const changes = page.getByTestId('ld-changes');
  for (const key of ['data-dc', 'data-dh']) {
    const v = ((await changes.getAttribute(key)) ?? '').split(',').map(Number);
    expect(v).toHaveLength(14);
    expect(v.every((x) => Number.isFinite(x) && x > 0)).toBe(true);
  }
  await w.screenshot({ path: 'e2e-screenshots/rnn-derivative.png' });
  await expectAccessible(page);
  await page.getByLabel('Language').selectOption('vi');
  await expect(page.getByText('LSTM: ∂cₜ/∂cₜ₋₁ theo từng số hạng, và c chậm so với h nhanh')).toBeVisible();
  con.expectClean();
});
