import type { Matrix } from '../../models/cnn';
import { Heatmap } from '../../viz/Heatmap';
import { MatrixView, type MatrixWindow } from '../../viz/MatrixView';

/** Largest side drawn as written-out numbers; bigger grids become heatmaps. */
export const NUMBERS_UP_TO = 12;

interface GridProps {
  title: string;
  values: Matrix;
  windows?: MatrixWindow[];
  signed?: boolean;
  digits?: number;
  testId?: string;
}

/** Small matrices as numbers with windows; large ones (images) as heatmaps with the window's cells outlined. */
export function Grid({ title, values, windows = [], signed, digits = 2, testId }: GridProps) {
  const side = Math.max(values.length, values[0]?.length ?? 0);
  if (side <= NUMBERS_UP_TO) {
    const cw = side > 8 ? 40 : 52;
    return (
      <div data-testid={testId} className="ga-cnn-grid">
        <MatrixView title={title} values={values} windows={windows} colorByValue={signed} digits={digits} cellWidth={cw} />
      </div>
    );
  }
  const highlight = windows.filter((w) => w.kind !== 'winner').flatMap((w) =>
    Array.from({ length: w.rows * w.cols }, (_, i) => ({ row: w.row + Math.floor(i / w.cols), col: w.col + (i % w.cols) })));
  return (
    <div data-testid={testId} className="ga-cnn-grid">
      <Heatmap title={title} values={values} scale={signed ? 'diverging' : 'sequential'} cellSize={side > 30 ? 10 : 12} highlight={highlight} digits={digits} />
    </div>
  );
}

/** 784 grey levels (row-major) as a 28×28 matrix. */
export function toMatrix(pixels: ArrayLike<number>, side = 28, scale = 1): Matrix {
  return Array.from({ length: side }, (_, r) => Array.from({ length: side }, (_, c) => pixels[r * side + c] * scale));
}
