/**
 * Public entry point of the engine. Scalar activations live under `act`
 * (e.g. `act.sigmoid(0.3)`) because the tensor ops of the same names win the
 * top level (`sigmoid(tensor)`).
 */
export * as act from './activations';
export { ACTIVATIONS, type ActivationName, type Activation, neuron, erf, erfc } from './activations';
export * from './rng';
export * from './tensor';
export * from './tape';
export { releaseGraph, releaseTensors } from './release';
export * from './init';
export * from './losses';
export * from './ops/index';
export * from './nn/index';
export * from './optim';
export * from './similarity';
export * from './jacobian';
export * from './checkpoint';
