import { useEffect, useState } from 'react';
import { DATA_URLS, loadMnist, type MnistData } from '../../data';

export type MnistState =
  | { status: 'loading'; loaded: number; total: number | null }
  | { status: 'ready'; data: MnistData }
  | { status: 'error'; message: string };

/** Loads the shipped digits once, when the lesson opens (never on other pages). */
export function useMnist(): MnistState {
  const [state, setState] = useState<MnistState>({ status: 'loading', loaded: 0, total: null });
  useEffect(() => {
    const abort = new AbortController();
    let last = 0;
    loadMnist(DATA_URLS.mnist, (loaded, total) => {
      if (total && loaded < total && loaded - last < total / 20) return;
      last = loaded;
      setState({ status: 'loading', loaded, total });
    }, { signal: abort.signal })
      .then((data) => setState({ status: 'ready', data }))
      .catch((e: unknown) => {
        if (!abort.signal.aborted) setState({ status: 'error', message: e instanceof Error ? e.message : String(e) });
      });
    return () => abort.abort();
  }, []);
  return state;
}
