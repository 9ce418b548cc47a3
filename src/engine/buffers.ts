/**
 * Recycled typed arrays for tensor values and gradients.
 *
 * A fresh large typed array costs a page fault per 4 KB the first time it is written: about 1 ms
 * per MB in Chromium on a busy 2-core machine, more than the arithmetic of a small CNN's layer.
 * A recycled one costs only its zeroing (≈ 25 GB/s). Arrays come back only through an explicit
 * {@link releaseGraph} or {@link releaseTensors} by code that knows they are dead (a training step
 * after its backward pass, an evaluation after reading its logits); nothing is recycled behind the
 * caller's back, so code that never releases behaves exactly as before. The release functions are in
 * ./release.ts.
 */
type TensorData = Float64Array | Float32Array;

/** Arrays shorter than this are not worth keeping (the allocator reuses small blocks well). */
const MIN_ELEMENTS = 4096;
/** Upper bound on the bytes held for reuse; beyond it released arrays are left to the GC. */
const MAX_POOLED_BYTES = 64 * 1024 * 1024;

const free = new Map<string, TensorData[]>();
let pooledBytes = 0;

const keyOf = (kind: 'f32' | 'f64', n: number) => `${kind}${n}`;

function takeFree(kind: 'f32' | 'f64', n: number): TensorData | null {
  if (n < MIN_ELEMENTS) return null;
  const a = free.get(keyOf(kind, n))?.pop();
  if (!a) return null;
  pooledBytes -= a.byteLength;
  a.fill(0);
  return a;
}

/** A zero-filled Float64Array of length n, recycled when one is free. */
export function float64Buffer(n: number): Float64Array {
  return (takeFree('f64', n) as Float64Array | null) ?? new Float64Array(n);
}

/** A zero-filled Float32Array of length n, recycled when one is free. */
export function float32Buffer(n: number): Float32Array {
  return (takeFree('f32', n) as Float32Array | null) ?? new Float32Array(n);
}

/** Bytes currently held for reuse (for tests and diagnostics). */
export function pooledBufferBytes(): number {
  return pooledBytes;
}

/** Drops every array held for reuse. */
export function clearBufferPool(): void {
  free.clear();
  pooledBytes = 0;
}

/** Only an array that owns its whole buffer can be reused (a view would hand out memory it shares). */
export function wholeBuffer(a: TensorData | null): a is TensorData {
  return a !== null && a.length >= MIN_ELEMENTS && a.byteOffset === 0 && a.byteLength === a.buffer.byteLength;
}

/** Keeps `a` for reuse (the caller guarantees nothing uses it any more); small arrays and views are not kept. */
export function recycle(a: TensorData): void {
  if (!wholeBuffer(a) || pooledBytes + a.byteLength > MAX_POOLED_BYTES) return;
  const key = keyOf(a instanceof Float32Array ? 'f32' : 'f64', a.length);
  const list = free.get(key);
  if (list) list.push(a);
  else free.set(key, [a]);
  pooledBytes += a.byteLength;
}
