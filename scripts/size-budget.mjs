// Size budget of the production build (run after `vite build`): gzip size of the JavaScript that the
// home route loads, and of what each lesson adds on top of it. Data files in public/ are not counted.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const HOME_BUDGET_KB = 200;
// 150 KB until 2026-12-02; 160 since the engine's WebAssembly kernels (about 4 KB gzip, in every lesson that
// uses the engine) and the deck audit's widgets landed; 170 since the kernels for ReLU, pooling and top-k
// (backend chunk 4 → 5.4 KB) and the shared engine/viz chunks split finer (each gzipped alone). About 107 KB
// of every lesson is KaTeX and the shared UI/d3 chunk. What students feel is the opening time: `npm run perf`.
const LESSON_BUDGET_KB = 170;
const outDir = process.env.OUT_DIR ?? 'dist';
const manifest = JSON.parse(readFileSync(`${outDir}/.vite/manifest.json`, 'utf8'));

const gz = (file) => gzipSync(readFileSync(`${outDir}/${file}`), { level: 9 }).length / 1024;

/** Every chunk key reachable from `key` through static imports. */
function closure(key, seen = new Set()) {
  const stack = [key];
  while (stack.length) {
    const k = stack.pop();
    if (seen.has(k)) continue;
    seen.add(k);
    for (const dep of manifest[k].imports ?? []) stack.push(dep);
  }
  return seen;
}

const sizeOf = (keys) => [...keys].filter((k) => manifest[k].file.endsWith('.js')).reduce((s, k) => s + gz(manifest[k].file), 0);

const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
const home = closure(entry);
const homeKb = sizeOf(home);
let failed = homeKb > HOME_BUDGET_KB;
console.log(`home route JS: ${homeKb.toFixed(1)} KB gzip (budget ${HOME_BUDGET_KB} KB)${homeKb > HOME_BUDGET_KB ? '  OVER BUDGET' : ''}`);

const lessons = Object.keys(manifest).filter((k) => k.startsWith('src/lessons/') && manifest[k].isDynamicEntry);
for (const key of lessons.sort()) {
  const extra = new Set([...closure(key)].filter((k) => !home.has(k)));
  const kb = sizeOf(extra);
  const over = kb > LESSON_BUDGET_KB;
  failed ||= over;
  console.log(`lesson ${key.split('/')[2]}: ${kb.toFixed(1)} KB gzip beyond the home route (budget ${LESSON_BUDGET_KB} KB)${over ? '  OVER BUDGET' : ''}`);
}
if (failed) {
  console.error('size budget exceeded');
  process.exit(1);
}
