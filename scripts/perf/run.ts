/**
 * `npm run perf`: how fast the production build opens on a weak machine. Serves dist/ (or OUT_DIR, like
 * playwright.config.ts; port PERF_PORT, default 4199) with `vite preview`, opens each route in headless
 * Chromium with 4× CPU throttling and a slow network (1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip),
 * and reports first contentful paint, time to interactive (first widget rendered and then 500 ms without a
 * long task), JavaScript and data transferred. Then, under the same conditions, the time from opening
 * /embeddings to the analogy solver's first answer (the GloVe vectors are downloaded and parsed in a worker).
 * Each route is opened PERF_RUNS times (default 3) and the median run is shown (one open varies by ±0.5 s on
 * a 2-core machine). Prints Markdown tables. PERF_ROUTES=/cnn,/rnn measures only the routes listed.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';

const PORT = Number(process.env.PERF_PORT ?? 4199);
const OUT_DIR = process.env.OUT_DIR ?? 'dist';
const BASE = `http://127.0.0.1:${PORT}`;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SLOW_NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

interface Row { path: string; fcp: number; interactive: number; jsKb: number; dataKb: number; error?: string; range?: [number, number] }

/** Opens of each route (PERF_RUNS, default 3); the table shows the run with the median time to interactive. */
const RUNS = Math.max(1, Number(process.env.PERF_RUNS ?? 3));

/** The middle item of `items` ordered by `value` (the median run). */
function middle<T>(items: readonly T[], value: (item: T) => number): T {
  return [...items].sort((a, b) => value(a) - value(b))[Math.floor(items.length / 2)];
}

/** The weak machine: slow network, cache off, CPU 4× slower (on the page's DevTools session). */
async function throttle(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', SLOW_NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return cdp;
}

