/**
 * Two-dimensional test functions with analytic gradients, for racing
 * optimizers on a contour plot. Coordinates are unitless; each function
 * carries a suggested start point, a view box that frames the interesting
 * region, and its known minima.
 */

/** Axis-aligned plotting window in function coordinates. */
export interface ViewBox {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** A 2-D function f(x, y) with its gradient and plotting hints. */
export interface TestFunction2D {
  /** Stable id (see {@link TEST_FUNCTION_NAMES}). */
  id: TestFunctionName;
  /** Formula in TeX, for the lesson's caption. */
  tex: string;
  /** f(x, y). */
  f: (x: number, y: number) => number;
  /** ∇f(x, y) as [∂f/∂x, ∂f/∂y]. */
  grad: (x: number, y: number) => [number, number];
  /** Suggested start point [x, y]. */
  start: [number, number];
  /** Suggested view box. */
  view: ViewBox;
  /** Known (global or local) minima [x, y]; empty when f is unbounded below. */
  minima: [number, number][];
}

/** Ids of the built-in test functions. */
export const TEST_FUNCTION_NAMES = ['bowl', 'rosenbrock', 'saddle', 'himmelblau'] as const;
/** One of {@link TEST_FUNCTION_NAMES}. */
export type TestFunctionName = (typeof TEST_FUNCTION_NAMES)[number];

/** Ill-conditioned quadratic f = 0.1x² + 2y² (Hessian diag(0.2, 4), condition number 20). */
const bowl: TestFunction2D = {
  id: 'bowl',
  tex: 'f(x,y) = 0.1x^2 + 2y^2',
  f: (x, y) => 0.1 * x * x + 2 * y * y,
  grad: (x, y) => [0.2 * x, 4 * y],
  start: [-4.5, 1.5],
  view: { xMin: -5, xMax: 5, yMin: -2.5, yMax: 2.5 },
  minima: [[0, 0]],
};

/** Rosenbrock's banana, a = 1, b = 100: f = (1−x)² + 100(y−x²)², minimum at (1, 1). */
const rosenbrock: TestFunction2D = {
  id: 'rosenbrock',
  tex: 'f(x,y) = (1-x)^2 + 100\\,(y-x^2)^2',
  f: (x, y) => (1 - x) ** 2 + 100 * (y - x * x) ** 2,
  grad: (x, y) => [-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)],
  start: [-1.5, 2],
  view: { xMin: -2, xMax: 2, yMin: -1, yMax: 3 },
  minima: [[1, 1]],
};

/** Saddle f = x² − y²: a stationary point at the origin that is not a minimum. */
const saddle: TestFunction2D = {
  id: 'saddle',
  tex: 'f(x,y) = x^2 - y^2',
  f: (x, y) => x * x - y * y,
  grad: (x, y) => [2 * x, -2 * y],
  start: [-1.8, 0.05],
  view: { xMin: -2, xMax: 2, yMin: -2, yMax: 2 },
  minima: [],
};

/** Himmelblau f = (x²+y−11)² + (x+y²−7)²: four minima, all with f = 0. */
const himmelblau: TestFunction2D = {
  id: 'himmelblau',
  tex: 'f(x,y) = (x^2+y-11)^2 + (x+y^2-7)^2',
  f: (x, y) => (x * x + y - 11) ** 2 + (x + y * y - 7) ** 2,
  grad: (x, y) => {
    const a = x * x + y - 11;
    const b = x + y * y - 7;
    return [4 * x * a + 2 * b, 2 * a + 4 * y * b];
  },
  start: [-0.5, -0.5],
  view: { xMin: -5, xMax: 5, yMin: -5, yMax: 5 },
  minima: [
    [3, 2],
    [-2.805118, 3.131312],
    [-3.77931, -3.283186],
    [3.584428, -1.848126],
  ],
};

/** All test functions by id. */
export const TEST_FUNCTIONS: Readonly<Record<TestFunctionName, TestFunction2D>> = { bowl, rosenbrock, saddle, himmelblau };

/** Look up a test function by id. @throws Error for an unknown id. */
export function getTestFunction(name: string): TestFunction2D {
  if (!(TEST_FUNCTION_NAMES as readonly string[]).includes(name)) {
    throw new Error(`unknown test function "${name}" (expected one of ${TEST_FUNCTION_NAMES.join(', ')})`);
  }
  return TEST_FUNCTIONS[name as TestFunctionName];
}
