/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicy } from './scripts/vite/csp.ts';
import { routePreload } from './scripts/vite/routePreload.ts';

/**
 * Where the built course will be hosted: `/` by default, or a sub-path such as `/~lecturer/dl/` given as
 * `BASE_PATH=/~lecturer/dl/ npm run build` (slashes added where missing). Links, data files, workers and the
 * service worker's scope all follow it.
 */
function basePath(raw = process.env.BASE_PATH ?? '/'): string {
  if (/[?#\s]/.test(raw)) throw new Error(`BASE_PATH must be a plain path such as /dl/, not ${JSON.stringify(raw)}`);
  return `/${raw}/`.replace(/\/{2,}/g, '/');
}

export default defineConfig({
  base: basePath(),
  plugins: [
    react(),
    contentSecurityPolicy(),
    routePreload(),
    VitePWA({
      // The page asks before switching to a new version (an instructor mid-lecture must not be surprised).
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Gradient Atlas',
        short_name: 'Gradient Atlas',
        description: 'An interactive visual course on deep learning',
        theme_color: '#1f5fbf',
        background_color: '#ffffff',
        display: 'standalone',
        icons: [],
      },
      workbox: {
        // App shell and every lesson chunk are precached; data files are cached on first use.
        globPatterns: ['**/*.{js,css,html,svg,woff2,woff,ttf}'],
        navigateFallback: 'index.html',
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        runtimeCaching: [
          {
            urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.includes('/data/'),
            handler: 'CacheFirst',
            options: { cacheName: 'ga-data', expiration: { maxEntries: 20 } },
          },
        ],
      },
    }),
  ],
  worker: { format: 'es' },
  build: { target: 'es2022', outDir: process.env.OUT_DIR ?? 'dist', sourcemap: false, manifest: true, chunkSizeWarningLimit: 600 },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    testTimeout: 30_000,
    globalSetup: ['scripts/vite/wasmSetup.ts'],
  },
});
