import { expect, test } from '@playwright/test';
import { expectAccessible, fieldMessage, numberIn, screenshots, watchConsole } from './helpers';

// The deck's weights, recomputed here independently of the app.
const W = [[0.1, 0.5, 0.1], [0.5, 0.9, 0.3], [0.3, 0.2, 0.1]];
const U = [[0.6, 0.8, 0.4, 0.8], [0.2, 0.2, 0.8, 0.7], [0.9, 0.8, 0.1, 0.2]];
const V = [[0.9, 0.8, 0.3], [0.2, 0.3, 0.4], [0.6, 0.9, 0.1], [0.5, 0.0, 0.3]];
function forward(word: string) {
  const vocab = 'helo';
  let h = [0, 0, 0];
  const out: { a: number[]; h: number[]; y: number[] }[] = [];
  for (let t = 0; t < word.length - 1; t++) {
    const x = vocab.split('').map((c) => (c === word[t] ? 1 : 0));
    const a = W.map((row, i) => row.reduce((s, w, j) => s + w * h[j], 0) + U[i].reduce((s, u, j) => s + u * x[j], 0));
    h = a.map(Math.tanh);
    const z = V.map((row) => row.reduce((s, v, j) => s + v * h[j], 0));
    const e = z.map(Math.exp);
    const sum = e.reduce((p, q) => p + q, 0);
    out.push({ a, h, y: e.map((v) => v / sum) });
  }
  return out;
}
const nums = async (page: import('@playwright/test').Page, id: string) =>
  ((await page.getByTestId(id).textContent()) ?? '').split(',').map((s) => Number(s.replace('\u2212', '-').trim()));

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => { if (!sessionStorage.getItem('seeded')) { localStorage.clear(); sessionStorage.setItem('seeded', '1'); } });
});

test('the hell preset shows the deck numbers and stepping forward/back is exact', async ({ page }) => {
  const con = watchConsole(page);
  await page.goto('/rnn');
  const widget = page.locator('[data-widget-id="hell"]');
  await widget.getByRole('button', { name: 'Lecture example' }).click();
  await expect(page).toHaveURL(/st=2/);
  expect(await nums(page, 'hell-a-1')).toEqual([0.6, 0.2, 0.9]);
  expect((await nums(page, 'hell-h-1')).map((v) => v.toFixed(2))).toEqual(['0.54', '0.20', '0.72']);
  expect((await nums(page, 'hell-y-1')).map((v) => v.toFixed(2))).toEqual(['0.32', '0.21', '0.24', '0.22']);
  await expect(page.getByTestId('hell-h-2')).toHaveText('…');
  const ref = forward('hello');
  await widget.getByRole('button', { name: /last step/i }).click();
  await expect(widget.getByText(/Step 12 of 12/)).toBeVisible();
  for (let t = 1; t <= 4; t++) {
    const y = await nums(page, `hell-y-${t}`);
    y.forEach((v, i) => expect(v).toBeCloseTo(ref[t - 1].y[i], 3));
  }
  const last = await page.getByTestId('hell-formula').textContent();
  await widget.getByRole('button', { name: /previous step/i }).click();
  await expect(page.getByTestId('hell-y-4')).toHaveText('…');
  await widget.getByRole('button', { name: /next step/i }).click();
  await expect.poll(() => page.getByTestId('hell-formula').textContent()).toBe(last);
  // URL round trip: a copied link reproduces the step and the folded picture.
  await page.goto('/rnn?st=4&view=folded');
  await expect(page.locator('[data-widget-id="hell"]').getByText(/Step 5 of 12/)).toBeVisible();
  expect(await nums(page, 'hell-h-2')).toEqual(ref[1].h.map((v) => Number(v.toFixed(3))));
  await expect(page.getByTestId('hell-y-2')).toHaveText('…');
  con.expectClean();
});

test('bad inputs give inline messages and keep the last good values', async ({ page }) => {
  const con = watchConsole(page);
  await page.goto('/rnn?word=hxx&rs=abc&mg=1e999');
  await expect(page.getByRole('status').or(page.locator('.ga-notice')).first()).toBeVisible();
  await page.getByTestId('rnn-word').fill('hex');
  await expect(page.locator('#rnn-word-error')).toContainText('Only the letters');
  await page.getByTestId('rnn-word').fill('');
  await expect(page.locator('#rnn-word-error')).toContainText('at least 2');
  expect((await nums(page, 'hell-a-1'))).toEqual([0.6, 0.2, 0.9]);
  for (const [id, bad] of [['rs', 'abc'], ['rm', ''], ['rl', '1e999'], ['fb', '-50'], ['mg', '-3'], ['ms', '99999999'], ['gseed', 'NaN']] as const) {
    await page.getByTestId(id).fill(bad);
    await expect(await fieldMessage(page, id)).not.toBeEmpty();
  }
  await expect(page.locator('[data-widget-id="reach"] svg path').first()).toBeVisible();
  await expect(page.getByText('NaN')).toHaveCount(0);
  con.expectClean();
});

test('vanishing-gradient plot: RNN curves fall faster than the LSTM', async ({ page }) => {
  await page.goto('/rnn#widget-reach');
  const small = await numberIn(page, 'decay-small');
  const medium = await numberIn(page, 'decay-medium');
  const large = await numberIn(page, 'decay-large');
  const lstm = await numberIn(page, 'decay-lstm');
  expect(small).toBeLessThan(1e-6);
  expect(medium).toBeLessThan(lstm / 10);
  expect(large).toBeGreaterThan(100);
  expect(await numberIn(page, 'decay-forget')).toBeGreaterThan(0.9);
  await expect(page.locator('[data-widget-id="reach"] svg path').nth(4)).toBeVisible();
});

