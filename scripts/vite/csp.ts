import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built app: scripts, workers, data and fonts only from our own origin,
 * no inline scripts, no foreign hosts. Inline *styles* stay allowed because KaTeX writes style attributes.
 * Added at build time only: Vite's dev server injects an inline script of its own.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // WebAssembly compile (the engine's SIMD kernels) needs 'wasm-unsafe-eval'; it does not allow JS eval.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'ga-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}
