import { expect, test, type Page } from '@playwright/test';
import { statSync } from 'node:fs';
import { expectAccessible, numberIn, screenshots, watchConsole } from './helpers';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => { if (!sessionStorage.getItem('seeded')) { localStorage.clear(); sessionStorage.setItem('seeded', '1'); } });
});

const widget = (page: Page, id: string) => page.locator(`[data-widget-id="${id}"]`);
const num = async (page: Page, sel: string, attr: string) => Number(await page.locator(sel).first().getAttribute(attr));

async function ready(page: Page) {
  await expect(page.getByTestId('spam-ready').first()).toBeVisible({ timeout: 60_000 });
}

/** Precision, recall and F1 shown for a model must follow from its confusion counts. */
async function expectConsistent(page: Page, model: string) {
  const row = `[data-testid="results-table"] tr[data-model="${model}"]`;
  const [tp, fp, fn, tn] = await Promise.all(['data-tp', 'data-fp', 'data-fn', 'data-tn'].map((a) => num(page, row, a)));
  const p = tp / (tp + fp), r = tp / (tp + fn);
  expect(tp + fp + fn + tn).toBe(1209);
  expect(await num(page, row, 'data-precision')).toBeCloseTo(p, 10);
  expect(await num(page, row, 'data-recall')).toBeCloseTo(r, 10);
  expect(await num(page, row, 'data-f1')).toBeCloseTo((2 * p * r) / (p + r), 10);
  expect(await num(page, row, 'data-accuracy')).toBeCloseTo((tp + tn) / 1209, 10);
  const cells = await page.locator(row).locator('td').allTextContents();
  const shown = (i: number) => Number(cells[i].replace('\u00a0%', ''));
  expect(Math.abs(shown(1) - 100 * p)).toBeLessThanOrEqual(0.05);
  expect(Math.abs(shown(2) - 100 * r)).toBeLessThanOrEqual(0.05);
  expect(Math.abs(shown(3) - (200 * p * r) / (p + r))).toBeLessThanOrEqual(0.05);
  return { tp, fp, fn, tn, accuracy: (tp + tn) / 1209, precision: p, recall: r, f1: (2 * p * r) / (p + r) };
}

