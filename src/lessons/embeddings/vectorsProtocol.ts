/** Messages between the embeddings lesson and its vector-query worker (plain structured-clone data). */
import type { CosineParts, Scored, WordCheck } from '../../models/embeddings';

/** Which vectors a query runs on: the shipped GloVe file or the student's own file. */
export type VectorSource = 'glove' | 'own';

export type VectorQuery =
  | { kind: 'analogy'; a: string; b: string; c: string; k: number; include: boolean }
  | { kind: 'neighbours'; word: string; k: number }
  | { kind: 'cosine'; a: string; b: string }
  /** Word pairs drawn as arrows (a single word draws no arrow); with `analogy`, a→b and c→answer. */
  | { kind: 'map'; groups: string[][]; analogy?: { a: string; b: string; c: string } };

export interface MapPoint { word: string; x: number; y: number; answer?: boolean }

export type QueryResult =
  | { kind: 'analogy'; checks: WordCheck[]; ranked: Scored[] | null }
  | { kind: 'neighbours'; checks: WordCheck[]; ranked: Scored[] | null }
  | { kind: 'cosine'; checks: WordCheck[]; parts: CosineParts | null }
  | { kind: 'map'; checks: WordCheck[]; points: MapPoint[]; arrows: [number, number, number][]; explained: [number, number] };

/** A load failure: a DataError code (translated by the page) with its details. */
export interface LoadFailure { code: string; line?: number; column?: number; expected?: number | string; found?: number | string; limit?: number; status?: number }

export interface SpaceInfo { count: number; dims: number; bytes: number; ms: number; truncated: boolean; skippedDuplicates: number; name?: string }

export type VectorsRequest =
  | { type: 'load'; url: string }
  | { type: 'loadFile'; file: Blob; name: string; maxBytes: number; maxWords: number }
  | { type: 'query'; id: number; source: VectorSource; query: VectorQuery };

export type VectorsEvent =
  | { type: 'progress'; source: VectorSource; loaded: number; total: number | null }
  | { type: 'ready'; source: VectorSource; info: SpaceInfo }
  | { type: 'loadError'; source: VectorSource; failure: LoadFailure }
  | { type: 'result'; id: number; ms: number; result: QueryResult }
  | { type: 'queryError'; id: number; message: string };
