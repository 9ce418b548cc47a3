import { expect, test, type CDPSession, type Locator, type Page } from '@playwright/test';
import { allWidgetsDrawn, watchConsole } from './helpers';

/**
 * Long run: each lesson's trainer, in turn, is left training with its page open for LONGRUN_SECONDS.
 * The main thread's JS heap after a forced garbage collection (Chrome DevTools Protocol) is sampled at a
 * third of the run and at its end; the later sample may not exceed the earlier one by more than 20 %
 * (plus a small absolute slack, see HEAP_SLACK_BYTES), and the number of dedicated workers must stay the
 * same the whole time. With `npm run soak` (LONGRUN_SECONDS=180) the first sample falls at the start of the
 * second minute and the last at the end of the third, as the issue asks; the CI default (10 s per trainer,
 * about a minute for the whole file) is a short run scaled the same way (first sample after 1/3 of it,
 * last at the end). The dedicated workers' JS heaps are held to the same bound when CDP can reach them;
 * Blink's heap and array-buffer storage are only logged.
 *
 * Trainers with a step limit (the memory race, the character model, word2vec) are restarted as soon as they
 * finish, as a student would; the test checks that training really ran for most of the time.
 */
const SECONDS = Math.max(6, Number(process.env.LONGRUN_SECONDS) || 10);
const MAX_GROWTH = 0.2;
/** Absolute slack on top of the 20 %: the heaps here are small (main thread 8–10 MB, each worker 0.5–4 MB) and a
 *  GC'd heap still moves by a few hundred KB between samples (compiled code, inline caches, string tables, the
 *  React tree of a re-rendered chart, a snapshot in flight), so a tiny heap could fail the 20 % on noise alone;
 *  2 MB is far below what a real leak (one snapshot kept per frame) adds over a run. */
const HEAP_SLACK_BYTES = 2 * 1024 * 1024;
const TICK_MS = 1000;

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => { if (!sessionStorage.getItem('seeded')) { localStorage.clear(); sessionStorage.setItem('seeded', '1'); } });
});

interface Trainer {
  name: string;
  path: string;
  /** Widget kept in view (training runs with the page open and the trainer on screen). */
  widget: string;
  /** Waits until the trainer can start, then starts it. */
  start: (page: Page) => Promise<void>;
  /** Restarts whatever has stopped at its step limit; returns how many restarts it made since the last call. */
  keepAlive: (page: Page) => Promise<number>;
  /** What each trainer of the run shows of its progress (step, time, loss): training is running while every
   *  part keeps changing from one tick to the next. */
  progress: (page: Page) => Promise<string[]>;
}

const widget = (page: Page, id: string) => page.locator(`[data-widget-id="${id}"]`);
const attr = async (l: Locator, name: string) => (await l.getAttribute(name)) ?? '?';
const text = async (l: Locator) => ((await l.textContent()) ?? '?').trim();
/** Clicks `button` if the trainer in `scope` shows no "Pause" button (it stopped); 1 if it did. */
async function restartIfStopped(scope: Locator, button: Locator) {
  if ((await scope.getByRole('button', { name: 'Pause', exact: true }).count()) > 0) return 0;
  await button.click();
  return 1;
}
const noRestart = async () => 0;
/** Presses a trainer's Train button once it is enabled and waits until it has become Pause. */
async function startTraining(page: Page, testId: string, timeout = 20_000) {
  // Once the page has finished drawing: a widget drawn above the button could move it between aim and click.
  await allWidgetsDrawn(page);
  await expect(page.getByTestId(testId)).toBeEnabled({ timeout });
  await page.getByTestId(testId).click();
  await expect(page.getByTestId(testId)).toHaveText(/Pause/);
}

