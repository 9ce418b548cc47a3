/**
 * Hand-designed features of a 28×28 digit, the "traditional" pipeline of the opening lesson: a person decides
 * what to measure (ink per row, strokes crossed by a scan line, enclosed holes…) and a linear classifier only
 * weighs those numbers. Pure functions; the worker computes them for every digit, the page for one.
 */

export const SIDE = 28;
const PIXELS = SIDE * SIDE;
/** Grey level (0…1) from which a pixel counts as ink for crossings and holes. */
export const INK_THRESHOLD = 0.5;
/** Rows (for horizontal scans) and columns (for vertical scans) along which strokes are counted. */
export const SCAN_LINES = [6, 10, 14, 18, 22] as const;

/** The feature groups a student can switch on or off, in a fixed order. */
export const FEATURE_GROUPS = ['rows', 'cols', 'ink', 'centroid', 'box', 'crossings', 'symmetry', 'holes'] as const;
export type FeatureGroup = (typeof FEATURE_GROUPS)[number];

/** Numbers each group adds to the feature vector. */
export const FEATURE_SIZES: Record<FeatureGroup, number> = {
  rows: SIDE, cols: SIDE, ink: 1, centroid: 2, box: 2, crossings: 2 * SCAN_LINES.length, symmetry: 2, holes: 3,
};

/** Everything measured on one digit. Profiles and ink are fractions of a full row/column/image of ink. */
export interface DigitFeatures {
  /** Mean grey level of each row, top to bottom (0…1). */
  rows: number[];
  /** Mean grey level of each column, left to right (0…1). */
  cols: number[];
  /** Mean grey level of the whole image (0…1). */
  ink: number;
  /** Ink-weighted centre of mass in pixels (column x, row y), or the image centre for a blank image. */
  centroid: { x: number; y: number };
  /** Smallest box holding all ink pixels (inclusive pixel indices), or null for a blank image. */
  box: { x0: number; y0: number; x1: number; y1: number } | null;
  /** Strokes crossed: along each row of SCAN_LINES (horizontal) and each column of SCAN_LINES (vertical). */
  crossings: { rows: number[]; cols: number[] };
  /** 1 − mean |x − mirror(x)| over the image, left↔right and top↔bottom (1 = perfectly symmetric). */
  symmetry: { leftRight: number; topBottom: number };
  /** Enclosed background regions (the loops of 0, 6, 8, 9…). */
  holes: number;
  /** Per pixel: 0, or k ≥ 1 when it lies in hole number k. */
  holeMask: Uint8Array;
}

/** Ink runs (maximal stretches of pixels ≥ threshold) along a line given by `at(i)`, i = 0…27. */
function runs(at: (i: number) => number): number {
  let count = 0;
  let inside = false;
  for (let i = 0; i < SIDE; i++) {
    const ink = at(i) >= INK_THRESHOLD;
    if (ink && !inside) count++;
    inside = ink;
  }
  return count;
}

/**
 * Background regions not connected to the border (4-connected background, so a diagonal gap in a stroke
 * does not leak), labelled 1, 2, … Iterative flood fill: no recursion depth to overflow.
 */
function findHoles(p: ArrayLike<number>): { count: number; mask: Uint8Array } {
  const label = new Int16Array(PIXELS); // 0 unvisited background, −1 ink or outside, k ≥ 1 region k
  for (let i = 0; i < PIXELS; i++) if (p[i] >= INK_THRESHOLD) label[i] = -1;
  const mask = new Uint8Array(PIXELS);
  const stack = new Int32Array(PIXELS);
  let regions = 0;
  let holes = 0;
  for (let start = 0; start < PIXELS; start++) {
    if (label[start] !== 0) continue;
    regions++;
    let top = 0;
    let touchesBorder = false;
    const members: number[] = [];
    stack[top++] = start;
    label[start] = regions;
    while (top > 0) {
      const i = stack[--top];
      members.push(i);
      const r = Math.floor(i / SIDE);
      const c = i % SIDE;
      if (r === 0 || c === 0 || r === SIDE - 1 || c === SIDE - 1) touchesBorder = true;
      for (const [dr, dc] of [[-1, 0], [1, 0], [0, -1], [0, 1]] as const) {
        const rr = r + dr;
        const cc = c + dc;
        if (rr < 0 || cc < 0 || rr >= SIDE || cc >= SIDE) continue;
        const j = rr * SIDE + cc;
        if (label[j] === 0) { label[j] = regions; stack[top++] = j; }
      }
    }
    // Specks of one or two pixels between strokes are noise, not loops.
    if (!touchesBorder && members.length >= 3) {
      holes++;
      for (const i of members) mask[i] = Math.min(255, holes);
    }
  }
  return { count: holes, mask };
}

