import { useEffect, useState } from 'react';
import { DATA_URLS, loadMnist, type MnistData } from './index';

export type MnistState =
  | { status: 'loading'; loaded: number; total: number | null }
  | { status: 'ready'; data: MnistData }
  | { status: 'error'; message: string };

/** Loads the shipped MNIST digits once, when a lesson that needs them opens (never on other pages), reporting the download's progress. */
export function useMnist(): MnistState {
  const [state, setState] = useState<MnistState>({ status: 'loading', loaded: 0, total: null });
  useEffect(() => {
    const abort = new AbortController();
    let last = 0;
    loadMnist(DATA_URLS.mnist, (loaded, total) => {
      // A progress update per ~5 % (or at the end) is plenty for the bar.
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
