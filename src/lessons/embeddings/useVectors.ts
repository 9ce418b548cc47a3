import { createContext, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { DATA_URLS, EMBEDDING_ROWS } from '../../data';
import type { LoadFailure, QueryResult, SpaceInfo, VectorQuery, VectorSource, VectorsEvent, VectorsRequest } from './vectorsProtocol';

/** The full file's download while a partial space (info.partial) already answers queries. */
export type UpgradeState = { status: 'loading'; loaded: number; total: number | null } | { status: 'error'; failure: LoadFailure };

/**
 * Loading state of one vector source. `ready` with info.partial: the preview answers queries while the
 * full file downloads (`upgrade`); the `info` object changes only when a new space is ready.
 */
export type SourceState =
  | { status: 'idle' }
  | { status: 'loading'; loaded: number; total: number | null }
  | { status: 'ready'; info: SpaceInfo; upgrade?: UpgradeState }
  | { status: 'error'; failure: LoadFailure };

/** `count`: words in the space that answered. */
export interface QueryAnswer { result: QueryResult; ms: number; count: number }

/** The page's handle on the vector worker: source states, queries, loading a file. */
export interface VectorsApi {
  state(source: VectorSource): SourceState;
  subscribe(fn: () => void): () => void;
  query(source: VectorSource, q: VectorQuery): Promise<QueryAnswer>;
  loadFile(file: File, limits: { maxBytes: number; maxWords: number }): void;
  dispose(): void;
}

/** Starts the worker and the GloVe download (called once, when the lesson opens). */
export function createVectorsApi(): VectorsApi {
  const worker = new Worker(new URL('./vectors.worker.ts', import.meta.url), { type: 'module' });
  const states: Record<VectorSource, SourceState> = { glove: { status: 'loading', loaded: 0, total: null }, own: { status: 'idle' } };
  const listeners = new Set<() => void>();
  const pending = new Map<number, { resolve: (a: QueryAnswer) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  const set = (source: VectorSource, s: SourceState) => {
    states[source] = s;
    for (const l of [...listeners]) l();
  };
  const send = (r: VectorsRequest) => worker.postMessage(r);
  worker.onmessage = (e: MessageEvent<VectorsEvent>) => {
    const ev = e.data;
    if (ev.type === 'progress') set(ev.source, { status: 'loading', loaded: ev.loaded, total: ev.total });
    else if (ev.type === 'ready') set(ev.source, { status: 'ready', info: ev.info });
    else if (ev.type === 'loadError') set(ev.source, { status: 'error', failure: ev.failure });
    else if (ev.type === 'upgradeProgress' || ev.type === 'upgradeError') {
      const s = states[ev.source];
      if (s.status !== 'ready') return;
      const upgrade: UpgradeState = ev.type === 'upgradeProgress' ? { status: 'loading', loaded: ev.loaded, total: ev.total } : { status: 'error', failure: ev.failure };
      set(ev.source, { ...s, upgrade });
    } else {
      const p = pending.get(ev.id);
      pending.delete(ev.id);
      if (ev.type === 'result') p?.resolve({ result: ev.result, ms: ev.ms, count: ev.count });
      else p?.reject(new Error(ev.message));
    }
  };
  worker.onerror = (e) => {
    e.preventDefault();
    set('glove', { status: 'error', failure: { code: 'network' } });
  };
  send({ type: 'load', url: DATA_URLS.embeddings, previewUrl: DATA_URLS.embeddingsPreview, fullCount: EMBEDDING_ROWS.full });
  return {
    state: (source) => states[source],
    subscribe: (fn) => {
      listeners.add(fn);
      return () => void listeners.delete(fn);
    },
    query: (source, query) => new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      send({ type: 'query', id, source, query });
    }),
    loadFile: (file, limits) => {
      set('own', { status: 'loading', loaded: 0, total: file.size });
      send({ type: 'loadFile', file, name: file.name, ...limits });
    },
    dispose: () => {
      worker.terminate();
      for (const p of pending.values()) p.reject(new Error('disposed'));
      pending.clear();
      listeners.clear();
    },
  };
}

export const VectorsContext = createContext<VectorsApi | null>(null);

/** The lesson's vectors api (created by the lesson component). */
export function useVectorsApi(): VectorsApi {
  const api = useContext(VectorsContext);
  if (!api) throw new Error('useVectorsApi outside the embeddings lesson');
  return api;
}

/** Creates the api on mount and disposes it on unmount. */
export function useVectorsLifecycle(): VectorsApi | null {
  const [api, setApi] = useState<VectorsApi | null>(null);
  useEffect(() => {
    const a = createVectorsApi();
    // the worker is an external resource created on mount; its handle has to reach the render
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setApi(a);
    return () => a.dispose();
  }, []);
  return api;
}

export function useSourceState(source: VectorSource): SourceState {
  const api = useVectorsApi();
  return useSyncExternalStore(api.subscribe, () => api.state(source));
}

/**
 * Runs `query` on `source` whenever it changes and whenever a new space becomes ready (a file loaded, or
 * the full GloVe file replacing its 3,000-word preview); keeps the last answer while a new one is
 * computed. `query` null means "nothing to ask".
 */
export function useVectorQuery(source: VectorSource, query: VectorQuery | null): { answer: QueryAnswer | null; busy: boolean } {
  const api = useVectorsApi();
  const state = useSourceState(source);
  // A new object for every new space, and the same one while only the upgrade's progress changes.
  const info = state.status === 'ready' ? state.info : null;
  const ready = info !== null;
  const key = useMemo(() => (query ? JSON.stringify(query) : ''), [query]);
  const [answer, setAnswer] = useState<{ key: string; source: VectorSource; info: SpaceInfo; a: QueryAnswer } | null>(null);
  const latest = useRef(0);
  useEffect(() => {
    if (!info || !key) return;
    const tag = ++latest.current;
    api.query(source, JSON.parse(key) as VectorQuery).then(
      (a) => { if (latest.current === tag) setAnswer({ key, source, info, a }); },
      () => undefined,
    );
  }, [api, info, key, source]);
  const current = answer && answer.key === key && answer.source === source && answer.info === info;
  return { answer: ready && answer && answer.source === source ? answer.a : null, busy: ready && !!key && !current };
}