/** Measures one digit. @param pixels 784 grey levels in 0…1, row-major. */
export function digitFeatures(pixels: ArrayLike<number>): DigitFeatures {
  if (pixels.length !== PIXELS) throw new RangeError(`expected ${PIXELS} pixels, got ${pixels.length}`);
  const rows = new Array<number>(SIDE).fill(0);
  const cols = new Array<number>(SIDE).fill(0);
  let total = 0;
  let mx = 0;
  let my = 0;
  let box: DigitFeatures['box'] = null;
  let lr = 0;
  let tb = 0;
  for (let r = 0; r < SIDE; r++) {
    for (let c = 0; c < SIDE; c++) {
      const v = pixels[r * SIDE + c];
      rows[r] += v / SIDE;
      cols[c] += v / SIDE;
      total += v;
      mx += v * c;
      my += v * r;
      lr += Math.abs(v - pixels[r * SIDE + (SIDE - 1 - c)]);
      tb += Math.abs(v - pixels[(SIDE - 1 - r) * SIDE + c]);
      if (v >= INK_THRESHOLD) {
        box = box ? { x0: Math.min(box.x0, c), y0: Math.min(box.y0, r), x1: Math.max(box.x1, c), y1: Math.max(box.y1, r) } : { x0: c, y0: r, x1: c, y1: r };
      }
    }
  }
  const centre = (SIDE - 1) / 2;
  const holes = findHoles(pixels);
  return {
    rows, cols, ink: total / PIXELS,
    centroid: total > 0 ? { x: mx / total, y: my / total } : { x: centre, y: centre },
    box,
    crossings: {
      rows: SCAN_LINES.map((r) => runs((i) => pixels[r * SIDE + i])),
      cols: SCAN_LINES.map((c) => runs((i) => pixels[i * SIDE + c])),
    },
    symmetry: { leftRight: 1 - lr / PIXELS, topBottom: 1 - tb / PIXELS },
    holes: holes.count,
    holeMask: holes.mask,
  };
}

/** The numbers of one group, on comparable scales (roughly 0…1; counts divided by a typical maximum). */
function groupValues(f: DigitFeatures, g: FeatureGroup): number[] {
  switch (g) {
    case 'rows': return f.rows;
    case 'cols': return f.cols;
    case 'ink': return [f.ink];
    case 'centroid': return [f.centroid.x / (SIDE - 1), f.centroid.y / (SIDE - 1)];
    case 'box': return f.box ? [(f.box.x1 - f.box.x0 + 1) / SIDE, (f.box.y1 - f.box.y0 + 1) / SIDE] : [0, 0];
    case 'crossings': return [...f.crossings.rows, ...f.crossings.cols].map((n) => n / 3);
    case 'symmetry': return [f.symmetry.leftRight, f.symmetry.topBottom];
    // One-hot (none, one, two or more): a linear model cannot read "1 hole" off a single count well.
    case 'holes': return [f.holes === 0 ? 1 : 0, f.holes === 1 ? 1 : 0, f.holes >= 2 ? 1 : 0];
  }
}

/** The feature vector of the chosen groups, in FEATURE_GROUPS order. */
export function featureVector(f: DigitFeatures, groups: readonly FeatureGroup[]): number[] {
  return FEATURE_GROUPS.filter((g) => groups.includes(g)).flatMap((g) => groupValues(f, g));
}

/** Length of the feature vector of `groups`. */
export function featureCount(groups: readonly FeatureGroup[]): number {
  return FEATURE_GROUPS.filter((g) => groups.includes(g)).reduce((s, g) => s + FEATURE_SIZES[g], 0);
}

/** Parses a comma-separated list of group names; null when a name is unknown or repeated. */
export function parseFeatureGroups(text: string): FeatureGroup[] | null {
  if (text.trim() === '') return [];
  const parts = text.split(',').map((s) => s.trim());
  const known = new Set<string>(FEATURE_GROUPS);
  if (parts.some((p) => !known.has(p)) || new Set(parts).size !== parts.length) return null;
  return FEATURE_GROUPS.filter((g) => parts.includes(g));
}
