/** Reading a student's image in the browser (never uploaded): decoded, fitted into 28×28, turned grey. */

export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
export type UploadError = 'notImage' | 'tooLarge' | 'decode';

export class UploadProblem extends Error {
  constructor(readonly code: UploadError) {
    super(code);
  }
}

/**
 * Grey levels in [0, 1] from RGBA pixels: luminance, inverted when the background is light (so ink is 1
 * as in MNIST), then stretched so the darkest-to-brightest range spans 0…1.
 */
export function rgbaToGrey(rgba: ArrayLike<number>, count: number): Float64Array {
  const g = new Float64Array(count);
  let mean = 0;
  for (let i = 0; i < count; i++) {
    const a = rgba[4 * i + 3] / 255;
    // Transparent pixels count as white paper.
    const lum = (0.2126 * rgba[4 * i] + 0.7152 * rgba[4 * i + 1] + 0.0722 * rgba[4 * i + 2]) / 255;
    g[i] = a * lum + (1 - a);
    mean += g[i] / count;
  }
  if (mean > 0.5) for (let i = 0; i < count; i++) g[i] = 1 - g[i];
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of g) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
  const span = hi - lo;
  for (let i = 0; i < count; i++) g[i] = span > 1e-9 ? (g[i] - lo) / span : 0;
  return g;
}

/** Decodes an image file and returns 784 grey levels. @throws UploadProblem */
export async function imageFileToDigit(file: File): Promise<Float64Array> {
  if (!file.type.startsWith('image/')) throw new UploadProblem('notImage');
  if (file.size > MAX_IMAGE_BYTES) throw new UploadProblem('tooLarge');
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    throw new UploadProblem('decode');
  }
  const canvas = document.createElement('canvas');
  canvas.width = 28;
  canvas.height = 28;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new UploadProblem('decode');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, 28, 28);
  // Fit the longer side into the central 20 pixels, as MNIST digits are.
  const k = 20 / Math.max(bitmap.width, bitmap.height);
  const w = bitmap.width * k;
  const h = bitmap.height * k;
  ctx.drawImage(bitmap, (28 - w) / 2, (28 - h) / 2, w, h);
  bitmap.close();
  return rgbaToGrey(ctx.getImageData(0, 0, 28, 28).data, 784);
}