async function measure(page: Page, path: string): Promise<Row> {
  const cdp = await throttle(page);
  const sizes = new Map<string, { url: string; bytes: number }>();
  cdp.on('Network.responseReceived', (e) => sizes.set(e.requestId, { url: e.response.url, bytes: 0 }));
  cdp.on('Network.loadingFinished', (e) => { const s = sizes.get(e.requestId); if (s) s.bytes = e.encodedDataLength; });
  await page.addInitScript(() => {
    const w = window as unknown as { lastLongTaskEnd: number };
    w.lastLongTaskEnd = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.lastLongTaskEnd = Math.max(w.lastLongTaskEnd, e.startTime + e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${BASE}${path}`, { waitUntil: 'domcontentloaded' });
  const ready = path === '/' || path === '/about' ? 'main h1' : '[data-widget-id]';
  await page.waitForSelector(ready, { timeout: 120_000 });
  const rendered = await page.evaluate(() => performance.now());
  // Interactive: the page is rendered and the main thread has then been free of long tasks for 500 ms.
  let interactive = rendered;
  for (;;) {
    await page.waitForTimeout(250);
    const [now, last] = await page.evaluate(() => [performance.now(), (window as unknown as { lastLongTaskEnd: number }).lastLongTaskEnd]);
    interactive = Math.max(rendered, last);
    if (now - interactive >= 500 || now > 60_000) break;
  }
  const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
  await page.waitForTimeout(300);
  let js = 0, data = 0;
  for (const s of sizes.values()) {
    if (/\.m?js(\?|$)/.test(s.url)) js += s.bytes;
    else if (s.url.includes('/data/')) data += s.bytes;
  }
  await cdp.detach();
  return { path, fcp, interactive, jsKb: js / 1024, dataKb: data / 1024 };
}

interface GloveDownload { file: string; kb: number; seconds: number }
interface AnalogyTiming { answer: number; word: string; count: string; vectors: GloveDownload[] }

/**
 * Opening /embeddings until the analogy solver shows its first answer (the first ranked row of
 * `analogy-results`), in ms from navigation start, timed in the page by a MutationObserver. The GloVe file
 * is fetched by a dedicated worker, whose requests the page's DevTools session does not report (they are
 * throttled all the same), so the script attaches to the workers (non-flattened sessions, paused at start
 * until their Network domain is on) to time that download (the 3,000-word preview, then the 50k file; the
 * first answer comes from the preview, and the 50k file is usually still on its way). Chromium accepts CPU throttling only for pages:
 * the worker that parses the vectors and answers the query runs at full speed.
 */
async function measureAnalogy(page: Page): Promise<AnalogyTiming> {
  const cdp = await throttle(page);
  const glove = new Map<string, { file: string; start: number; end: number; bytes: number }>();
  let nextId = 1;
  const inWorker = (sessionId: string, method: string) =>
    cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: nextId++, method, params: {} }) }).catch(() => {});
  cdp.on('Target.attachedToTarget', (e) => {
    void inWorker(e.sessionId, 'Network.enable').then(() => inWorker(e.sessionId, 'Runtime.runIfWaitingForDebugger'));
  });
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const msg = JSON.parse(e.message) as { method?: string; params?: { requestId: string; timestamp: number; request?: { url: string }; encodedDataLength?: number } };
    const q = msg.params;
    if (!q) return;
    if (msg.method === 'Network.requestWillBeSent' && q.request?.url.includes('/data/glove')) {
      glove.set(q.requestId, { file: q.request.url.split('/').pop() ?? '?', start: q.timestamp, end: NaN, bytes: NaN });
    }
    const g = glove.get(q.requestId);
    if (msg.method === 'Network.loadingFinished' && g) Object.assign(g, { end: q.timestamp, bytes: q.encodedDataLength });
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });
  // No named function inside: tsx (esbuild keepNames) would wrap it in a __name() call the page lacks.
  await page.addInitScript(() => {
    const w = window as unknown as { firstAnswerAt: number | null };
    w.firstAnswerAt = null;
    new MutationObserver(() => {
      if (w.firstAnswerAt === null && document.querySelector('[data-testid="analogy-results"] tbody tr[data-word]')) w.firstAnswerAt = performance.now();
    }).observe(document, { childList: true, subtree: true, attributes: true });
  });
  await page.goto(`${BASE}/embeddings`, { waitUntil: 'domcontentloaded' });
  const row = page.locator('[data-testid="analogy-results"] tbody tr[data-word]').first();
  await row.waitFor({ timeout: 300_000 });
  const answer = await page.evaluate(() => (window as unknown as { firstAnswerAt: number | null }).firstAnswerAt);
  const word = (await row.getAttribute('data-word')) ?? '?';
  const count = (await page.locator('[data-testid="analogy-results"]').getAttribute('data-count')) ?? '?';
  await cdp.detach();
  const vectors = [...glove.values()].map((g) => ({ file: g.file, kb: g.bytes / 1024, seconds: g.end - g.start }));
  return { answer: answer ?? NaN, word, count, vectors };
}

async function main() {
  if (!existsSync(`${OUT_DIR}/index.html`)) throw new Error(`Build first: npm run build (or set OUT_DIR; looked in ${OUT_DIR}/)`);
  // Its own process group, so that stopping it also stops the vite process npx starts (not only npx).
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort', '--outDir', OUT_DIR], { stdio: 'ignore', detached: true });
  try {
    await new Promise((r) => setTimeout(r, 2500));
    const browser = await chromium.launch({
      ...(existsSync(CHROMIUM) ? { executablePath: CHROMIUM } : {}),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
    const probe = await browser.newPage();
    await probe.goto(`${BASE}/`);
    const paths = ['/', ...(await probe.locator('nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')))
      .filter((h) => h.startsWith('/') && h !== '/')];
    await probe.close();
    // PERF_ROUTES=/cnn,/rnn measures only those routes (and skips the analogy timing unless /embeddings is listed).
    const only = process.env.PERF_ROUTES?.split(',').filter(Boolean);
    const rows: Row[] = [];
    for (const path of [...new Set(paths)].filter((p) => !only || only.includes(p))) {
      const runs: Row[] = [];
      for (let run = 0; run < RUNS; run++) {
        const context = await browser.newContext({ serviceWorkers: 'block' });
        // A route that fails to open is reported in the table rather than ending the run.
        runs.push(await measure(await context.newPage(), path).catch((e: unknown) => ({
          path, fcp: NaN, interactive: NaN, jsKb: NaN, dataKb: NaN, error: (e instanceof Error ? e.message : String(e)).split('\n')[0],
        })));
        await context.close();
      }
      const times = runs.map((r) => r.interactive);
      rows.push(runs.find((r) => r.error) ?? { ...middle(runs, (r) => r.interactive), range: [Math.min(...times), Math.max(...times)] });
    }
    let analogy: AnalogyTiming | null = null;
    let answers: number[] = [];
    if (!only || only.includes('/embeddings')) {
      const timings: AnalogyTiming[] = [];
      for (let run = 0; run < RUNS; run++) {
        const context = await browser.newContext({ serviceWorkers: 'block' });
        timings.push(await measureAnalogy(await context.newPage()));
        await context.close();
      }
      analogy = middle(timings, (t) => t.answer);
      answers = timings.map((t) => t.answer).sort((a, b) => a - b);
    }
    await browser.close();
    const ms = (x: number) => (Number.isFinite(x) ? `${(x / 1000).toFixed(2)} s` : '—');
    console.log(`| route | first contentful paint | interactive (median of ${RUNS}) | fastest – slowest | JS transferred | data transferred |`);
    console.log('|---|---:|---:|---:|---:|---:|');
    for (const r of rows) {
      const range = r.range ? `${ms(r.range[0])} – ${ms(r.range[1])}` : '—';
      console.log(r.error ? `| \`${r.path}\` | — | failed: ${r.error} | — | — | — |`
        : `| \`${r.path}\` | ${ms(r.fcp)} | ${ms(r.interactive)} | ${range} | ${r.jsKb.toFixed(0)} KB | ${r.dataKb.toFixed(0)} KB |`);
    }
    if (!analogy) return;
    console.log('');
    console.log('| measure | time | notes |');
    console.log('|---|---:|---|');
    const vectors = analogy.vectors.length === 0 ? 'GloVe download not seen'
      : analogy.vectors.map((v) => (Number.isFinite(v.kb) ? `${v.file} ${v.kb.toFixed(0)} KB in ${v.seconds.toFixed(2)} s` : `${v.file} still loading`)).join(', ');
    console.log(`| \`/embeddings\`: open → first analogy answer (median of ${answers.length}) | ${ms(analogy.answer)} | runs: ${answers.map(ms).join(", ")}; top word "${analogy.word}" from ${analogy.count} words; ${vectors} |`);
  } finally {
    // vite closes gracefully on SIGTERM and can wait on a lingering connection: SIGKILL what is left after 1 s.
    try { process.kill(-server.pid!, 'SIGTERM'); } catch { server.kill(); }
    await new Promise((r) => setTimeout(r, 1000));
    try { process.kill(-server.pid!, 'SIGKILL'); } catch { /* already gone */ }
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