const TRAINERS: Trainer[] = [
  {
    name: 'backprop playground',
    path: '/backprop',
    widget: 'playground',
    start: (page) => startTraining(page, 'pg-play'),
    keepAlive: noRestart, // no step limit: it must never stop by itself
    progress: async (page) => [await attr(page.getByTestId('pg-status'), 'data-step')],
  },
  {
    name: 'CNN on MNIST',
    path: '/cnn',
    widget: 'mnist',
    start: async (page) => {
      await expect(page.getByTestId('mnist-ready')).toBeVisible({ timeout: 30_000 });
      await startTraining(page, 'mnist-train', 30_000);
    },
    keepAlive: noRestart,
    progress: async (page) => [await text(page.getByTestId('mnist-step'))],
  },
  {
    // Both of the lesson's trainers at once: the memory race (its longest allowed run) and the character model;
    // each restarts (Train) when it reaches its step limit.
    name: 'RNN memory race + char model',
    path: '/rnn?ms=5000',
    widget: 'memory',
    start: async (page) => {
      await page.getByTestId('mem-train').click();
      await expect(page.getByTestId('mem-status')).toContainText('training…', { timeout: 30_000 });
      await widget(page, 'chars').scrollIntoViewIfNeeded();
      await page.getByTestId('char-train').click();
      await expect(widget(page, 'chars').getByRole('button', { name: 'Pause', exact: true })).toBeVisible({ timeout: 30_000 });
      await widget(page, 'memory').scrollIntoViewIfNeeded();
    },
    keepAlive: async (page) => (await restartIfStopped(widget(page, 'memory'), page.getByTestId('mem-train')))
      + (await restartIfStopped(widget(page, 'chars'), page.getByTestId('char-train'))),
    progress: async (page) => [await text(page.getByTestId('mem-status')), await text(page.getByTestId('char-status'))],
  },
  {
    name: 'attention alignment',
    path: '/attention',
    widget: 'alignment',
    start: (page) => startTraining(page, 'att-train'),
    keepAlive: noRestart,
    progress: async (page) => [`${await text(page.getByTestId('att-step'))} (exact match ${await attr(page.getByTestId('att-exact'), 'data-value')})`],
  },
  {
    // word2vec reaches its 4000-step limit in about a second, so a script in the page plays the student who
    // presses Reset and Train again as soon as it stops (every 50 ms check), keeping the worker busy.
    name: 'embeddings word2vec',
    path: '/embeddings',
    widget: 'word2vec',
    start: async (page) => {
      await expect(page.getByTestId('w2v-status')).toHaveAttribute('data-step', '0', { timeout: 20_000 });
      await page.getByTestId('w2v-toggle').click();
      await expect(page.getByTestId('w2v-toggle')).toHaveText(/Pause/);
      await page.evaluate(() => {
        const w = window as unknown as { __w2vRestarts: number };
        w.__w2vRestarts = 0;
        const q = (id: string) => document.querySelector<HTMLButtonElement>(`[data-testid="${id}"]`);
        setInterval(() => {
          const toggle = q('w2v-toggle');
          if (!toggle || !/Train/.test(toggle.textContent ?? '') || q('w2v-status')?.getAttribute('data-step') === '0') return;
          q('w2v-reset')?.click();
          toggle.click();
          w.__w2vRestarts += 1;
        }, 50);
      });
    },
    keepAlive: (() => {
      let seen = 0;
      return async (page: Page) => {
        const n = await page.evaluate(() => (window as unknown as { __w2vRestarts: number }).__w2vRestarts);
        const d = n - seen;
        seen = n;
        return d;
      };
    })(),
    progress: async (page) => [await attr(page.getByTestId('w2v-status'), 'data-step')],
  },
];

const MB = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);

interface HeapUsage { usedSize: number; embedderHeapUsedSize?: number; backingStorageSize?: number }
interface HeapSample {
  at: number;
  /** Main thread: JS heap (the figure the test bounds), Blink's heap (DOM, canvas…) and array-buffer storage. */
  js: number; embedder: number; backing: number;
  /** Dedicated workers' JS heaps added up (null if they could not be read), and how many CDP saw. */
  workersJs: number | null; cdpWorkers: number;
}

/**
 * Heap figures over CDP. The page's own session measures the main thread; dedicated workers are reached by
 * auto-attaching to them (non-flattened sessions, messages wrapped in Target.sendMessageToTarget, because
 * Playwright's CDPSession cannot address flattened child sessions).
 */
