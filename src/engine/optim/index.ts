/**
 * Optimizers for the engine: construct with parameters and hyperparameters,
 * then call `zeroGrad()` / backprop / `step()` each iteration.
 *
 * @example
 *   const opt = createOptimizer('adam', params, { lr: 0.01 });
 *   opt.zeroGrad(); backward(loss); opt.step();
 */
export { Optimizer, copyBuffers } from './optimizer';
export type { FloatBuffer, HyperRecord, OptimizerState, ParamLike } from './optimizer';
export { SGD, Momentum, Nesterov } from './sgd';
export type { SGDHyper, MomentumHyper } from './sgd';
export { Adagrad, Adadelta, RMSprop } from './adaptive';
export type { AdagradHyper, AdadeltaHyper, RMSpropHyper } from './adaptive';
export { AMSGrad, Adam, AdamW, Nadam } from './adam';
export type { AdamHyper, AdamWHyper } from './adam';
export { OPTIMIZER_NAMES, createOptimizer, isOptimizerName, optimizerDefaults } from './factory';
export type { OptimizerName } from './factory';
export { TEST_FUNCTIONS, TEST_FUNCTION_NAMES, getTestFunction } from './testFunctions';
export type { TestFunction2D, TestFunctionName, ViewBox } from './testFunctions';
export { runOptimizerOn2D } from './race';
export type { Trajectory2D } from './race';
