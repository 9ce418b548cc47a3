import { useEffect, useState } from 'react';
import { DATA_URLS, loadMnist, type MnistData } from '../../data';

export type DigitsState =
  | { status: 'loading'; loaded: number; total: number | null }
  | { status: 'ready'; data: MnistData }
  | { status: 'error'; message: string };

/** Loads the shipped MNIST digits once, when this lesson opens, reporting the download's progress. */
export function useDigits(): DigitsState {
  const [state, setState] = useState<DigitsState>({ status: 'loading', loaded: 0, total: null });
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
