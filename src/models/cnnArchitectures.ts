/**
 * Parameter counts of well-known ConvNets, computed from their layer tables (weights + biases, and the two
 * learned numbers γ, β per channel of batch norm), plus the dense-versus-convolution count for one layer.
 * Pure functions on plain data; the unit tests compare the totals with the published figures.
 */

/** One row of a layer table. Pooling, ReLU, dropout and flatten have no parameters and are listed for shape only. */
export type ArchLayer =
  | { kind: 'conv'; name: string; k: number; cin: number; cout: number; bias?: boolean; groups?: number; out: string }
  | { kind: 'dense'; name: string; nin: number; nout: number; out: string }
  | { kind: 'bn'; name: string; c: number; out: string }
  | { kind: 'pool'; name: string; out: string }
  | { kind: 'block'; name: string; layers: ArchLayer[]; out: string };

/** Learned numbers of one layer: k·k·(cin/groups)·cout (+ cout biases) for a convolution, nin·nout + nout for a dense layer. */
export function layerParams(l: ArchLayer): number {
  switch (l.kind) {
    case 'conv': return l.k * l.k * (l.cin / (l.groups ?? 1)) * l.cout + (l.bias === false ? 0 : l.cout);
    case 'dense': return l.nin * l.nout + l.nout;
    case 'bn': return 2 * l.c;
    case 'pool': return 0;
    case 'block': return l.layers.reduce((s, x) => s + layerParams(x), 0);
  }
}

/** A named architecture with its layer table and the count its authors (or the reference implementation) publish. */
export interface Architecture {
  id: 'lenet5' | 'alexnet' | 'vgg16' | 'googlenet' | 'resnet50';
  name: string;
  year: number;
  /** Layers with weights (convolutions and dense layers on the main path). */
  depth: number;
  /** Input shape as H×W×C. */
  input: string;
  /** The published total, for comparison. */
  published: number;
  layers: ArchLayer[];
}

const conv = (name: string, k: number, cin: number, cout: number, out: string, extra: { bias?: boolean; groups?: number } = {}): ArchLayer =>
  ({ kind: 'conv', name, k, cin, cout, out, ...extra });
const dense = (name: string, nin: number, nout: number): ArchLayer => ({ kind: 'dense', name, nin, nout, out: String(nout) });
const pool = (name: string, out: string): ArchLayer => ({ kind: 'pool', name, out });

/** LeNet-5 with every C3 map connected to all six S2 maps and a dense output (the usual textbook variant). */
const lenet5: ArchLayer[] = [
  conv('C1 conv 5×5', 5, 1, 6, '28×28×6'), pool('S2 avg-pool 2×2', '14×14×6'),
  conv('C3 conv 5×5', 5, 6, 16, '10×10×16'), pool('S4 avg-pool 2×2', '5×5×16'),
  dense('C5 dense', 400, 120), dense('F6 dense', 120, 84), dense('output', 84, 10),
];

/** AlexNet as published (two GPUs: conv2, conv4, conv5 see half the channels, groups = 2). */
const alexnet: ArchLayer[] = [
  conv('conv1 11×11 /4', 11, 3, 96, '55×55×96'), pool('max-pool 3×3 /2', '27×27×96'),
  conv('conv2 5×5', 5, 96, 256, '27×27×256', { groups: 2 }), pool('max-pool 3×3 /2', '13×13×256'),
  conv('conv3 3×3', 3, 256, 384, '13×13×384'), conv('conv4 3×3', 3, 384, 384, '13×13×384', { groups: 2 }),
  conv('conv5 3×3', 3, 384, 256, '13×13×256', { groups: 2 }), pool('max-pool 3×3 /2', '6×6×256'),
  dense('fc6', 9216, 4096), dense('fc7', 4096, 4096), dense('fc8', 4096, 1000),
];

