/**
 * Checks a task description before anything is built, so a bad task from the
 * page becomes one readable error message instead of a crash mid-training.
 */
import { ACTIVATIONS } from '../engine/activations';
import { INITIALIZERS } from '../engine/init';
import { isOptimizerName } from '../engine/optim/factory';
import type { Dataset, MlpTask } from './mlp';

function fail(msg: string): never {
  throw new Error(`invalid mlp task: ${msg}`);
}

const isPosInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1;
const isNonNeg = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v) && v >= 0;

function checkRows(name: string, rows: unknown, width: number): void {
  if (!Array.isArray(rows)) fail(`${name} must be an array of rows`);
  rows.forEach((row: unknown, i) => {
    if (!Array.isArray(row) || row.length !== width) fail(`${name}[${i}] must have ${width} numbers`);
    if (!row.every((v) => typeof v === 'number' && Number.isFinite(v))) fail(`${name}[${i}] has a non-finite value`);
  });
}

function checkData(name: string, d: Dataset | undefined, nIn: number, nOut: number, required: boolean): void {
  if (!d || typeof d !== 'object') {
    if (required) fail(`${name} is missing`);
    return;
  }
  checkRows(`${name}.x`, d.x, nIn);
  checkRows(`${name}.y`, d.y, nOut);
  if (d.x.length !== d.y.length) fail(`${name} has ${d.x.length} inputs but ${d.y.length} targets`);
  if (required && d.x.length === 0) fail(`${name} is empty`);
}

function checkShape(t: MlpTask): void {
  if (!Array.isArray(t.layers) || t.layers.length < 2 || !t.layers.every(isPosInt)) {
    fail('layers must list at least two positive integer widths, e.g. [2, 8, 1]');
  }
  if (!(typeof t.activation === 'string' && t.activation in ACTIVATIONS)) fail(`unknown activation "${String(t.activation)}"`);
  const out = t.outputActivation;
  if (!(typeof out === 'string' && (out === 'softmax' || out in ACTIVATIONS))) fail(`unknown output activation "${String(out)}"`);
  if (!['mse', 'bce', 'ce'].includes(t.loss)) fail(`unknown loss "${String(t.loss)}" (mse, bce or ce)`);
  if (t.loss === 'ce' && out !== 'softmax') fail('loss "ce" needs outputActivation "softmax"');
  if (t.init !== undefined && !(t.init in INITIALIZERS)) fail(`unknown init "${String(t.init)}"`);
}

function checkGrid(t: MlpTask): void {
  const g = t.grid;
  if (g === undefined) return;
  if (t.layers[0] !== 2) fail('a decision-boundary grid needs exactly 2 inputs');
  if (!Number.isInteger(g.n) || g.n < 2 || g.n > 256) fail('grid.n must be an integer in 2…256');
  const finite = [g.xMin, g.xMax, g.yMin, g.yMax].every((v) => typeof v === 'number' && Number.isFinite(v));
  if (!finite || g.xMin >= g.xMax || g.yMin >= g.yMax) fail('grid needs finite xMin < xMax and yMin < yMax');
}

/** @throws Error `invalid mlp task: …` naming the first problem. */
export function validateMlpTask(t: MlpTask): void {
  if (!t || typeof t !== 'object' || t.kind !== 'mlp') fail('kind must be "mlp"');
  checkShape(t);
  const nIn = t.layers[0];
  const nOut = t.layers[t.layers.length - 1];
  checkData('data', t.data, nIn, nOut, true);
  checkData('testData', t.testData, nIn, nOut, false);
  if (!t.optimizer || !isOptimizerName(t.optimizer.name)) fail(`unknown optimizer "${String(t.optimizer?.name)}"`);
  if (!isNonNeg(t.batchSize)) fail('batchSize must be a number ≥ 0 (0 = full batch)');
  if (t.l1 !== undefined && !isNonNeg(t.l1)) fail('l1 must be a finite number ≥ 0');
  if (t.l2 !== undefined && !isNonNeg(t.l2)) fail('l2 must be a finite number ≥ 0');
  if (!(typeof t.seed === 'number' || typeof t.seed === 'string')) fail('seed must be a number or string');
  checkGrid(t);
}
