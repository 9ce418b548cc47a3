/** The fixed split of the mnist package used by derive-mnist.mjs (and checked by mnist-source.test.ts). */
import { readMnistSource, seededPermutation } from './sources.ts';

export const MNIST_SEED = 20_240_611;
export const MNIST_TRAIN = 8_000;

export function buildMnist(dir: string) {
  const src = readMnistSource(dir);
  const px = src.rows * src.cols;
  const n = src.labels.length;
  const perm = seededPermutation(n, MNIST_SEED);
  const images = new Uint8Array(n * px);
  const labels = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const j = perm[i];
    images.set(src.images.subarray(j * px, (j + 1) * px), i * px);
    labels[i] = src.labels[j];
  }
  return { images, labels, rows: src.rows, cols: src.cols, maxQuantError: src.maxQuantError };
}
