import { useEffect, useState } from 'react';
import { DATA_URLS, fetchArrayBuffer, gunzipIfNeeded, loadBrown, loadEmbeddings, loadSpam, type BrownCorpus, type Embeddings, type SpamData } from '../../data';
import { loadBert, loadBiLstm } from '../../models/pretrain/inference';

const base = import.meta.env?.BASE_URL ?? '/';
export const CHECKPOINT_URLS = { bert: `${base}data/bert-mini.ckpt.gz`, bilstm: `${base}data/bilstm-mini.ckpt.gz` } as const;

export interface PretrainBundle {
  bert: ReturnType<typeof loadBert>;
  bilstm: ReturnType<typeof loadBiLstm>;
  /** Decompressed BERT checkpoint (sent to the worker for fine-tuning). */
  bertBytes: Uint8Array;
  /** Decompressed bi-LSTM checkpoint (sent to the worker to continue its training). */
  bilstmBytes: Uint8Array;
  sizes: { bert: number; bilstm: number };
  brown: BrownCorpus;
  spam: SpamData;
  glove: Embeddings;
}

export type PretrainState =
  | { status: 'loading'; loaded: number; total: number | null }
  | { status: 'error'; message: string }
  | { status: 'ready'; data: PretrainBundle };

async function checkpoint(url: string, onProgress: (l: number, t: number | null) => void) {
  const raw = await fetchArrayBuffer(url, onProgress);
  const bytes = await gunzipIfNeeded(raw);
  return { bytes: bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes), size: raw.byteLength };
}

/** Loads the two checkpoints, the Brown corpus, the e-mails and the GloVe preview, with one combined progress. */
export function usePretrainData(): PretrainState {
  const [state, setState] = useState<PretrainState>({ status: 'loading', loaded: 0, total: null });
  useEffect(() => {
    let live = true;
    const progress = new Map<string, [number, number | null]>();
    const track = (key: string) => (l: number, t: number | null) => {
      progress.set(key, [l, t]);
      if (!live) return;
      const all = [...progress.values()];
      const total = all.length === 5 && all.every(([, tt]) => tt !== null) ? all.reduce((s, [, tt]) => s + (tt ?? 0), 0) : null;
      setState({ status: 'loading', loaded: all.reduce((s, [ll]) => s + ll, 0), total });
    };
    Promise.all([
      checkpoint(CHECKPOINT_URLS.bert, track('bert')), checkpoint(CHECKPOINT_URLS.bilstm, track('bilstm')),
      loadBrown(DATA_URLS.brown, track('brown')), loadSpam(DATA_URLS.spam, track('spam')), loadEmbeddings(DATA_URLS.embeddingsPreview, track('glove')),
    ]).then(([b, l, brown, spam, glove]) => {
      if (!live) return;
      setState({ status: 'ready', data: { bert: loadBert(b.bytes), bilstm: loadBiLstm(l.bytes), bertBytes: b.bytes, bilstmBytes: l.bytes, sizes: { bert: b.size, bilstm: l.size }, brown, spam, glove } });
    }).catch((e: unknown) => { if (live) setState({ status: 'error', message: e instanceof Error ? e.message : String(e) }); });
    return () => { live = false; };
  }, []);
  return state;
}
