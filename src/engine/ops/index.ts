/** All tensor ops. */
export { add, sub, mul, div, neg } from './arith';
export { pow, exp, log, sqrt, abs, scale } from './math';
export { sigmoid, tanh, hardTanh, relu, leakyRelu, prelu, gelu, swish, activation } from './activation';
export { matmul, linear } from './matmul';
export { reshape, permute, transpose, concat, slice, gather } from './shape';
export { sum, mean, max } from './reduce';
export { softmax, logSoftmax, maskFill } from './softmax';
export { conv2d, conv1d, type ConvOptions } from './conv';
export { maxPool2d, avgPool2d } from './pool';
export { layerNorm } from './norm';
export { dropout } from './dropout';
export { type Operand } from './util';
export { broadcastShapes } from './broadcast';
