/**
 * `npm run perf`: how fast the production build opens on a weak machine. Serves dist/ with `vite preview`,
 * opens each route in headless Chromium with 4× CPU throttling and a slow network (1.6 Mbit/s down,
 * 750 kbit/s up, 150 ms round trip), and reports first contentful paint, time to interactive (first widget
 * rendered and then 500 ms without a long task), JavaScript and data transferred. Prints a Markdown table.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';

const PORT = 4199;
const BASE = `http://127.0.0.1:${PORT}`;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SLOW_NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

interface Row { path: string; fcp: number; interactive: number; jsKb: number; dataKb: number }

async function measure(page: Page, path: string): Promise<Row> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', SLOW_NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
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

async function main() {
  if (!existsSync('dist/index.html')) throw new Error('Build first: npm run build');
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore' });
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
    const rows: Row[] = [];
    for (const path of [...new Set(paths)]) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      rows.push(await measure(await context.newPage(), path));
      await context.close();
    }
    await browser.close();
    const ms = (x: number) => (Number.isFinite(x) ? `${(x / 1000).toFixed(2)} s` : '—');
    console.log('| route | first contentful paint | interactive | JS transferred | data transferred |');
    console.log('|---|---:|---:|---:|---:|');
    for (const r of rows) console.log(`| \`${r.path}\` | ${ms(r.fcp)} | ${ms(r.interactive)} | ${r.jsKb.toFixed(0)} KB | ${r.dataKb.toFixed(0)} KB |`);
  } finally {
    server.kill();
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
