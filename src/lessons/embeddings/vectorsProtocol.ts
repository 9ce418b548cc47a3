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

export interface SpaceInfo {
  count: number; dims: number; bytes: number; ms: number; truncated: boolean; skippedDuplicates: number; name?: string;
  /**
   * True while only the preview (the first, most frequent words) is loaded and the full file is still
   * on its way; a second `ready` with partial false follows (or `upgradeError`).
   */
  partial: boolean;
  /** Words in the full file, when known (sent with the load request). */
  fullCount?: number;
}

export type VectorsRequest =
  /** The shipped GloVe file; with `previewUrl`, that smaller prefix of it is loaded and searched first. */
  | { type: 'load'; url: string; previewUrl?: string; fullCount?: number }
  | { type: 'loadFile'; file: Blob; name: string; maxBytes: number; maxWords: number }
  | { type: 'query'; id: number; source: VectorSource; query: VectorQuery };

export type VectorsEvent =
  | { type: 'progress'; source: VectorSource; loaded: number; total: number | null }
  | { type: 'ready'; source: VectorSource; info: SpaceInfo }
  | { type: 'loadError'; source: VectorSource; failure: LoadFailure }
  /** Download of the full file while the preview is already answering queries. */
  | { type: 'upgradeProgress'; source: VectorSource; loaded: number; total: number | null }
  /** The full file failed after the preview loaded: queries keep running on the preview. */
  | { type: 'upgradeError'; source: VectorSource; failure: LoadFailure }
  /** `count`: words in the space that answered (the preview or the full file). */
  | { type: 'result'; id: number; ms: number; count: number; result: QueryResult }
  | { type: 'queryError'; id: number; message: string };
