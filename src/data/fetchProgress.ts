import { DataError } from './errors.ts';

/** Called as bytes arrive. `total` is null when the server does not say (or sends it compressed). */
export type ProgressCallback = (loaded: number, total: number | null) => void;

/**
 * Fetches `url` into one ArrayBuffer, reporting progress while streaming. Works in browsers, workers
 * and Node ≥ 18 (global fetch). Throws DataError with code 'http' or 'network'.
 */
export async function fetchArrayBuffer(
  url: string,
  onProgress?: ProgressCallback,
  init?: { signal?: AbortSignal },
): Promise<ArrayBuffer> {
  let res: Response;
  try {
    res = await fetch(url, { signal: init?.signal });
  } catch (e) {
    throw new DataError('network', `Could not fetch ${url}: ${(e as Error)?.message ?? String(e)}`, {}, { cause: e });
  }
  if (!res.ok) {
    throw new DataError('http', `Fetching ${url} failed with HTTP status ${res.status}`, { status: res.status });
  }
  // With Content-Encoding (gzip, br) Content-Length counts compressed bytes; the stream yields decoded ones.
  const lengthHeader = res.headers.get('content-length');
  const encoded = (res.headers.get('content-encoding') ?? 'identity') !== 'identity';
  const declared = lengthHeader !== null && !encoded ? Number(lengthHeader) : NaN;
  const total = Number.isFinite(declared) && declared >= 0 ? declared : null;

  if (!res.body) {
    const buf = await res.arrayBuffer();
    onProgress?.(buf.byteLength, total ?? buf.byteLength);
    return buf;
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  // When the size is known, fill one buffer directly instead of concatenating at the end.
  let direct: Uint8Array | null = total !== null ? new Uint8Array(total) : null;
  onProgress?.(0, total);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (direct && loaded + value.byteLength <= direct.byteLength) {
        direct.set(value, loaded);
      } else {
        if (direct) {
          chunks.push(direct.subarray(0, loaded));
          direct = null;
        }
        chunks.push(value);
      }
      loaded += value.byteLength;
      onProgress?.(loaded, total);
    }
  } catch (e) {
    throw new DataError('network', `Download of ${url} was interrupted: ${(e as Error)?.message ?? String(e)}`, {}, { cause: e });
  }
  if (direct) return loaded === direct.byteLength ? direct.buffer as ArrayBuffer : direct.slice(0, loaded).buffer;
  const out = new Uint8Array(loaded);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.byteLength;
  }
  return out.buffer;
}
