export * from './errors.ts';
export * from './fetchProgress.ts';
export * from './gunzip.ts';
export * from './embeddings.ts';
export * from './mnist.ts';

/** URLs of the shipped files (served from public/, so they respect Vite's base path). */
export const DATA_URLS = {
  embeddings: `${import.meta.env?.BASE_URL ?? '/'}data/glove-6b-100d-50k.bin`,
  mnist: `${import.meta.env?.BASE_URL ?? '/'}data/mnist.bin.gz`,
} as const;