test('data loads with its size; Naive Bayes ≥ 95 % on the test mails; phishing is spam; exact stepping; bad input', async ({ page }) => {
  const con = watchConsole(page);
  await page.goto('/text-classification');
  await ready(page);
  const bytes = await num(page, '[data-testid="spam-ready"]', 'data-bytes');
  // The committed file's size: what crossed the network, whether or not the server re-encoded it.
  expect(bytes).toBe(statSync('public/data/spam-assassin.bin.gz').size);
  await expect(page.getByTestId('spam-ready').first()).toContainText(`${Math.round(bytes / 1024)} KiB`);
  const nb = await expectConsistent(page, 'nb');
  expect(nb.accuracy).toBeGreaterThanOrEqual(0.95);
  // The confusion matrix shows the same counts: spam row (TP, FN), ham row (FP, TN).
  const matrix = page.getByTestId('confusion').locator('[role="img"], svg').first();
  await expect(page.getByTestId('confusion')).toHaveAttribute('data-tp', String(nb.tp));
  await expect(matrix).toContainText(String(nb.fn));
  expect(await page.getByTestId('confusion').getAttribute('data-tn')).toBe(String(nb.tn));
  console.log(`NB test: ${JSON.stringify(nb)}; transfer ${bytes} B; first answer after ${await num(page, '[data-testid="spam-ready"]', 'data-seconds')} s`);

  // The lecture's phishing mail, stepped word by word.
  const w = widget(page, 'nb');
  const status = w.getByTestId('step-status');
  await expect(status).toHaveText(/^Step 1 of \d+/);
  const n = Number((await status.textContent())!.match(/of (\d+)/)![1]);
  const next = w.getByRole('button', { name: /next step/i });
  const prev = w.getByRole('button', { name: /previous step/i });
  for (let i = 0; i < 5; i++) await next.click();
  await expect(status).toHaveText(new RegExp(`^Step 6 of ${n}`));
  const at5 = await w.getByTestId('nb-score').getAttribute('data-value');
  for (let i = 0; i < 3; i++) await next.click();
  await expect(status).toHaveText(new RegExp(`^Step 9 of ${n}`));
  expect(await w.getByTestId('nb-score').getAttribute('data-value')).not.toBe(at5);
  for (let i = 0; i < 3; i++) await prev.click();
  await expect(status).toHaveText(new RegExp(`^Step 6 of ${n}`));
  expect(await w.getByTestId('nb-score').getAttribute('data-value')).toBe(at5);
  await w.getByRole('button', { name: /last step/i }).click();
  await expect(w.getByTestId('nb-class')).toHaveText('spam');
  expect(await numberIn(page, 'nb-score')).toBeGreaterThan(0);
  const good = await w.getByTestId('nb-score').getAttribute('data-value');
  // The deck's version with its From/Date/To lines: header words the training mails never had flip it to ham.
  await w.getByTestId('nb-preset').selectOption('phishingHeaders');
  await w.getByRole('button', { name: /last step/i }).click();
  await expect(w.getByTestId('nb-class')).toHaveText('ham');
  await w.getByTestId('nb-preset').selectOption('phishing');
  await w.getByRole('button', { name: /last step/i }).click();
  await expect(w.getByTestId('nb-class')).toHaveText('spam');

  // Bad input: a message each time, the last good text kept, nothing crashes.
  const box = w.getByTestId('nb-text');
  const bad: [string, RegExp][] = [
    ['', /empty/],
    ['spam '.repeat(20_000), /longer than 20,000/],
    ['\u0000\u0001\u0002\u0003PK\u0004\u0005\u0006\u0007\u0008\u000e\u000f\u0010'.repeat(50), /binary/],
    ['??? ... --- ***', /no word/],
  ];
  for (const [text, msg] of bad) {
    await box.fill(text);
    await expect(w.getByTestId('nb-problem')).toContainText(msg);
    await expect(w.getByTestId('nb-class')).toHaveText('spam');
    expect(await w.getByTestId('nb-score').getAttribute('data-value')).toBe(good);
  }
  await box.fill('zzqxv wqprt xxyyzzk');
  await expect(w.getByTestId('nb-problem')).toContainText(/None of these words/);
  await expect(w.getByTestId('nb-score')).toHaveText(/^[−-]?\d/);
  // A real mail from the test split and the vocabulary search.
  await box.fill('Meeting notes from the Linux user group, patch attached');
  await w.getByRole('button', { name: /last step/i }).click();
  await expect(w.getByTestId('nb-class')).toHaveText('ham');
  await w.getByTestId('counts-search').fill('viagra');
  await expect(w.getByTestId('counts-table').locator('tr[data-word="viagra"]')).toHaveCount(1);
  // The threshold trades precision for recall.
  await page.goto('/text-classification?th=0.99&enc=bogus&ns=-4');
  await ready(page);
  await expect(page.getByTestId('url-notice')).toBeVisible();
  const strict = await expectConsistent(page, 'nb');
  expect(strict.precision).toBeGreaterThanOrEqual(nb.precision);
  expect(strict.recall).toBeLessThanOrEqual(nb.recall);
  con.expectClean();
});

