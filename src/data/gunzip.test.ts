import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DataError, isDataError } from './errors.ts';
import { gunzipIfNeeded, isGzip } from './gunzip.ts';

const original = Uint8Array.from({ length: 5000 }, (_, i) => (i * 7) % 13);
const gz = new Uint8Array(gzipSync(original, { level: 9 }));

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}

describe('gunzipIfNeeded', () => {
  it('recognises the gzip signature', () => {
    expect(isGzip(gz)).toBe(true);
    expect(isGzip(original)).toBe(false);
    expect(isGzip(Uint8Array.of(0x1f))).toBe(false);
    expect(isGzip(new Uint8Array(0))).toBe(false);
  });

  it('decompresses gzip bytes to the original', async () => {
    for (const input of [gz, gz.slice().buffer]) {
      const out = new Uint8Array(await gunzipIfNeeded(input));
      expect(out.byteLength).toBe(original.byteLength);
      expect(Buffer.from(out).equals(Buffer.from(original))).toBe(true);
    }
  });

  it('returns plain bytes unchanged (e.g. already decoded by Content-Encoding: gzip)', async () => {
    expect(await gunzipIfNeeded(original)).toBe(original);
    const buf = original.slice().buffer;
    expect(await gunzipIfNeeded(buf)).toBe(buf);
    const empty = new ArrayBuffer(0);
    expect(await gunzipIfNeeded(empty)).toBe(empty);
  });

  it('reports corrupt or truncated gzip as DataError badCompression', async () => {
    const flipped = gz.slice();
    flipped[Math.floor(flipped.length / 2)] ^= 0xff;
    const badCrc = gz.slice();
    badCrc[badCrc.length - 6] ^= 1;
    for (const bad of [gz.slice(0, gz.length - 10), flipped, badCrc, Uint8Array.of(0x1f, 0x8b)]) {
      const e = await rejection(gunzipIfNeeded(bad));
      expect(e).toBeInstanceOf(DataError);
      expect(isDataError(e)).toBe(true);
      expect(e).toMatchObject({ code: 'badCompression' });
      expect((e as Error).message).toMatch(/gzip-compressed but could not be decompressed/);
    }
  });
});
