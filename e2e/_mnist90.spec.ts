import { expect, test } from '@playwright/test';
test('mnist 90', async ({ page }) => {
  test.setTimeout(200_000);
  await page.goto('/cnn');
  await expect(page.getByTestId('mnist-acc')).toBeVisible({ timeout: 60_000 });
  await page.getByTestId('mnist-train').click();
  await expect(page.getByTestId('mnist-90')).toBeVisible({ timeout: 180_000 });
  console.log('MNIST90', await page.getByTestId('mnist-90').textContent(), 'step', await page.getByTestId('mnist-step').textContent());
});
