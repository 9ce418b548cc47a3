import { expect, test } from '@playwright/test';
import { expectAccessible, fieldMessage, numberIn, screenshots, watchConsole } from './helpers';

// Independent re-computation of the preset (h₁ = [1,0], h₂ = [0.6,0.8], h₃ = [−0.5,0.5], s = [0.8,0.6]).
const H = [[1, 0], [0.6, 0.8], [-0.5, 0.5]];
const S = [0.8, 0.6];
const W = [[1, 0.5], [0, 1]];
const W1 = [[1, 0, 0, 1], [0, 1, 1, 0]];
const w2 = [1, -1];
const dot = (a: number[], b: number[]) => a.reduce((t, v, i) => t + v * b[i], 0);
const expected = {
  dot: H.map((h) => dot(h, S)),
  scaledDot: H.map((h) => dot(h, S) / Math.SQRT2),
  bilinear: H.map((h) => dot(h, W.map((row) => dot(row, S)))),
  mlp: H.map((h) => dot(w2, W1.map((row) => Math.tanh(dot(row, [...h, ...S]))))),
  cosine: H.map((h) => dot(h, S) / Math.hypot(...h) / Math.hypot(...S)),
};

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => { if (!sessionStorage.getItem('seeded')) { localStorage.clear(); sessionStorage.setItem('seeded', '1'); } });
});

test('score functions show the values computed independently; α sums to 1; stepping is exact', async ({ page }) => {
  const con = watchConsole(page);
  await page.goto('/attention');
  for (const [kind, values] of Object.entries(expected)) {
    for (let i = 0; i < 3; i++) {
      const v = Number(await page.getByTestId(`score-${kind}-${i}`).getAttribute('data-value'));
      expect(v, `${kind} e${i + 1}`).toBeCloseTo(values[i], 10);
    }
  }
  const e = expected.dot.map(Math.exp);
  const z = e.reduce((a, b) => a + b, 0);
  for (let i = 0; i < 3; i++) expect(Number(await page.getByTestId(`alpha-${i}`).getAttribute('data-value'))).toBeCloseTo(e[i] / z, 10);
  expect(Number(await page.getByTestId('alpha-sum').getAttribute('data-value'))).toBeCloseTo(1, 12);
  const widget = page.locator('[data-widget-id="scores"]');
  await widget.getByRole('button', { name: /first/i }).click();
  await expect(widget.getByText(/Step 1 of 3/)).toBeVisible();
  await expect(page.getByTestId('alpha-0')).toHaveCount(0);
  await widget.getByRole('button', { name: /forward|next/i }).first().click();
  await expect(widget.getByText(/Step 2 of 3/)).toBeVisible();
  expect(Number(await page.getByTestId('alpha-1').getAttribute('data-value'))).toBeCloseTo(e[1] / z, 10);
  await expect(page).toHaveURL(/sst=1/);
  // Edit a vector: scores follow; bad input keeps the last good value.
  const dot1 = async () => Number(await page.getByTestId('score-dot-1').getAttribute('data-value'));
  await page.getByTestId('s-0').fill('0');
  await expect.poll(dot1).toBeCloseTo(0.48, 10);
  for (const bad of ['', 'abc', '1e999']) {
    await page.getByTestId('s-0').fill(bad);
    await expect(await fieldMessage(page, 's-0')).not.toHaveText('');
    expect(await dot1()).toBeCloseTo(0.48, 10);
  }
  // URL round trip.
  await page.getByTestId('s-0').fill('0');
  const url = page.url();
  await page.goto(url);
  await expect.poll(dot1).toBeCloseTo(0.48, 10);
  // Deck 003: c⁰ = 0.5h¹ + 0.5h², and the same read as softmax(QKᵀ)V.
  await page.getByTestId('deck-c0').click();
  for (const i of [0, 1]) expect(Number(await page.getByTestId(`alpha-${i}`).getAttribute('data-value'))).toBeCloseTo(0.5, 6);
  expect(Number(await page.getByTestId('alpha-2').getAttribute('data-value'))).toBeCloseTo(Math.exp(-16) / (2 + Math.exp(-16)), 12);
  await expect(page.getByTestId('qkv')).toBeVisible();
  // Layer norm of [1, 2, 3, 4].
  await page.locator('[data-widget-id="layer-norm"]').scrollIntoViewIfNeeded();
  const ln = page.getByTestId('ln-out');
  await expect(ln).toHaveAttribute('data-mean', '2.5');
  await expect(ln).toHaveAttribute('data-variance', '1.25');
  const out = ((await ln.getAttribute('data-out')) ?? '').split(',').map(Number);
  [-3, -1, 1, 3].forEach((k, i) => expect(out[i]).toBeCloseTo(k / 2 / Math.sqrt(1.25 + 1e-5), 10));
  await page.goto('/attention?sk=nope');
  await expect(page.getByTestId('url-notice')).toContainText('sk');
  con.expectClean();
});