function vgg16(): ArchLayer[] {
  const out: ArchLayer[] = [];
  let cin = 3;
  let size = 224;
  for (const [n, c] of [[2, 64], [2, 128], [3, 256], [3, 512], [3, 512]]) {
    for (let i = 0; i < n; i++) { out.push(conv(`conv 3×3, ${c}`, 3, cin, c, `${size}×${size}×${c}`)); cin = c; }
    size /= 2;
    out.push(pool('max-pool 2×2', `${size}×${size}×${c}`));
  }
  return [...out, dense('fc6', 7 * 7 * 512, 4096), dense('fc7', 4096, 4096), dense('fc8', 4096, 1000)];
}

/** Inception module: 1×1 | 1×1 → 3×3 | 1×1 → 5×5 | pool → 1×1, the columns of Szegedy et al.'s Table 1. */
function inception(name: string, cin: number, size: number, [a, r3, b, r5, c, p]: number[]): { layer: ArchLayer; cout: number } {
  const cout = a + b + c + p;
  const layers = [conv('1×1', 1, cin, a, ''), conv('3×3 reduce', 1, cin, r3, ''), conv('3×3', 3, r3, b, ''),
    conv('5×5 reduce', 1, cin, r5, ''), conv('5×5', 5, r5, c, ''), conv('pool proj', 1, cin, p, '')];
  return { layer: { kind: 'block', name: `inception (${name})`, layers, out: `${size}×${size}×${cout}` }, cout };
}

function googlenet(): ArchLayer[] {
  const out: ArchLayer[] = [conv('conv 7×7 /2', 7, 3, 64, '112×112×64'), pool('max-pool 3×3 /2', '56×56×64'),
    conv('conv 1×1', 1, 64, 64, '56×56×64'), conv('conv 3×3', 3, 64, 192, '56×56×192'), pool('max-pool 3×3 /2', '28×28×192')];
  const table: [string, number, number[]][] = [
    ['3a', 28, [64, 96, 128, 16, 32, 32]], ['3b', 28, [128, 128, 192, 32, 96, 64]],
    ['4a', 14, [192, 96, 208, 16, 48, 64]], ['4b', 14, [160, 112, 224, 24, 64, 64]], ['4c', 14, [128, 128, 256, 24, 64, 64]],
    ['4d', 14, [112, 144, 288, 32, 64, 64]], ['4e', 14, [256, 160, 320, 32, 128, 128]],
    ['5a', 7, [256, 160, 320, 32, 128, 128]], ['5b', 7, [384, 192, 384, 48, 128, 128]],
  ];
  let cin = 192;
  for (const [name, size, cols] of table) {
    const { layer, cout } = inception(name, cin, size, cols);
    out.push(layer);
    if (name === '3b' || name === '4e') out.push(pool('max-pool 3×3 /2', `${size / 2}×${size / 2}×${cout}`));
    cin = cout;
  }
  return [...out, pool('avg-pool 7×7', '1×1×1024'), dense('fc', 1024, 1000)];
}

const convBn = (name: string, k: number, cin: number, cout: number): ArchLayer[] =>
  [conv(name, k, cin, cout, '', { bias: false }), { kind: 'bn', name: 'batch norm', c: cout, out: '' }];

/** ResNet-50: bottleneck blocks 1×1 → 3×3 → 1×1 (×4 channels), convolutions without bias, each followed by batch norm. */
function resnet50(): ArchLayer[] {
  const out: ArchLayer[] = [{ kind: 'block', name: 'conv 7×7 /2 + BN', layers: convBn('conv 7×7', 7, 3, 64), out: '112×112×64' },
    pool('max-pool 3×3 /2', '56×56×64')];
  let cin = 64;
  let size = 56;
  for (const [w, n] of [[64, 3], [128, 4], [256, 6], [512, 3]]) {
    for (let i = 0; i < n; i++) {
      const layers = [...convBn('1×1', 1, cin, w), ...convBn('3×3', 3, w, w), ...convBn('1×1', 1, w, 4 * w)];
      if (i === 0) layers.push(...convBn('shortcut 1×1', 1, cin, 4 * w));
      out.push({ kind: 'block', name: `bottleneck ${w}-${w}-${4 * w}`, layers, out: `${size}×${size}×${4 * w}` });
      cin = 4 * w;
    }
    size /= 2;
  }
  return [...out, pool('global avg-pool', '1×1×2048'), dense('fc', 2048, 1000)];
}

