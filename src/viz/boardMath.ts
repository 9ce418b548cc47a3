/** Geometry of the point board: a line a·x + b·y + c = 0 inside a box, and the half-plane on its positive side. */

/** A line a·x + b·y + c = 0; its positive side is where a·x + b·y + c > 0. */
export interface BoardLine { a: number; b: number; c: number }

/** An axis-aligned box in data units. */
export interface Box { xMin: number; xMax: number; yMin: number; yMax: number }

type P = [number, number];

const side = (l: BoardLine, p: P) => l.a * p[0] + l.b * p[1] + l.c;

/**
 * The part of `box` where a·x + b·y + c ≥ 0 (sign = 1) or ≤ 0 (sign = −1), as a polygon (possibly empty).
 * Sutherland–Hodgman clipping of the box by one half-plane.
 */
export function halfPlaneInBox(line: BoardLine, box: Box, sign: 1 | -1): P[] {
  const corners: P[] = [[box.xMin, box.yMin], [box.xMax, box.yMin], [box.xMax, box.yMax], [box.xMin, box.yMax]];
  const out: P[] = [];
  for (let i = 0; i < 4; i++) {
    const p = corners[i];
    const q = corners[(i + 1) % 4];
    const sp = sign * side(line, p);
    const sq = sign * side(line, q);
    if (sp >= 0) out.push(p);
    // A strict crossing only: a corner lying on the line is already in (as a corner), not added twice.
    if ((sp > 0 && sq < 0) || (sp < 0 && sq > 0)) {
      const t = sp / (sp - sq);
      out.push([p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])]);
    }
  }
  return out;
}

/** The segment of the line inside `box`, or null when the line misses it (or is degenerate, a = b = 0). */
export function lineInBox(line: BoardLine, box: Box): [P, P] | null {
  if (!(Number.isFinite(line.a) && Number.isFinite(line.b) && Number.isFinite(line.c))) return null;
  if (line.a === 0 && line.b === 0) return null;
  const pos = halfPlaneInBox(line, box, 1);
  const scale = Math.abs(line.a) + Math.abs(line.b);
  const on = pos.filter((p) => Math.abs(side(line, p)) <= 1e-9 * Math.max(1, scale * (Math.abs(p[0]) + Math.abs(p[1]))) + 1e-12);
  if (on.length < 2) return null;
  return [on[0], on[on.length - 1]];
}