test('self-attention, saturation, multi-head and causal mask render with rows summing to 1', async ({ page }) => {
  test.setTimeout(300_000); // the whole-page axe scan alone can take minutes on a loaded machine
  const con = watchConsole(page);
  await page.goto('/attention?sa=animal&sac=1&sast=4');
  const sums = ((await page.getByTestId('self-rowsums').textContent()) ?? '').split(',').map(Number);
  expect(sums).toHaveLength(11);
  for (const s of sums) expect(s).toBeCloseTo(1, 4);
  await expect(page.getByTestId('self-A').locator('[data-value]').first()).toBeVisible();
  await page.getByTestId('sat-dk').fill('512');
  const sat = page.getByTestId('sat-readout');
  await expect(sat).toContainText('√d_k = 22.63');
  expect(Number(await sat.getAttribute('data-max-raw'))).toBeGreaterThan(Number(await sat.getAttribute('data-max-scaled')));
  await page.getByTestId('sat-dk').fill('-3');
  await expect(await fieldMessage(page, 'sat-dk')).not.toHaveText('');
  const mh = page.locator('[data-widget-id="multi-head"]');
  await mh.getByRole('group', { name: 'Heads h' }).getByRole('radio', { name: '8', exact: true }).dispatchEvent('click');
  await expect(page.getByTestId('mh-heads').locator('figure')).toHaveCount(8);
  await mh.getByRole('group', { name: 'Head', exact: true }).getByRole('radio', { name: '3', exact: true }).dispatchEvent('click');
  await expect(page.getByTestId('mh-selected')).toHaveAttribute('data-head', '2');
  await page.getByTestId('mh-causal').dispatchEvent('click');
  await expect(page).toHaveURL(/mhc=1/);
  await page.getByRole('button', { name: 'Lecture preset (1000, 1000, 3)' }).click();
  for (const [row, flops] of [['self', 4e9], ['rnn', 16e9], ['conv', 6e9]] as const) {
    await expect(page.getByTestId(`cost-${row}`)).toHaveAttribute('data-value', String(flops));
  }
  await page.getByTestId('cost-n').fill('2000');
  await expect(page.getByTestId('cost-self')).toHaveAttribute('data-value', String(4 * 2000 * 2000 * 1000));
  await page.getByTestId('cost-n').fill('99999999999');
  await expect(await fieldMessage(page, 'cost-n')).not.toHaveText('');
  await page.keyboard.press('Escape');
  await expectAccessible(page);
  con.expectClean();
});

