import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * The course built for a sub-path (`BASE_PATH=/dl/`, into dist-sub/) and served under it, as a university
 * would host it at /~lecturer/dl/. Run by `npm run test:subpath` after `npm run build:subpath`.
 */
const port = Number(process.env.E2E_SUBPATH_PORT ?? 4180);
export const SUBPATH = '/dl/';

export default defineConfig({
  ...base,
  testMatch: 'subpath.spec.ts',
  testIgnore: [],
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}${SUBPATH}` },
  projects: base.projects?.map((p) => ({ ...p, use: { ...p.use, baseURL: `http://127.0.0.1:${port}${SUBPATH}` } })),
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir dist-sub`,
    env: { BASE_PATH: SUBPATH },
    url: `http://127.0.0.1:${port}${SUBPATH}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
