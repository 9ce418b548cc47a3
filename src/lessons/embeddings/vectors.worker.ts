/**
 * The embeddings lesson's vector worker: downloads and decodes the GloVe file, parses a student's own
 * file, and answers queries, so a 50,000-word search never blocks the page. The shipped file comes in two
 * steps: a small prefix (the 3,000 most frequent words) is loaded and answers queries first, then the full
 * file replaces it.
 */
import { isDataError, loadEmbeddings, parseGloveText, type Embeddings } from '../../data';
import { runQuery } from './vectorQueries';
import type { LoadFailure, SpaceInfo, VectorSource, VectorsEvent, VectorsRequest } from './vectorsProtocol';


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

/** A progress callback that posts at most every 50 ms (and always the last chunk). */
function throttled(emit: (loaded: number, total: number | null) => void) {
  let last = 0;
  return (loaded: number, total: number | null) => {
    const now = performance.now();
    if (now - last < 50 && loaded !== total) return;
    last = now;
    emit(loaded, total);
  };
}

const progress = (source: VectorSource) => throttled((loaded, total) => post({ type: 'progress', source, loaded, total }));

function infoOf(emb: Embeddings, bytes: number, ms: number, extra: Partial<SpaceInfo> = {}): SpaceInfo {
  return { count: emb.count, dims: emb.dims, bytes, ms, truncated: emb.truncated ?? false, skippedDuplicates: emb.skippedDuplicates ?? 0, partial: false, ...extra };
}

async function load(source: VectorSource, run: () => Promise<Embeddings>, bytes: () => number, name?: string) {
  const t0 = performance.now();
  try {
    const emb = await run();
    spaces[source] = emb;
    post({ type: 'ready', source, info: infoOf(emb, bytes(), performance.now() - t0, { name }) });
  } catch (err) {
    post({ type: 'loadError', source, failure: failure(err) });
  }
}

/**
 * The shipped GloVe vectors: the preview first (if given), announced as `ready` with partial true, then the
 * full file. If the preview fails the full file is loaded as usual; if the full file fails after the
 * preview worked, the preview stays in use and `upgradeError` says so.
 */
async function loadGlove(req: Extract<VectorsRequest, { type: 'load' }>) {
  let preview: Embeddings | null = null;
  if (req.previewUrl) {
    const t0 = performance.now();
    let seen = 0;
    const onProgress = progress('glove');
    try {
      preview = await loadEmbeddings(req.previewUrl, (l, t) => { seen = l; onProgress(l, t); });
      spaces.glove = preview;
      post({ type: 'ready', source: 'glove', info: infoOf(preview, seen, performance.now() - t0, { partial: true, fullCount: req.fullCount }) });
    } catch {
      preview = null; // the full file is still worth a try
    }
  }
  const t0 = performance.now();
  let seen = 0;
  const onProgress = preview
    ? throttled((loaded, total) => post({ type: 'upgradeProgress', source: 'glove', loaded, total }))
    : progress('glove');
  try {
    const full = await loadEmbeddings(req.url, (l, t) => { seen = l; onProgress(l, t); });
    spaces.glove = full;
    post({ type: 'ready', source: 'glove', info: infoOf(full, seen, performance.now() - t0, { fullCount: req.fullCount }) });
  } catch (err) {
    post(preview ? { type: 'upgradeError', source: 'glove', failure: failure(err) } : { type: 'loadError', source: 'glove', failure: failure(err) });
  }
}

scope.onmessage = (e) => {
  const req = e.data;
  if (req.type === 'load') {
    void loadGlove(req);
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
      post({ type: 'result', id: req.id, ms: performance.now() - t0, count: space.count, result });
    } catch (err) {
      post({ type: 'queryError', id: req.id, message: err instanceof Error ? err.message : String(err) });
    }
  }
};