test('LSTM and GRU gate timelines step over the same word', async ({ page }) => {
  await page.goto('/rnn#widget-gates');
  const widget = page.locator('[data-widget-id="gates"]');
  await expect(widget.getByText(/Step 1 of 5/)).toBeVisible();
  const before = await widget.getByTestId('lstm-wires').innerHTML();
  await widget.getByRole('button', { name: /next step/i }).click();
  await expect(page).toHaveURL(/gt=1/);
  await expect.poll(() => widget.getByTestId('lstm-wires').innerHTML()).not.toBe(before);
  const plain2 = await widget.getByTestId('lstm-wires').innerHTML();
  // Peephole: c_0 = 0, so step 1 is unchanged; from step 2 the gates also read c_1 and the numbers change.
  await page.getByTestId('gpp').check();
  await expect(page).toHaveURL(/gpp=1/);
  await expect.poll(() => widget.getByTestId('lstm-wires').innerHTML()).not.toBe(plain2);
  await widget.getByRole('button', { name: /previous step/i }).click();
  await expect.poll(() => widget.getByTestId('lstm-wires').innerHTML()).toBe(before);
  // The pseudo-code: line 5 (Ct = …) is highlighted, Ct is known and ot not yet; the next step executes ot.
  await page.goto('/rnn?lc=4#widget-lstm-code');
  await expect(page.getByTestId('lstm-code')).toHaveAttribute('data-line', '4');
  await expect(page.getByTestId('lstm-code').locator('[aria-current="step"]')).toContainText('Ct = prev_ct * ft + candidate * it');
  await expect(page.getByTestId('code-Ct')).not.toHaveText('…');
  await expect(page.getByTestId('code-ot')).toHaveText('…');
  await page.locator('[data-widget-id="lstm-code"]').getByRole('button', { name: /next step/i }).click();
  await expect(page.getByTestId('lstm-code')).toHaveAttribute('data-line', '5');
  await expect(page.getByTestId('code-ot')).not.toHaveText('…');
});

test('total loss: E = Σ E_t of the hell example and the per-step gradient terms sum to the engine’s', async ({ page }) => {
  await page.goto('/rnn?tp=W#widget-total');
  const ref = forward('hello');
  const losses = ref.map((r, t) => -Math.log(r.y['helo'.indexOf('hello'[t + 1])]));
  const mats = page.getByTestId('total-mats');
  await expect(mats).toHaveAttribute('data-param', 'W');
  expect(Number(await mats.getAttribute('data-total'))).toBeCloseTo(losses.reduce((a, b) => a + b, 0), 10);
  expect(Number(await mats.getAttribute('data-loss'))).toBeCloseTo(losses[0], 10);
  await page.locator('[data-widget-id="total"]').getByRole('button', { name: /last step/i }).click();
  expect(Number(await mats.getAttribute('data-loss'))).toBeCloseTo(losses[3], 10);
  const partial = ((await mats.getAttribute('data-partial')) ?? '').split(',').map(Number);
  const engine = ((await mats.getAttribute('data-engine')) ?? '').split(',').map(Number);
  expect(partial).toHaveLength(9);
  partial.forEach((v, i) => expect(v).toBeCloseTo(engine[i], 10));
});

test('memory task trains in the worker and the LSTM beats the RNN at the longest gap', async ({ page }) => {
  test.setTimeout(300_000); // 300 training steps of three networks, then full-page screenshots: minutes on a busy machine
  const con = watchConsole(page);
  await page.goto('/rnn?ms=300#widget-memory');
  const t0 = Date.now();
  await page.getByTestId('mem-train').click();
  await expect(page.getByTestId('mem-status')).toContainText('300 steps', { timeout: 180_000 });
  await expect(page.getByTestId('mem-status')).not.toContainText('training…');
  const wall = (Date.now() - t0) / 1000;
  const rnn = parseFloat((await page.getByTestId('acc-rnn-40').textContent()) ?? '');
  const lstm = parseFloat((await page.getByTestId('acc-lstm-40').textContent()) ?? '');
  const gru = parseFloat((await page.getByTestId('acc-gru-40').textContent()) ?? '');
  console.log(`memory: 300 steps in ${wall.toFixed(1)} s (page: ${await page.getByTestId('mem-status').textContent()}); gap 40: RNN ${rnn} %, LSTM ${lstm} %, GRU ${gru} %`);
  expect(lstm).toBeGreaterThan(rnn + 20);
  await page.getByTestId('char-train').click();
  await expect(page.getByTestId('char-sample')).toBeVisible({ timeout: 30_000 });
  await page.waitForTimeout(15_000);
  await page.locator('[data-widget-id="chars"]').getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByTestId('char-status')).not.toContainText('training…');
  console.log(`char: ${await page.getByTestId('char-status').textContent()} → ${await page.getByTestId('char-sample').textContent()}`);
  await expectAccessible(page);
  await screenshots(page, 'rnn');
  con.expectClean();
});

test('presenter mode shows one widget and steps with the keyboard', async ({ page }) => {
  await page.goto('/rnn');
  const widget = page.locator('[data-widget-id="hell"]');
  await widget.getByRole('button', { name: /present/i }).click();
  await expect(page.getByTestId('presenter-bar')).toBeVisible();
  await expect(page.locator('[data-widget-id="gates"]')).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/st=1/);
  await page.keyboard.press('End');
  await expect(widget.getByText(/Step 12 of 12/)).toBeVisible();
  await screenshots(page, 'rnn-presenter');
  await page.keyboard.press('p');
  await expect(page.getByTestId('presenter-bar')).toBeHidden();
});
