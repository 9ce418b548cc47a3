/**
 * Run a real optimizer on a 2-D test function and record everything a
 * lesson needs to animate it: path, loss and optimizer state per step.
 */
import { createOptimizer, type OptimizerName } from './factory';
import type { HyperRecord } from './optimizer';
import { getTestFunction, type TestFunctionName } from './testFunctions';

/** The recorded run. Index k of `path`, `loss` and `state` is "after k steps" (k = 0 is the start). */
export interface Trajectory2D {
  /** Positions [x, y]; length = steps taken + 1. */
  path: [number, number][];
  /** f at each position; same length as `path`. */
  loss: number[];
  /**
   * Optimizer state at each position: state name → [value for x, value for y]
   * (e.g. `velocity`, `m`, `vHat`); same length as `path`. Empty objects for SGD.
   */
  state: Record<string, [number, number]>[];
  /** True if the run stopped early because f or the position became non-finite. */
  diverged: boolean;
}

function readState(opt: ReturnType<typeof createOptimizer>): Record<string, [number, number]> {
  const out: Record<string, [number, number]> = {};
  for (const [key, buffers] of Object.entries(opt.state())) out[key] = [buffers[0][0], buffers[0][1]];
  return out;
}

/**
 * Minimise test function `fnName` from `start` with optimizer `optimizerName`
 * for up to `steps` steps (pure: no shared state between calls).
 * Stops early (with `diverged: true`) if the position or loss stops being finite.
 * @param hyper hyperparameters for the optimizer (missing keys take its defaults).
 * @param start start point; defaults to the function's suggested start.
 * @throws Error for an unknown function or optimizer name.
 */
export function runOptimizerOn2D(
  fnName: TestFunctionName | string,
  optimizerName: OptimizerName | string,
  hyper: HyperRecord,
  start: readonly [number, number] | undefined,
  steps: number,
): Trajectory2D {
  const fn = getTestFunction(fnName);
  const [x0, y0] = start ?? fn.start;
  const param = { data: new Float64Array([x0, y0]), grad: new Float64Array(2) };
  const opt = createOptimizer(optimizerName, [param], hyper);
  const result: Trajectory2D = { path: [[x0, y0]], loss: [fn.f(x0, y0)], state: [readState(opt)], diverged: false };
  const n = Math.max(0, Math.floor(steps));
  for (let k = 0; k < n; k++) {
    const [gx, gy] = fn.grad(param.data[0], param.data[1]);
    param.grad[0] = gx;
    param.grad[1] = gy;
    opt.step();
    const x = param.data[0];
    const y = param.data[1];
    const f = fn.f(x, y);
    if (!Number.isFinite(x) || !Number.isFinite(y) || !Number.isFinite(f)) {
      result.diverged = true;
      break;
    }
    result.path.push([x, y]);
    result.loss.push(f);
    result.state.push(readState(opt));
  }
  return result;
}
