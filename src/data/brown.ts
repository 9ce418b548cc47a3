/**
 * Real English text for the language-model lessons: the Brown corpus (W. N. Francis and H. Kučera,
 * 1964, revised 1979; 500 samples of American English in 15 genres), tags removed and tokens joined
 * back into text by scripts/data/derive-brown.mjs, shipped as public/data/brown.txt.gz.
 *
 * Format (UTF-8 text, "\n" line ends):
 *   line 1:           "GABR 1"  (magic and version)
 *   a document:       "@<id> <genre letter> <train|val>"  then its sentences, one per line
 * Ten per cent of the documents (every tenth file) are marked `val`: held-out text for validation loss.
 */
import { DataError } from './errors.ts';
import { fetchArrayBuffer, type ProgressCallback } from './fetchProgress.ts';
import { gunzipIfNeeded } from './gunzip.ts';

export const BROWN_MAGIC = 'GABR 1';
/** Genre letters of the corpus, a (press: reportage) … r (humour); there is no i, o or q. */
export const BROWN_GENRES = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'r'] as const;
export type BrownGenre = (typeof BROWN_GENRES)[number];

export interface BrownDocument {
  /** File name in the corpus, e.g. "ca01". */
  id: string;
  genre: BrownGenre;
  /** Held out for validation. */
  validation: boolean;
  sentences: string[];
}

export interface BrownCorpus {
  documents: BrownDocument[];
  /** Sentences of the training documents, in corpus order. */
  train: string[];
  /** Sentences of the held-out documents, in corpus order. */
  validation: string[];
}

/** Writes the format above. Shared by the derivation script and the tests. */
export function encodeBrown(documents: BrownDocument[]): string {
  const lines = [BROWN_MAGIC];
  for (const d of documents) {
    if (d.sentences.some((s) => s.includes('\n') || s.startsWith('@') || s === '')) {
      throw new RangeError(`document ${d.id}: a sentence is empty, starts with @ or holds a line break`);
    }
    lines.push(`@${d.id} ${d.genre} ${d.validation ? 'val' : 'train'}`, ...d.sentences);
  }
  return lines.join('\n') + '\n';
}

/** Parses the format above; throws DataError 'badMagic' or 'badHeader' (with the line) on anything else. */
export function parseBrown(text: string): BrownCorpus {
  const lines = text.split('\n');
  if (lines[0] !== BROWN_MAGIC) throw new DataError('badMagic', 'Not a Brown corpus file (missing "GABR 1" header)');
  const documents: BrownDocument[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (line === '' && i === lines.length - 1) break;
    if (line.startsWith('@')) {
      const [id, genre, split] = line.slice(1).split(' ');
      if (!BROWN_GENRES.includes(genre as BrownGenre) || (split !== 'train' && split !== 'val')) {
        throw new DataError('badHeader', `Brown corpus file: bad document line ${i + 1}`, { line: i + 1 });
      }
      documents.push({ id, genre: genre as BrownGenre, validation: split === 'val', sentences: [] });
    } else if (documents.length === 0 || line === '') {
      throw new DataError('badHeader', `Brown corpus file: unexpected line ${i + 1}`, { line: i + 1 });
    } else {
      documents[documents.length - 1].sentences.push(line);
    }
  }
  const pick = (val: boolean) => documents.filter((d) => d.validation === val).flatMap((d) => d.sentences);
  return { documents, train: pick(false), validation: pick(true) };
}

/** Downloads (with progress), decompresses and parses the corpus (URL: DATA_URLS.brown). */
export async function loadBrown(url: string, onProgress?: ProgressCallback, init?: { signal?: AbortSignal }): Promise<BrownCorpus> {
  const bytes = await gunzipIfNeeded(await fetchArrayBuffer(url, onProgress, init));
  return parseBrown(new TextDecoder().decode(bytes));
}