test('the encoder–decoder trains to ≥ 80 % exact match, aligns, and translates the student’s input', async ({ page }) => {
  test.setTimeout(600_000);
  const con = watchConsole(page);
  await page.goto('/attention?tin=4096');
  const trainer = page.locator('[data-widget-id="alignment"]');
  await trainer.scrollIntoViewIfNeeded();
  await expect(page.getByTestId('att-train')).toBeEnabled({ timeout: 60_000 });
  const t0 = Date.now();
  await page.getByTestId('att-train').click();
  await expect.poll(async () => Number(await page.getByTestId('att-exact').getAttribute('data-value')), { timeout: 240_000, intervals: [1000] })
    .toBeGreaterThanOrEqual(0.8);
  const wall = (Date.now() - t0) / 1000;
  const trained = await numberIn(page, 'att-seconds');
  const em = Number(await page.getByTestId('att-exact').getAttribute('data-value'));
  test.info().annotations.push({ type: 'benchmark', description: `exact match ${em} after ${trained} s of training (${wall.toFixed(1)} s wall)` });
  console.warn(`BENCHMARK exact match ${em} after ${trained} s training, ${wall.toFixed(1)} s wall`);
  // At 80 % exact match one input in five still comes out wrong: train on (still live) to 97 % before asking
  // about one particular input the model never saw.
  await expect.poll(async () => Number(await page.getByTestId('att-exact').getAttribute('data-value')), { timeout: 180_000, intervals: [1000] })
    .toBeGreaterThanOrEqual(0.97);
  await page.getByTestId('att-train').click(); // pause
  const sample = page.getByTestId('att-sample');
  const rows = Number(await sample.getAttribute('data-rows'));
  expect(Number(await sample.getAttribute('data-on-alignment'))).toBeGreaterThanOrEqual(rows - 1);
  // The student's own input (never in the data: the test set and training set are seeded; 4096 is just typed).
  await expect(page.getByTestId('att-own')).toHaveAttribute('data-output', '6904');
  await expect(page.getByTestId('att-own')).toHaveAttribute('data-on-alignment', '4');
  for (const [text, msg] of [['', /at least one digit/], ['12345678901', /At most 10/], ['12a4', /“a”/]] as const) {
    await page.getByTestId('att-input').fill(text);
    await expect(page.getByTestId('att-input-msg')).toHaveText(msg);
    await expect(page.getByTestId('att-own')).toHaveCount(0);
  }
  await page.getByTestId('att-input').fill('27182');
  await expect(page.getByTestId('att-own-output')).toHaveText(/^\d{5}$/);
  // Beam search on the same trained weights: width 3 (default) finds 6904 with P ≥ greedy's; width 1 is greedy.
  await page.locator('[data-widget-id="beam"]').scrollIntoViewIfNeeded();
  const beam = page.getByTestId('beam-summary');
  await expect(beam).toHaveAttribute('data-beam', '6904');
  await expect(beam).toHaveAttribute('data-greedy', '6904');
  const beamP = Number(await beam.getAttribute('data-beam-p'));
  expect(beamP).toBeGreaterThan(0.5);
  expect(beamP).toBeGreaterThanOrEqual(Number(await beam.getAttribute('data-greedy-p')) - 1e-12);
  expect(Number(await page.getByTestId('beam-row-0').getAttribute('data-p'))).toBeCloseTo(beamP, 12);
  await expect(page.getByTestId('beam-table').locator('tbody tr.ga-table__current')).toHaveCount(3);
  await page.locator('[data-widget-id="beam"]').getByRole('group', { name: 'Beam width k' }).getByRole('radio', { name: '1', exact: true }).dispatchEvent('click');
  await expect(page).toHaveURL(/bw=1/);
  await expect(page.getByTestId('beam-table').locator('tbody tr.ga-table__current')).toHaveCount(1);
  await expectAccessible(page);
  await screenshots(page, 'attention');
  con.expectClean();
});

test('presenter mode shows one widget full-screen and its stepper takes the keyboard', async ({ page }) => {
  await page.goto('/attention');
  await page.locator('[data-widget-id="scores"] h2').click();
  await page.keyboard.press('p');
  await expect(page.getByTestId('presenter-bar')).toBeVisible();
  await expect(page.locator('.ga-prose').first()).toBeHidden();
  await page.keyboard.press('Home');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: 'e2e-screenshots/attention-presenter-1920x1080.png' });
  await page.keyboard.press('p');
  await expect(page.getByTestId('presenter-bar')).toBeHidden();
});
