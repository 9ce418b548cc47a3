import { describe, expect, it } from 'vitest';
import { Conv2d, Linear, collectParameters } from '../engine/nn/index';
import { createRng } from '../engine/rng';
import { ARCHITECTURES, archParams, denseVsConv } from './cnnArchitectures';

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
