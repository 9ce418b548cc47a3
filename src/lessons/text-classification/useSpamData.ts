import { useEffect, useState } from 'react';
import { DATA_URLS, loadSpam, type SpamData } from '../../data';
import { nbProbabilities, trainNaiveBayes, type NaiveBayes } from '../../models/text/naiveBayes';
import { makeVocab, type Vocab } from '../../models/text/vocab';

/** The mails plus what the page derives from them once: the vocabulary, Naive Bayes, document frequencies. */
export interface SpamBundle {
  data: SpamData;
  vocab: Vocab;
  nb: NaiveBayes;
  /** P(spam) of every test mail under Naive Bayes. */
  nbProbs: Float64Array;
  /** Training mails containing each word id. */
  df: Uint32Array;
  /** Compressed bytes transferred. */
  bytes: number;
  /** Seconds from opening the page to the first Naive Bayes answer (download + parse + counting). */
  readySeconds: number;
  /** Milliseconds spent counting words (training Naive Bayes) and scoring the test set. */
  nbMillis: number;
}

export type SpamState =
  | { status: 'loading'; loaded: number; total: number | null }
  | { status: 'ready'; bundle: SpamBundle }
  | { status: 'error'; message: string };

/**
 * Bytes that crossed the network: a server may send the .gz file with Content-Encoding: gzip, and then
 * the stream yields decompressed bytes; the resource timing entry knows the encoded size.
 */
function transferredBytes(url: string, streamed: number): number {
  const entry = performance.getEntriesByType?.('resource').findLast((e) => e.name.endsWith(url.replace(/^\.?\//, '/'))) as PerformanceResourceTiming | undefined;
  return entry && entry.encodedBodySize > 0 ? entry.encodedBodySize : streamed;
}

function documentFrequencies(d: SpamData): Uint32Array {
  const df = new Uint32Array(d.vocab.length);
  const seen = new Int32Array(d.vocab.length).fill(-1);
  const { ids, offsets, count } = d.train;
  for (let i = 0; i < count; i++) {
    for (let k = offsets[i]; k < offsets[i + 1]; k++) {
      if (seen[ids[k]] !== i) { seen[ids[k]] = i; df[ids[k]]++; }
    }
  }
  return df;
}

/** Loads the shipped mails once, when the lesson opens (never on other pages), and trains Naive Bayes. */
export function useSpamData(): SpamState {
  const [state, setState] = useState<SpamState>({ status: 'loading', loaded: 0, total: null });
  useEffect(() => {
    const abort = new AbortController();
    const t0 = performance.now();
    let bytes = 0;
    let last = 0;
    loadSpam(DATA_URLS.spam, (loaded, total) => {
      bytes = loaded;
      if (total && loaded < total && loaded - last < total / 20) return;
      last = loaded;
      setState({ status: 'loading', loaded, total });
    }, { signal: abort.signal })
      .then(async (data) => {
        // Three passes over a million tokens: yield between them so no single task holds the page long.
        const pause = () => new Promise((r) => setTimeout(r, 0));
        const t1 = performance.now();
        const nb = trainNaiveBayes(data.train, data.vocab.length);
        const counting = performance.now() - t1;
        await pause();
        const t2 = performance.now();
        const nbProbs = nbProbabilities(nb, data.test);
        const nbMillis = counting + performance.now() - t2;
        await pause();
        if (abort.signal.aborted) return;
        const bundle: SpamBundle = {
          data, vocab: makeVocab(data.vocab), nb, nbProbs, df: documentFrequencies(data), bytes: transferredBytes(DATA_URLS.spam, bytes), nbMillis,
          readySeconds: (performance.now() - t0) / 1000,
        };
        setState({ status: 'ready', bundle });
      })
      .catch((e: unknown) => {
        if (!abort.signal.aborted) setState({ status: 'error', message: e instanceof Error ? e.message : String(e) });
      });
    return () => abort.abort();
  }, []);
  return state;
}