test('a neural classifier trains in the worker to ≥ 95 % test accuracy and joins the comparison', async ({ page }) => {
  const con = watchConsole(page);
  await page.goto('/text-classification?enc=mean');
  await ready(page);
  const w = widget(page, 'neural');
  await expect(w.getByTestId('tc-step')).toHaveText('0');
  await w.getByTestId('tc-train').click();
  await expect.poll(async () => Number(await w.getByTestId('tc-acc').getAttribute('data-value')), { timeout: 150_000, intervals: [1000] })
    .toBeGreaterThanOrEqual(0.95);
  await w.getByTestId('tc-train').click();
  await expect(w.getByTestId('tc-train')).toHaveText('Train');
  const seconds = await num(page, '[data-testid="tc-95"]', 'data-value');
  await w.screenshot({ path: 'e2e-screenshots/text-classification-neural.png' });
  await widget(page, 'results').screenshot({ path: 'e2e-screenshots/text-classification-results.png' });
  const mean = await expectConsistent(page, 'mean');
  // The table shows the last evaluation (taken at the pause): the same number as the trainer's read-out.
  expect(mean.accuracy).toBeCloseTo(Number(await w.getByTestId('tc-acc').getAttribute('data-value')), 10);
  expect(mean.accuracy).toBeGreaterThan(0.9);
  console.log(`mean+MLP test: ${JSON.stringify(mean)}; 95 % after ${seconds} s of training`);
  // Every model answers the student's text at once.
  const yours = widget(page, 'yours');
  await expect(yours.getByTestId('yt-table').locator('tr[data-model]')).toHaveCount(2);
  const pMean = await num(page, '[data-testid="yt-table"] tr[data-model="mean"]', 'data-p');
  expect(pMean).toBeGreaterThan(0.5);
  await yours.getByTestId('yt-text').fill('');
  await expect(yours.getByTestId('yt-problem')).toContainText(/empty/);
  expect(await num(page, '[data-testid="yt-table"] tr[data-model="mean"]', 'data-p')).toBe(pMean);
  con.expectClean();
});

test('tf-idf, exercises, axe, Vietnamese, presenter layouts and screenshots', async ({ page }) => {
  const con = watchConsole(page);
  await page.goto('/text-classification');
  await ready(page);
  const tf = widget(page, 'tfidf');
  await tf.getByTestId('tf-tb').fill('Click the link below to claim your free prize');
  await expect(tf.getByTestId('tf-cos')).toHaveText('1');
  await tf.getByTestId('tf-tb').fill('Please find the meeting notes attached');
  const cos = Number(await tf.getByTestId('tf-cos').getAttribute('data-value'));
  expect(cos).toBeGreaterThanOrEqual(0);
  expect(cos).toBeLessThan(0.3);
  // Exercise: the engine's score of "free prize meeting" from the given table.
  const ex = widget(page, 'exercises');
  const prior = Math.log(40 / 60);
  const llr = (s: number, h: number) => Math.log(((s + 1) / 70) / ((h + 1) / 100));
  const score = prior + llr(8, 2) + llr(4, 1) + llr(1, 9);
  await ex.locator('input').first().fill(score.toFixed(3));
  await ex.getByRole('button', { name: /check/i }).first().click();
  await expect(ex.getByText(/correct/i).first()).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, 'text-classification');
  await page.setViewportSize({ width: 1280, height: 900 });
  await widget(page, 'nb').getByRole('button', { name: /last step/i }).click();
  await widget(page, 'nb').screenshot({ path: 'e2e-screenshots/text-classification-nb.png' });
  await tf.screenshot({ path: 'e2e-screenshots/text-classification-tfidf.png' });
  // Presenter mode on the Naive Bayes stepper: keys step it.
  for (const [width, height] of [[1920, 1080], [1280, 720]] as const) {
    await page.setViewportSize({ width, height });
    await widget(page, 'nb').getByRole('button', { name: /present/i }).click();
    await expect(page.getByTestId('presenter-bar')).toBeVisible();
    await expect(widget(page, 'neural')).toBeHidden();
    await page.keyboard.press('End');
    await expect(widget(page, 'nb').getByTestId('nb-class')).toHaveText('spam');
    await page.screenshot({ path: `e2e-screenshots/text-classification-presenter-${width}x${height}.png` });
    await page.keyboard.press('p');
    await expect(widget(page, 'neural')).toBeVisible();
  }
  // Vietnamese: the lesson in the other language, no English left in its headings.
  await page.getByTestId('lang-select').selectOption('vi');
  await expect(page.getByRole('heading', { name: 'Naive Bayes, từng từ một' })).toBeVisible();
  await expect(page.getByTestId('spam-ready').first()).toContainText('thư huấn luyện');
  await page.screenshot({ path: 'e2e-screenshots/text-classification-vi-1280x720.png', fullPage: false });
  con.expectClean();
});
