import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DataError } from './errors.ts';
import { encodeMnistBin, loadMnist, MNIST_HEADER_BYTES, parseMnistBin } from './mnist.ts';

const ROWS = 3, COLS = 2, COUNT = 5, TRAIN = 3;
const images = Uint8Array.from({ length: COUNT * ROWS * COLS }, (_, i) => (i * 37) % 256);
const labels = Uint8Array.from([3, 1, 4, 1, 5]);
const bin = encodeMnistBin(images, labels, ROWS, COLS, TRAIN);

function expectDataError(fn: () => unknown, code: string, fields: Record<string, unknown> = {}) {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(DataError);
  expect(caught).toMatchObject({ code, ...fields });
}

const patched = (offset: number, value: number) => {
  const copy = bin.slice();
  new DataView(copy.buffer).setUint32(offset, value, true);
  return copy;
};

describe('mnist binary (mnist.bin.gz once decompressed)', () => {
  it('round-trips and splits train/test', () => {
    expect(bin.byteLength).toBe(MNIST_HEADER_BYTES + images.length + COUNT);
    const d = parseMnistBin(bin.slice().buffer);
    expect(d.rows).toBe(ROWS);
    expect(d.cols).toBe(COLS);
    expect(d.train.count).toBe(3);
    expect(d.test.count).toBe(2);
    expect(Array.from(d.train.labels)).toEqual([3, 1, 4]);
    expect(Array.from(d.test.labels)).toEqual([1, 5]);
    expect(Array.from(d.train.images)).toEqual(Array.from(images.subarray(0, 3 * ROWS * COLS)));
    expect(Array.from(d.test.images)).toEqual(Array.from(images.subarray(3 * ROWS * COLS)));
  });

  it('allows an empty test or training set', () => {
    expect(parseMnistBin(encodeMnistBin(images, labels, ROWS, COLS, COUNT)).test.count).toBe(0);
    expect(parseMnistBin(encodeMnistBin(images, labels, ROWS, COLS, 0)).train.count).toBe(0);
  });

  it('rejects bad encoder input', () => {
    expect(() => encodeMnistBin(images, labels, ROWS, COLS, 6)).toThrow(RangeError);
    expect(() => encodeMnistBin(images.subarray(1), labels, ROWS, COLS, 1)).toThrow(RangeError);
    expect(() => encodeMnistBin(images, Uint8Array.from([1, 2, 3, 4, 10]), ROWS, COLS, 1)).toThrow(RangeError);
  });

  it('rejects malformed files with a code', () => {
    expectDataError(() => parseMnistBin(new ArrayBuffer(0)), 'empty');
    expectDataError(() => parseMnistBin(bin.slice(0, 20)), 'truncated', { expected: MNIST_HEADER_BYTES, found: 20 });
    expectDataError(() => parseMnistBin(bin.slice(0, bin.byteLength - 1)), 'truncated', { expected: bin.byteLength });
    const long = new Uint8Array(bin.byteLength + 1);
    long.set(bin);
    expectDataError(() => parseMnistBin(long), 'trailingBytes');
    const wrongMagic = bin.slice();
    wrongMagic[3] = 0;
    expectDataError(() => parseMnistBin(wrongMagic), 'badMagic');
    expectDataError(() => parseMnistBin(patched(4, 9)), 'badVersion', { found: 9 });
    expectDataError(() => parseMnistBin(patched(8, 0)), 'badHeader');
    expectDataError(() => parseMnistBin(patched(12, 0)), 'badHeader');
    expectDataError(() => parseMnistBin(patched(16, 5000)), 'badHeader');
    expectDataError(() => parseMnistBin(patched(20, 6)), 'badHeader', { expected: 5, found: 6 });
    expectDataError(() => parseMnistBin(patched(8, 6)), 'truncated');
    const badLabel = bin.slice();
    badLabel[badLabel.byteLength - 2] = 10;
    expectDataError(() => parseMnistBin(badLabel), 'badLabel', { line: 4, found: 10 });
  });

  it('loads over fetch with progress', async () => {
    const url = `data:application/octet-stream;base64,${Buffer.from(bin).toString('base64')}`;
    let last = -1;
    const d = await loadMnist(url, (loaded) => (last = loaded));
    expect(d.test.count).toBe(2);
    expect(last).toBe(bin.byteLength);
  });

  it('loads a gzip-compressed file (as shipped in mnist.bin.gz), with progress on the compressed bytes', async () => {
    const gz = gzipSync(bin, { level: 9 });
    const url = `data:application/gzip;base64,${gz.toString('base64')}`;
    let last = -1;
    const d = await loadMnist(url, (loaded) => (last = loaded));
    expect(d.train.count).toBe(3);
    expect(Array.from(d.test.labels)).toEqual([1, 5]);
    expect(last).toBe(gz.byteLength);
  });

  it('reports a corrupt gzip file as badCompression', async () => {
    const gz = gzipSync(bin, { level: 9 });
    const url = `data:application/gzip;base64,${gz.subarray(0, gz.byteLength - 8).toString('base64')}`;
    await expect(loadMnist(url)).rejects.toMatchObject({ name: 'DataError', code: 'badCompression' });
  });
});