class HeapProbe {
  private readonly workers = new Map<string, string>();
  private readonly pending = new Map<number, (result: HeapUsage | null) => void>();
  private nextId = 1;
  private constructor(private readonly cdp: CDPSession) {}

  static async open(page: Page) {
    const probe = new HeapProbe(await page.context().newCDPSession(page));
    const { cdp } = probe;
    cdp.on('Target.attachedToTarget', (e) => { if (e.targetInfo.type === 'worker') probe.workers.set(e.sessionId, e.targetInfo.url); });
    cdp.on('Target.detachedFromTarget', (e) => { if (e.sessionId) probe.workers.delete(e.sessionId); });
    cdp.on('Target.receivedMessageFromTarget', (e) => {
      const msg = JSON.parse(e.message) as { id?: number; result?: HeapUsage; error?: unknown };
      const done = msg.id === undefined ? undefined : probe.pending.get(msg.id);
      if (!done) return;
      probe.pending.delete(msg.id!);
      done(msg.result ?? null);
    });
    await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
    return probe;
  }

  get workerCount() { return this.workers.size; }

  private inWorker(sessionId: string, method: string): Promise<HeapUsage | null> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => { this.pending.delete(id); resolve(null); }, 5000);
      this.pending.set(id, (r) => { clearTimeout(timer); resolve(r); });
      this.cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params: {} }) })
        .catch(() => { this.pending.delete(id); clearTimeout(timer); resolve(null); });
    });
  }

  /** Heaps after full garbage collection: the least of three readings (what is really retained). */
  async sample(at: number): Promise<HeapSample> {
    let best: HeapUsage | null = null;
    for (let k = 0; k < 3; k++) {
      await this.cdp.send('HeapProfiler.collectGarbage');
      await this.cdp.send('HeapProfiler.collectGarbage');
      const u = await this.cdp.send('Runtime.getHeapUsage') as HeapUsage;
      if (!best || u.usedSize < best.usedSize) best = u;
      await new Promise((r) => setTimeout(r, 150));
    }
    let workersJs: number | null = 0;
    for (const sessionId of this.workers.keys()) {
      let least: number | null = null;
      for (let k = 0; k < 2; k++) {
        await this.inWorker(sessionId, 'HeapProfiler.collectGarbage');
        const u = await this.inWorker(sessionId, 'Runtime.getHeapUsage');
        if (u) least = least === null ? u.usedSize : Math.min(least, u.usedSize);
      }
      workersJs = least === null || workersJs === null ? null : workersJs + least;
    }
    return {
      at, js: best!.usedSize, embedder: best!.embedderHeapUsedSize ?? NaN, backing: best!.backingStorageSize ?? NaN,
      workersJs, cdpWorkers: this.workers.size,
    };
  }

  detach() { return this.cdp.detach(); }
}

