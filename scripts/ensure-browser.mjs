// Makes sure a Chromium exists for the Playwright e2e tests.
// Order: $CHROMIUM_PATH, Debian's /usr/bin/chromium (installed with apt-get when we are root),
// otherwise Playwright's own browser (`npx playwright install chromium`, on machines that can download it).
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const wanted = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(wanted)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
let hasApt = false;
try { execSync('command -v apt-get', { stdio: 'ignore' }); hasApt = true; } catch { /* no apt */ }

if (isRoot && hasApt) {
  console.log('[ensure-browser] installing Debian chromium with apt-get…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium', {
    stdio: 'inherit',
    shell: '/bin/bash',
  });
  process.exit(0);
}
console.log('[ensure-browser] no system Chromium found; trying Playwright\'s own browser…');
try {
  execSync('npx playwright install chromium', { stdio: 'inherit' });
} catch {
  console.error('[ensure-browser] Could not get a browser. Install Chromium (e.g. `sudo apt-get install chromium`) ' +
    'or run `npx playwright install chromium`, or set CHROMIUM_PATH.');
  process.exit(1);
}
