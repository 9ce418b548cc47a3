/** Vitest global setup: builds the engine's WebAssembly kernels first, so `npx vitest run` works on a fresh clone. */
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build-wasm.mjs'], { stdio: 'inherit' });
}
