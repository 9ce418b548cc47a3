import { useEffect, useState } from 'react';
import { DATA_URLS, fetchArrayBuffer, gunzipIfNeeded, loadBrown, type BrownCorpus } from '../../data';
import { shippedFrom, type Shipped } from '../../models/lm/load';
import { GPT_URL } from './lmData';

export type Loading<T> =
  | { status: 'loading'; loaded: number; total: number | null }
  | { status: 'ready'; data: T }
  | { status: 'error'; message: string };

function useLoad<T>(load: (onProgress: (loaded: number, total: number | null) => void, signal: AbortSignal) => Promise<T>): Loading<T> {
  const [state, setState] = useState<Loading<T>>({ status: 'loading', loaded: 0, total: null });
  useEffect(() => {
    const abort = new AbortController();
    let last = 0;
    load((loaded, total) => {
      if (total && loaded < total && loaded - last < total / 20) return;
      last = loaded;
      setState({ status: 'loading', loaded, total });
    }, abort.signal)
      .then((data) => setState({ status: 'ready', data }))
      .catch((e: unknown) => {
        if (!abort.signal.aborted) setState({ status: 'error', message: e instanceof Error ? e.message : String(e) });
      });
    return () => abort.abort();
  }, [load]);
  return state;
}

const loadShipped = async (onProgress: (l: number, t: number | null) => void, signal: AbortSignal) =>
  shippedFrom(asBytes(await gunzipIfNeeded(await fetchArrayBuffer(GPT_URL, onProgress, { signal }))));
function asBytes(b: ArrayBuffer | Uint8Array): Uint8Array {
  return b instanceof Uint8Array ? b : new Uint8Array(b);
}
const loadCorpus = (onProgress: (l: number, t: number | null) => void, signal: AbortSignal) => loadBrown(DATA_URLS.brown, onProgress, { signal });

/** The shipped GPT (≈ 0.5 MB) and the Brown corpus (2.1 MB), loaded when the lesson opens, with progress. */
export function useLmData(): { shipped: Loading<Shipped>; corpus: Loading<BrownCorpus> } {
  return { shipped: useLoad(loadShipped), corpus: useLoad(loadCorpus) };
}
