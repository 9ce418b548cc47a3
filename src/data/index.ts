export * from './errors.ts';
export * from './fetchProgress.ts';
export * from './gunzip.ts';
export * from './embeddings.ts';
export * from './gloveText.ts';
export * from './mnist.ts';
export * from './spam.ts';
export * from './brown.ts';

/** URLs of the shipped files (served from public/, so they respect Vite's base path). */
export const DATA_URLS = {
  embeddings: `${import.meta.env?.BASE_URL ?? '/'}data/glove-6b-100d-50k.bin`,
  /** The first 3,000 rows (most frequent words) of the 50k file, byte for byte: loaded first, for a quick first answer. */
  embeddingsPreview: `${import.meta.env?.BASE_URL ?? '/'}data/glove-6b-100d-3k.bin`,
  mnist: `${import.meta.env?.BASE_URL ?? '/'}data/mnist.bin.gz`,
  spam: `${import.meta.env?.BASE_URL ?? '/'}data/spam-assassin.bin.gz`,
  brown: `${import.meta.env?.BASE_URL ?? '/'}data/brown.txt.gz`,
} as const;

/** Rows in the shipped embedding files (see scripts/data/derive-embeddings.mjs). */
export const EMBEDDING_ROWS = { full: 50_000, preview: 3_000 } as const;