for (const t of TRAINERS) {
  test(`long run: ${t.name} keeps a flat heap and a constant worker count over ${SECONDS} s of training`, async ({ page }) => {
    test.setTimeout(SECONDS * 1000 + 120_000);
    const con = watchConsole(page);
    await page.goto(t.path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await widget(page, t.widget).scrollIntoViewIfNeeded();
    const workersBefore = page.workers().length;
    await t.start(page);
    const probe = await HeapProbe.open(page);

    const t0 = Date.now();
    const firstAt = t0 + (SECONDS * 1000) / 3;
    const endAt = t0 + SECONDS * 1000;
    const workerCounts: number[] = [];
    const samples: HeapSample[] = [];
    let ticks = 0, runningTicks = 0, restarts = 0;
    let previous = await t.progress(page);
    let lastMovingTick = 0;
    const sample = async () => { samples.push(await probe.sample((Date.now() - t0) / 1000)); };
    while (Date.now() < endAt) {
      await page.waitForTimeout(Math.min(TICK_MS, Math.max(0, endAt - Date.now())));
      ticks += 1;
      const now = await t.progress(page);
      if (now.every((p, i) => p !== previous[i])) {
        runningTicks += 1;
        lastMovingTick = ticks;
      }
      previous = now;
      restarts += await t.keepAlive(page);
      workerCounts.push(page.workers().length);
      if (samples.length === 0 && Date.now() >= firstAt) await sample();
      // A middle sample is only logged: it shows the trend in a long soak.
      else if (samples.length === 1 && Date.now() >= t0 + (2 * SECONDS * 1000) / 3) await sample();
    }
    await sample();
    workerCounts.push(page.workers().length);
    await probe.detach();
    const first = samples[0];
    const last = samples[samples.length - 1];
    const growth = (last.js - first.js) / first.js;
    const workerGrowth = first.workersJs !== null && last.workersJs !== null ? (last.workersJs - first.workersJs) / first.workersJs : null;
    const firstWorkers = workerCounts[0];
    console.log(`[longrun] ${t.name}: ${SECONDS} s of training, ${runningTicks}/${ticks} ticks moving, ${restarts} restart(s); now ${(await t.progress(page)).join(' | ')}`);
    console.log(`[longrun] ${t.name}: main JS heap after GC ${samples.map((h) => `${MB(h.js)} MB @${h.at.toFixed(0)} s`).join(' → ')}: `
      + `first ${MB(first.js)} MB → last ${MB(last.js)} MB = ${(100 * growth).toFixed(1)} % (limit ${(100 * MAX_GROWTH).toFixed(0)} % + ${MB(HEAP_SLACK_BYTES)} MB)`);
    console.log(`[longrun] ${t.name}: workers' JS heap ${samples.map((h) => (h.workersJs === null ? 'n/a' : `${MB(h.workersJs)} MB`)).join(' → ')}`
      + `${workerGrowth === null ? '' : ` (${(100 * workerGrowth).toFixed(1)} %)`}; Blink heap ${samples.map((h) => MB(h.embedder)).join(' → ')} MB; `
      + `array buffers ${samples.map((h) => MB(h.backing)).join(' → ')} MB`);
    console.log(`[longrun] ${t.name}: dedicated workers before start ${workersBefore}, during the run ${[...new Set(workerCounts)].join('/')} `
      + `(page.workers(), ${workerCounts.length} readings); CDP auto-attach saw ${samples.map((h) => h.cdpWorkers).join(' → ')}`);

    // Training really ran: its read-out moved on most ticks (a busy 2-core machine can starve a worker for a
    // second now and then, hence not on every one), and still within the last three.
    expect(runningTicks, 'ticks with training moving').toBeGreaterThanOrEqual(Math.floor(ticks * 0.7));
    expect(ticks - lastMovingTick, 'ticks since training last moved').toBeLessThanOrEqual(2);
    // The main thread's JS heap after GC stays flat: at most 20 % (plus the slack) above the first sample.
    expect(last.js, `main JS heap grew ${(100 * growth).toFixed(1)} % (${MB(first.js)} → ${MB(last.js)} MB)`)
      .toBeLessThanOrEqual(first.js * (1 + MAX_GROWTH) + HEAP_SLACK_BYTES);
    // The same bound on the workers' heaps, when CDP could read them.
    if (first.workersJs !== null && last.workersJs !== null && first.cdpWorkers === last.cdpWorkers) {
      expect(last.workersJs, `workers' JS heap grew ${(100 * (workerGrowth ?? 0)).toFixed(1)} %`)
        .toBeLessThanOrEqual(first.workersJs * (1 + MAX_GROWTH) + HEAP_SLACK_BYTES);
    }
    // No worker is created or lost while training runs.
    expect(firstWorkers).toBeGreaterThan(0);
    expect(workerCounts.every((n) => n === firstWorkers), `worker counts seen: ${workerCounts.join(',')}`).toBe(true);
    expect(samples.every((h) => h.cdpWorkers === firstWorkers), `CDP worker counts: ${samples.map((h) => h.cdpWorkers).join(',')}`).toBe(true);
    con.expectClean();
  });
}