/** The five architectures of the deck, oldest first. */
export const ARCHITECTURES: Architecture[] = [
  { id: 'lenet5', name: 'LeNet-5', year: 1998, depth: 5, input: '32×32×1', published: 61_706, layers: lenet5 },
  { id: 'alexnet', name: 'AlexNet', year: 2012, depth: 8, input: '227×227×3', published: 60_965_224, layers: alexnet },
  { id: 'vgg16', name: 'VGG-16', year: 2014, depth: 16, input: '224×224×3', published: 138_357_544, layers: vgg16() },
  { id: 'googlenet', name: 'GoogLeNet', year: 2014, depth: 22, input: '224×224×3', published: 6_800_000, layers: googlenet() },
  { id: 'resnet50', name: 'ResNet-50', year: 2015, depth: 50, input: '224×224×3', published: 25_557_032, layers: resnet50() },
];
export const ARCH_IDS = ARCHITECTURES.map((a) => a.id);

/** Total learned numbers of an architecture's layer table. */
export function archParams(a: Architecture): number {
  return a.layers.reduce((s, l) => s + layerParams(l), 0);
}

/** One hidden layer on an H×W×C image: dense to `units` neurons versus `filters` convolution kernels of size k×k. */
export function denseVsConv(h: number, w: number, c: number, units: number, k: number, filters: number) {
  const inputs = h * w * c;
  const dense = inputs * units + units;
  const conv = k * k * c * filters + filters;
  return { inputs, dense, conv, ratio: dense / conv };
}

/** One line of the deck's Keras model and what plays its part in the lesson's own digit network. */
export interface KerasRow {
  line: number;
  code: string;
  /** Output shape and learned numbers in the deck's model (64×64×3 input, one sigmoid output). */
  deck: { out: string; params: number } | null;
  /** The same in the lesson's network for its current sizes; null when it has no such layer. */
  ours: { out: string; params: number } | null;
}

/** The deck's `Sequential` model (deck 002) mapped line by line onto conv(k1, c1) → pool → conv(k2, c2) → pool → dense 10. */
export function kerasMapping(a: { c1: number; k1: number; c2: number; k2: number }, side = 28): KerasRow[] {
  const s1 = side - a.k1 + 1;
  const p1 = Math.floor(s1 / 2);
  const s2 = p1 - a.k2 + 1;
  const p2 = Math.floor(s2 / 2);
  const flat = p2 * p2 * a.c2;
  const sq = (n: number, c: number) => ({ out: `${n}×${n}×${c}`, params: 0 });
  const withP = (out: string, params: number) => ({ out, params });
  return [
    { line: 3, code: "model.add(Conv2D(32, (3, 3), input_shape = (64, 64, 3), activation = 'relu'))",
      deck: withP('62×62×32', 3 * 3 * 3 * 32 + 32), ours: withP(`${s1}×${s1}×${a.c1}`, a.k1 * a.k1 * a.c1 + a.c1) },
    { line: 4, code: 'model.add(MaxPooling2D(pool_size = (2, 2)))', deck: sq(31, 32), ours: sq(p1, a.c1) },
    { line: 6, code: "model.add(Conv2D(64, (3, 3), activation='relu'))",
      deck: withP('29×29×64', 3 * 3 * 32 * 64 + 64), ours: withP(`${s2}×${s2}×${a.c2}`, a.k2 * a.k2 * a.c1 * a.c2 + a.c2) },
    { line: 7, code: 'model.add(MaxPooling2D(pool_size = (2, 2)))', deck: sq(14, 64), ours: sq(p2, a.c2) },
    { line: 9, code: 'model.add(Flatten())', deck: withP('12544', 0), ours: withP(String(flat), 0) },
    { line: 11, code: "model.add(Dense(units = 128, activation = 'relu'))", deck: withP('128', 12544 * 128 + 128), ours: null },
    { line: 12, code: "model.add(Dense(units = 1, activation = 'sigmoid'))", deck: withP('1', 129), ours: withP('10', flat * 10 + 10) },
    { line: 14, code: "model.compile(optimizer = 'adam', loss = 'binary_crossentropy', metrics = ['accuracy'])", deck: null, ours: null },
  ];
}
