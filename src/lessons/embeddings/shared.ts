import type { Values } from '../../lib/urlParams';
import type { embeddingsSchema } from './params';
import type { VectorSource } from './vectorsProtocol';
import type { SourceState } from './useVectors';

export type Params = Values<typeof embeddingsSchema>;
export interface WidgetProps { params: Params; set: (patch: Partial<Params>) => void }

/** The source the tools use: the student's file when chosen and loaded, otherwise GloVe. */
export function activeSource(p: Params, own: SourceState): VectorSource {
  return p.src === 'own' && own.status === 'ready' ? 'own' : 'glove';
}

/** Words with TeX-safe characters only (typed words go into \text{…}). */
export const texWord = (w: string) => `\\text{${w.replace(/[\\{}$&#^_%~]/g, '').slice(0, 30)}}`;
