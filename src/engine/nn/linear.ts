/** Fully-connected layers: Linear and MLP. */
import type { ActivationName } from '../activations';
import { INITIALIZERS, type InitName } from '../init';
import { activation } from '../ops/activation';
import { linear } from '../ops/matmul';
import type { Rng } from '../rng';
import { type Tensor, zeros } from '../tensor';
import type { Module } from './module';

/** Options for {@link Linear}. */
export interface LinearOptions {
  /** Weight initialiser (default 'xavierUniform'; use 'heNormal' before ReLU). */
  init?: InitName;
  /** Whether to add a bias (default true); the bias starts at 0. */
  bias?: boolean;
  /** Suffix for parameter labels, e.g. '1' gives W1 and b1 (default ''). */
  name?: string;
}

/** y = x·Wᵀ + b with W: [out, in]. Accepts x: [batch, in] or [in]. */
export class Linear implements Module {
  readonly W: Tensor;
  readonly b: Tensor | null;

  constructor(readonly inFeatures: number, readonly outFeatures: number, rng: Rng, opts: LinearOptions = {}) {
    const name = opts.name ?? '';
    this.W = INITIALIZERS[opts.init ?? 'xavierUniform']([outFeatures, inFeatures], rng, `W${name}`);
    this.b = opts.bias === false ? null : zeros([outFeatures], { requiresGrad: true, label: `b${name}` });
  }

  forward(x: Tensor): Tensor {
    return linear(x, this.W, this.b);
  }

  parameters(): Tensor[] {
    return this.b ? [this.W, this.b] : [this.W];
  }
}

/** Pre-activations z(l) and activations a(l) of every layer, for lessons. */
export interface MLPTrace {
  z: Tensor[];
  a: Tensor[];
}

/**
 * Multi-layer perceptron. `sizes` = [input, hidden…, output]; `activations` is
 * one name for every layer or one per layer (default: 'relu' for hidden layers,
 * 'identity' for the output). Initialisation is He for ReLU-like layers and
 * Xavier otherwise.
 */
export class MLP implements Module {
  readonly layers: Linear[];
  readonly activations: ActivationName[];

  constructor(sizes: readonly number[], rng: Rng, activations?: ActivationName | readonly ActivationName[]) {
    const n = sizes.length - 1;
    if (n < 1) throw new Error(`MLP: needs at least two sizes, got [${sizes.join(',')}]`);
    this.activations = Array.from({ length: n }, (_, l) => {
      if (activations === undefined) return l === n - 1 ? 'identity' : 'relu';
      return typeof activations === 'string' ? activations : activations[l];
    });
    this.layers = this.activations.map((act, l) => {
      const init: InitName = act === 'relu' || act === 'leakyRelu' ? 'heNormal' : 'xavierUniform';
      return new Linear(sizes[l], sizes[l + 1], rng, { init, name: String(l + 1) });
    });
  }

  /** Every layer's z and a, labelled z1, a1, … */
  trace(x: Tensor): MLPTrace {
    const z: Tensor[] = [];
    const a: Tensor[] = [x];
    this.layers.forEach((layer, l) => {
      const zl = layer.forward(a[l]).named(`z${l + 1} = W${l + 1}·a${l} + b${l + 1}`);
      z.push(zl);
      const al = activation(zl, this.activations[l]);
      a.push(al === zl ? zl : al.named(`a${l + 1} = ${this.activations[l]}(z${l + 1})`));
    });
    return { z, a };
  }

  forward(x: Tensor): Tensor {
    const { a } = this.trace(x);
    return a[a.length - 1];
  }

  parameters(): Tensor[] {
    return this.layers.flatMap((l) => l.parameters());
  }
}
