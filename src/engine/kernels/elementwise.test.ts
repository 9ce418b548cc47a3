import { afterEach, describe, expect, it } from 'vitest';
import { setKernelBackend, simd, simdAvailable } from './backend';
import { maxPoolForward, reluBackward, reluForward } from './elementwise';

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296 - 0.5;
  };
}

/** Values on a coarse grid (so windows hold ties), with NaN, ±0 and ±∞ sprinkled in. */
function awkward(n: number, seed: number): Float32Array {
  const r = seeded(seed);
  const special = [Number.NaN, -0, 0, Infinity, -Infinity];
  return Float32Array.from({ length: n }, (_, i) => (i % 11 === 5 ? special[(i / 11) % special.length | 0] : Math.round(r() * 8) / 4));
}

const SIZES = [1, 3, 17, 255];

afterEach(() => {
  setKernelBackend('wasm-simd');
});

describe.runIf(simdAvailable())('ReLU: SIMD kernel against the JS reference', () => {
  it.each(SIZES.concat(1024, 4099))('n = %i (NaN, −0 and ±∞ included)', (n) => {
    const x = awkward(n, n);
    const fast = new Float32Array(n);
    simd()!.relu(x, fast);
    setKernelBackend('js');
    const ref = new Float32Array(n);
    reluForward(x, ref);
    expect(Array.from(fast)).toEqual(Array.from(ref));
  });
});

describe.runIf(simdAvailable())('ReLU backward: SIMD kernel against the JS reference', () => {
  it.each(SIZES.concat(1024, 4099))('n = %i (NaN, −0, ±∞ in x; ∞ in the gradient)', (n) => {
    const x = awkward(n, n + 1);
    const g = Float64Array.from(awkward(n, n + 2), (v, i) => (i % 13 === 7 ? Infinity : v));
    const fast = new Float64Array(n);
    simd()!.reluBackward(x, g, fast);
    setKernelBackend('js');
    const ref = new Float64Array(n);
    reluBackward(x, g, ref);
    expect(Array.from(fast)).toEqual(Array.from(ref));
  });
});

type Pool = [planes: number, H: number, W: number, size: number, stride: number];
const out = (n: number, size: number, stride: number) => Math.floor((n - size) / stride) + 1;

describe.runIf(simdAvailable())('max pooling: SIMD kernel against the JS reference', () => {
  const cases: Pool[] = [];
  for (const H of SIZES) for (const W of SIZES) if (H >= 2 && W >= 2) cases.push([3, H, W, 2, 2]);
  cases.push([1, 1, 1, 1, 1], [2, 17, 255, 3, 2], [5, 3, 17, 3, 1], [1, 255, 3, 1, 1], [32, 28, 28, 2, 2], [17, 14, 14, 2, 2]);
  it.each(cases)('%i planes of %i×%i, window %i, stride %i: same maxima and winners', (planes, H, W, size, stride) => {
    const OH = out(H, size, stride);
    const OW = out(W, size, stride);
    const x = awkward(planes * H * W, H * 31 + W);
    const fast = new Float32Array(planes * OH * OW);
    const fastArg = new Int32Array(fast.length);
    simd()!.maxPool(x, planes, H, W, size, stride, OH, OW, fast, fastArg);
    setKernelBackend('js');
    const ref = new Float32Array(fast.length);
    const refArg = new Int32Array(fast.length);
    maxPoolForward(x, planes, H, W, size, stride, OH, OW, ref, refArg);
    expect(Array.from(fast)).toEqual(Array.from(ref));
    expect(Array.from(fastArg)).toEqual(Array.from(refArg));
  });

  it('without winners (inference) the maxima are the same', () => {
    const x = awkward(4 * 28 * 28, 5);
    const a = new Float32Array(4 * 196);
    const b = new Float32Array(4 * 196);
    maxPoolForward(x, 4, 28, 28, 2, 2, 14, 14, a, null);
    maxPoolForward(x, 4, 28, 28, 2, 2, 14, 14, b, new Int32Array(4 * 196));
    expect(Array.from(a)).toEqual(Array.from(b));
  });
});
