/**
 * The embeddings lesson's vector worker: downloads and decodes the GloVe file, parses a student's own
 * file, and answers queries, so a 50,000-word search never blocks the page.
 */
import { isDataError, loadEmbeddings, parseGloveText, type Embeddings } from '../../data';
import { runQuery } from './vectorQueries';
import type { LoadFailure, VectorSource, VectorsEvent, VectorsRequest } from './vectorsProtocol';


interface Scope {
  postMessage(message: VectorsEvent): void;
  onmessage: ((e: MessageEvent<VectorsRequest>) => void) | null;
}

const scope = self as unknown as Scope;
const post = (e: VectorsEvent) => scope.postMessage(e);
const spaces: Partial<Record<VectorSource, Embeddings>> = {};

function failure(err: unknown): LoadFailure {
  if (isDataError(err)) {
    const { code, line, column, expected, found, limit, status } = err;
    return { code, line, column, expected, found, limit, status };
  }
  return { code: 'network' };
}

function progress(source: VectorSource) {
  let last = 0;
  return (loaded: number, total: number | null) => {
    const now = performance.now();
    if (now - last < 50 && loaded !== total) return;
    last = now;
    post({ type: 'progress', source, loaded, total });
  };
}

async function load(source: VectorSource, run: () => Promise<Embeddings>, bytes: () => number, name?: string) {
  const t0 = performance.now();
  try {
    const emb = await run();
    spaces[source] = emb;
    post({ type: 'ready', source, info: { count: emb.count, dims: emb.dims, bytes: bytes(), ms: performance.now() - t0,
      truncated: emb.truncated ?? false, skippedDuplicates: emb.skippedDuplicates ?? 0, name } });
  } catch (err) {
    post({ type: 'loadError', source, failure: failure(err) });
  }
}

scope.onmessage = (e) => {
  const req = e.data;
  if (req.type === 'load') {
    let seen = 0;
    const onProgress = progress('glove');
    void load('glove', () => loadEmbeddings(req.url, (l, t) => { seen = l; onProgress(l, t); }), () => seen);
  } else if (req.type === 'loadFile') {
    delete spaces.own;
    void load('own', () => parseGloveText(req.file, { maxBytes: req.maxBytes, maxWords: req.maxWords }, progress('own')), () => req.file.size, req.name);
  } else if (req.type === 'query') {
    const space = spaces[req.source];
    if (!space) {
      post({ type: 'queryError', id: req.id, message: `no ${req.source} vectors loaded` });
      return;
    }
    try {
      const t0 = performance.now();
      const result = runQuery(space, req.query);
      post({ type: 'result', id: req.id, ms: performance.now() - t0, result });
    } catch (err) {
      post({ type: 'queryError', id: req.id, message: err instanceof Error ? err.message : String(err) });
    }
  }
};
