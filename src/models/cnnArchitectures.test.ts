import { describe, expect, it } from 'vitest';
import { Conv2d, Linear, collectParameters } from '../engine/nn/index';
import { createRng } from '../engine/rng';
import { PARAM_ORDER, initCnnParams } from './cnnNet';
import { ARCHITECTURES, archParams, denseVsConv, kerasMapping } from './cnnArchitectures';

const arch = (id: string) => ARCHITECTURES.find((a) => a.id === id)!;

describe('parameter counts from the layer tables', () => {
  it('LeNet-5 (full C3, dense output): 61,706 ≈ 60 k', () => {
    expect(archParams(arch('lenet5'))).toBe(61_706);
  });
  it('AlexNet (two-GPU original, grouped conv2/4/5): 60,965,224 ≈ 61 M', () => {
    expect(archParams(arch('alexnet'))).toBe(60_965_224);
  });
  it('VGG-16 (configuration D): 138,357,544 ≈ 138 M', () => {
    expect(archParams(arch('vgg16'))).toBe(138_357_544);
  });
  it('ResNet-50 (batch norm γ, β counted): 25,557,032 ≈ 25.6 M, as torchvision reports', () => {
    expect(archParams(arch('resnet50'))).toBe(25_557_032);
  });
  it('GoogLeNet (Table 1, no auxiliary classifiers): 6,998,552 with biases, within 3 % of the 6.8 M the paper lists', () => {
    const n = archParams(arch('googlenet'));
    expect(n).toBe(6_998_552);
    expect(Math.abs(n - 6.8e6) / 6.8e6).toBeLessThan(0.03);
  });
  it('the depth of each matches the layers with weights on its table (LeNet 5, AlexNet 8, VGG 16)', () => {
    const weighted = (id: string) => arch(id).layers.filter((l) => l.kind === 'conv' || l.kind === 'dense').length;
    expect([weighted('lenet5'), weighted('alexnet'), weighted('vgg16')]).toEqual([5, 8, 16]);
  });
});

describe('dense versus convolution on one image', () => {
  it('28×28×1 to 100 neurons: 78,500 numbers; 8 kernels of 5×5: 208 (agrees with the engine modules)', () => {
    const d = denseVsConv(28, 28, 1, 100, 5, 8);
    expect(d).toMatchObject({ inputs: 784, dense: 78_500, conv: 208 });
    const rng = createRng('count');
    const count = (ps: { size: number }[]) => ps.reduce((s, p) => s + p.size, 0);
    expect(count(collectParameters([new Linear(784, 100, rng)]))).toBe(d.dense);
    expect(count(collectParameters([new Conv2d(1, 8, 5, rng)]))).toBe(d.conv);
  });
  it('the dense count grows with the image, the convolution count does not', () => {
    expect(denseVsConv(224, 224, 3, 100, 5, 8).conv).toBe(denseVsConv(28, 28, 3, 100, 5, 8).conv);
    expect(denseVsConv(224, 224, 3, 100, 5, 8).dense).toBe(224 * 224 * 3 * 100 + 100);
  });
});

describe("the deck's Keras model mapped onto the lesson's network", () => {
  it('deck column: Keras summary counts 896, 18,496, 1,605,760, 129; ours follow the lesson sizes', () => {
    const rows = kerasMapping({ c1: 8, k1: 5, c2: 16, k2: 3 });
    expect(rows.map((r) => r.deck?.params ?? 0)).toEqual([896, 0, 18_496, 0, 0, 1_605_760, 129, 0]);
    // 28 → conv 5 → 24 → pool → 12 → conv 3 → 10 → pool → 5; 5·5·16 = 400 → dense 10.
    expect(rows.map((r) => r.ours?.out ?? null)).toEqual(['24×24×8', '12×12×8', '10×10×16', '5×5×16', '400', null, '10', null]);
    expect(rows.reduce((s, r) => s + (r.ours?.params ?? 0), 0)).toBe(5 * 5 * 8 + 8 + 3 * 3 * 8 * 16 + 16 + 4010);
  });
  it("ours sums to the parameter count of the lesson's real network (initCnnParams)", () => {
    for (const a of [{ c1: 8, k1: 5, c2: 16, k2: 3 }, { c1: 3, k1: 3, c2: 7, k2: 5 }]) {
      const p = initCnnParams(a, 1);
      const real = PARAM_ORDER.reduce((s, k) => s + p[k].size, 0);
      expect(kerasMapping(a).reduce((s, r) => s + (r.ours?.params ?? 0), 0)).toBe(real);
    }
  });
});
