import { choice, num, numList, type Param } from '../../lib/urlParams';
import { FEATURE_GROUPS, parseFeatureGroups, type FeatureGroup } from '../../models/digitFeatures';
import { TIMELINE_IDS } from './timeline';

export const LEVELS = ['ai', 'ml', 'nn', 'dl'] as const;
export type Level = (typeof LEVELS)[number];

/** A non-empty, comma-separated list of feature groups (`rows,holes`). */
const featureList: Param<FeatureGroup[]> = {
  default: [...FEATURE_GROUPS],
  parse: (raw) => {
    const g = parseFeatureGroups(raw);
    return g && g.length > 0 ? g : undefined;
  },
  format: (v) => v.join(','),
  equals: (a, b) => a.length === b.length && a.every((x, i) => x === b[i]),
};

/** Everything on the opening lesson that a copied link reproduces (keys prefixed per widget). */
export const dlSchema = {
  // AI ⊃ ML ⊃ NN ⊃ DL
  lv: choice(LEVELS, 'dl'),
  // the three classifiers
  feat: featureList,
  ep: num({ default: 3, min: 1, max: 20, integer: true }),
  hid: num({ default: 32, min: 4, max: 128, integer: true }),
  dg: num({ default: 0, min: 0, max: 1999, integer: true }),
  // the three steps
  ts: choice(['bump', 'step'] as const, 'bump'),
  tlr: num({ default: 0.3, min: 0.001, max: 5 }),
  tn: num({ default: 60, min: 1, max: 500, integer: true }),
  tstep: num({ default: 0, min: 0, max: 1500, integer: true }),
  // history
  ty: choice(TIMELINE_IDS, 'perceptron'),
  // counting parameters
  pn: numList({ default: [3, 4, 1], minLength: 2, maxLength: 7, min: 1, max: 4096, integer: true }),
  // iterations and epochs
  en: num({ default: 8000, min: 1, max: 10_000_000, integer: true }),
  eb: num({ default: 64, min: 1, max: 10_000_000, integer: true }),
  ee: num({ default: 3, min: 1, max: 1000, integer: true }),
};

export type DlSchema = typeof dlSchema;
