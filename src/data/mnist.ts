/**
 * Handwritten digits (MNIST sample) shipped gzip-compressed as public/data/mnist.bin.gz (1.62 MB; the
 * decompressed file below is 7.85 MB); see scripts/data/derive-mnist.mjs. loadMnist decompresses it.
 *
 * Binary format "GAMN" version 1, all numbers little-endian:
 *
 *   offset                 size                   field
 *   0                      4                      magic: ASCII "GAMN"
 *   4                      uint32                 version = 1
 *   8                      uint32                 count (images)
 *   12                     uint32                 rows (pixels, 28)
 *   16                     uint32                 cols (pixels, 28)
 *   20                     uint32                 trainCount (the first trainCount images are the
 *                                                 training set, the rest the test set)
 *   24                     uint8[count·rows·cols] pixels, image after image, row-major;
 *                                                 0 = background, 255 = ink (round(v · 255))
 *   24 + count·rows·cols   uint8[count]           labels 0…9
 *
 * The file ends exactly there.
 */
import { DataError } from './errors.ts';
import { fetchArrayBuffer, type ProgressCallback } from './fetchProgress.ts';
import { gunzipIfNeeded } from './gunzip.ts';

export const MNIST_MAGIC = 'GAMN';
export const MNIST_VERSION = 1;
export const MNIST_HEADER_BYTES = 24;

export interface DigitSet {
  /** count × rows × cols grey levels, 0 (background) … 255 (ink). */
  images: Uint8Array;
  labels: Uint8Array;
  count: number;
}

export interface MnistData {
  train: DigitSet;
  test: DigitSet;
  rows: number;
  cols: number;
}

const magicBytes = () => new TextEncoder().encode(MNIST_MAGIC);

/** Writes the "GAMN" format. Shared by the derivation script and the tests. */
export function encodeMnistBin(images: Uint8Array, labels: Uint8Array, rows: number, cols: number, trainCount: number): Uint8Array {
  const count = labels.length;
  if (!(rows >= 1 && cols >= 1)) throw new RangeError('rows and cols must be positive');
  if (images.length !== count * rows * cols) throw new RangeError(`expected ${count}×${rows}×${cols} pixels, got ${images.length}`);
  if (!(trainCount >= 0 && trainCount <= count)) throw new RangeError(`trainCount ${trainCount} is outside 0…${count}`);
  for (let i = 0; i < count; i++) if (labels[i] > 9) throw new RangeError(`label ${labels[i]} at ${i} is outside 0…9`);
  const out = new Uint8Array(MNIST_HEADER_BYTES + images.length + count);
  const view = new DataView(out.buffer);
  out.set(magicBytes(), 0);
  view.setUint32(4, MNIST_VERSION, true);
  view.setUint32(8, count, true);
  view.setUint32(12, rows, true);
  view.setUint32(16, cols, true);
  view.setUint32(20, trainCount, true);
  out.set(images, MNIST_HEADER_BYTES);
  out.set(labels, MNIST_HEADER_BYTES + images.length);
  return out;
}

/**
 * Validates and splits a "GAMN" file. The returned arrays are views into `buffer` (no copy).
 * Throws DataError ('empty', 'truncated', 'badMagic', 'badVersion', 'badHeader', 'trailingBytes', 'badLabel').
 */
export function parseMnistBin(buffer: ArrayBuffer | Uint8Array): MnistData {
  const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  if (bytes.byteLength === 0) throw new DataError('empty', 'The digits file is empty.');
  if (bytes.byteLength < MNIST_HEADER_BYTES) {
    throw new DataError('truncated', `The digits file is only ${bytes.byteLength} bytes; the header alone needs ${MNIST_HEADER_BYTES}.`,
      { expected: MNIST_HEADER_BYTES, found: bytes.byteLength });
  }
  const magic = magicBytes();
  for (let i = 0; i < 4; i++) {
    if (bytes[i] !== magic[i]) throw new DataError('badMagic', `Not a Gradient Atlas digits file (expected the signature "${MNIST_MAGIC}").`, { expected: MNIST_MAGIC });
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(4, true);
  if (version !== MNIST_VERSION) {
    throw new DataError('badVersion', `Unsupported digits file version ${version} (this app reads version ${MNIST_VERSION}).`, { expected: MNIST_VERSION, found: version });
  }
  const count = view.getUint32(8, true);
  const rows = view.getUint32(12, true);
  const cols = view.getUint32(16, true);
  const trainCount = view.getUint32(20, true);
  if (rows < 1 || rows > 1024 || cols < 1 || cols > 1024) {
    throw new DataError('badHeader', `Implausible image size ${rows}×${cols} in the header.`, { found: `${rows}x${cols}`, limit: 1024 });
  }
  if (count < 1) throw new DataError('badHeader', 'The header says the file holds no images.', { found: count });
  if (trainCount > count) throw new DataError('badHeader', `The header puts ${trainCount} images in the training set but the file holds ${count}.`, { expected: count, found: trainCount });
  const pixels = count * rows * cols;
  const expected = MNIST_HEADER_BYTES + pixels + count;
  if (bytes.byteLength < expected) {
    throw new DataError('truncated', `The digits file is truncated: ${bytes.byteLength} bytes, but its header describes ${expected}.`, { expected, found: bytes.byteLength });
  }
  if (bytes.byteLength > expected) {
    throw new DataError('trailingBytes', `The digits file has ${bytes.byteLength - expected} unexpected bytes at the end.`, { expected, found: bytes.byteLength });
  }
  const images = bytes.subarray(MNIST_HEADER_BYTES, MNIST_HEADER_BYTES + pixels);
  const labels = bytes.subarray(MNIST_HEADER_BYTES + pixels, expected);
  for (let i = 0; i < count; i++) {
    if (labels[i] > 9) throw new DataError('badLabel', `Image ${i + 1} has the label ${labels[i]}; labels must be 0–9.`, { line: i + 1, found: labels[i] });
  }
  const px = rows * cols;
  return {
    rows,
    cols,
    train: { images: images.subarray(0, trainCount * px), labels: labels.subarray(0, trainCount), count: trainCount },
    test: { images: images.subarray(trainCount * px), labels: labels.subarray(trainCount), count: count - trainCount },
  };
}

/**
 * Streams the shipped file with progress (on the bytes downloaded, i.e. compressed ones), decompresses
 * it if it is gzip data (a host that sent Content-Encoding: gzip has already done so) and parses it.
 * Throws DataError: 'http' / 'network' (fetch), 'badCompression' (corrupt gzip), or a parse code.
 */
export async function loadMnist(url: string, onProgress?: ProgressCallback, init?: { signal?: AbortSignal }): Promise<MnistData> {
  return parseMnistBin(await gunzipIfNeeded(await fetchArrayBuffer(url, onProgress, init)));
}
