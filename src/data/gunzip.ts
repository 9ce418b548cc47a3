/**
 * Shipped data files may be stored gzip-compressed (public/data/*.gz). A static host serves such a file
 * as opaque bytes, so the loader decompresses it here; a host that adds `Content-Encoding: gzip` has
 * already had the browser decompress it, and the bytes then no longer start with the gzip signature.
 * Uses the standard DecompressionStream (browsers, Web Workers, Node ≥ 18).
 */
import { DataError } from './errors.ts';

/** True when the bytes start with the gzip signature 1f 8b (RFC 1952). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.byteLength >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * Decompresses `buffer` if it is gzip data, otherwise returns it unchanged.
 * Throws DataError 'badCompression' when the gzip data is corrupt or truncated.
 */
export async function gunzipIfNeeded(buffer: ArrayBuffer | Uint8Array): Promise<ArrayBuffer | Uint8Array> {
  const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  if (!isGzip(bytes)) return buffer;
  // Read the stream directly rather than through Response.arrayBuffer(): Chromium reports a failed
  // decompression there only as "Failed to fetch", the reader gives the zlib reason.
  const reader = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip')).getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      length += value.byteLength;
    }
  } catch (e) {
    throw new DataError('badCompression',
      `The file is gzip-compressed but could not be decompressed (corrupt or truncated): ${(e as Error)?.message ?? String(e)}`,
      {}, { cause: e });
  }
  if (chunks.length === 1 && chunks[0].byteOffset === 0 && chunks[0].byteLength === chunks[0].buffer.byteLength) return chunks[0];
  const out = new Uint8Array(length);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}
