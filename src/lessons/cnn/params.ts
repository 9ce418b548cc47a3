import { bool, choice, num, numList } from '../../lib/urlParams';
import { GLYPHS, KERNEL_PRESETS } from '../../models/cnn';

export const SOURCES = [...GLYPHS, 'digit', 'mine'] as const;
export type Source = (typeof SOURCES)[number];
export const POOL_PRESET_NAMES = ['deck000', 'deck001', 'deck002', 'custom'] as const;

const KMAX = 1000;

/** Everything on the CNN page that a copied link reproduces (keys prefixed per widget). */
export const cnnSchema = {
  // convolution stepper
  cs: choice(SOURCES, 'x'),
  cd: num({ default: 0, min: 0, max: 1999, integer: true }),
  ckz: choice(['3', '5'] as const, '3'),
  ck: numList({ default: KERNEL_PRESETS.laplacian.flat(), minLength: 9, maxLength: 25, min: -KMAX, max: KMAX }),
  cst: num({ default: 1, min: 1, max: 5, integer: true }),
  cpd: num({ default: 0, min: 0, max: 4, integer: true }),
  cstep: num({ default: 0, min: 0, max: 5000, integer: true }),
  crelu: bool(true),
  // shape calculator
  sn: num({ default: 6, min: 1, max: 4096, integer: true }),
  sc: num({ default: 3, min: 1, max: 4096, integer: true }),
  sf: num({ default: 3, min: 1, max: 4096, integer: true }),
  sk: num({ default: 2, min: 1, max: 4096, integer: true }),
  sp: num({ default: 0, min: 0, max: 1024, integer: true }),
  ss: num({ default: 1, min: 1, max: 1024, integer: true }),
  // multi-channel example
  rst: num({ default: 1, min: 1, max: 2, integer: true }),
  rstep: num({ default: 0, min: 0, max: 100, integer: true }),
  // pooling
  pp: choice(POOL_PRESET_NAMES, 'deck000'),
  pm: choice(['max', 'avg'] as const, 'max'),
  pdir: choice(['forward', 'backward'] as const, 'forward'),
  pin: numList({ default: [], minLength: 0, maxLength: 144, min: -KMAX, max: KMAX }),
  pw: num({ default: 4, min: 1, max: 12, integer: true }),
  pz: num({ default: 2, min: 1, max: 12, integer: true }),
  ps: num({ default: 2, min: 1, max: 12, integer: true }),
  pstep: num({ default: 0, min: 0, max: 200, integer: true }),
  // 1-D convolution
  tk: num({ default: 2, min: 1, max: 3, integer: true }),
  tstep: num({ default: 0, min: 0, max: 10, integer: true }),
  // MNIST CNN
  mc1: num({ default: 8, min: 1, max: 16, integer: true }),
  mk1: choice(['3', '5'] as const, '5'),
  mc2: num({ default: 16, min: 1, max: 32, integer: true }),
  mk2: choice(['3', '5'] as const, '3'),
  mlr: num({ default: 0.002, min: 0.00001, max: 1 }),
  mb: num({ default: 32, min: 1, max: 256, integer: true }),
  md: num({ default: 0, min: 0, max: 1999, integer: true }),
  // layer formula (output channel 1-based, position 0-based; clamped to the layer's sizes)
  ll: choice(['1', '2'] as const, '2'),
  lj: num({ default: 1, min: 1, max: 32, integer: true }),
  lr: num({ default: 4, min: 0, max: 27, integer: true }),
  lc: num({ default: 4, min: 0, max: 27, integer: true }),
  // trained glyph CNN
  gf: num({ default: 4, min: 1, max: 8, integer: true }),
  gsel: choice(GLYPHS, 'x'),
  // saliency: the class whose score is differentiated ('auto': the predicted one)
  sc2: choice(['auto', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'] as const, 'auto'),
  // dense vs convolution, well-known architectures
  dh: num({ default: 28, min: 1, max: 4096, integer: true }),
  dw: num({ default: 28, min: 1, max: 4096, integer: true }),
  dc: num({ default: 1, min: 1, max: 512, integer: true }),
  du: num({ default: 100, min: 1, max: 100_000, integer: true }),
  dk: num({ default: 5, min: 1, max: 64, integer: true }),
  dn: num({ default: 8, min: 1, max: 4096, integer: true }),
  arch: choice(['lenet5', 'alexnet', 'vgg16', 'googlenet', 'resnet50'] as const, 'vgg16'),
};

export type CnnSchema = typeof cnnSchema;
