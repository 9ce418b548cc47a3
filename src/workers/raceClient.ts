/**
 * The page-side client of the race worker: `computeRace(spec)` resolves with the recorded race. One worker is
 * shared by every request; where there is no Worker (Node, jsdom) the race runs in-process after a macrotask.
 */
import { runRace, type RaceResult, type RaceSpec } from '../models/gradientDescentRace';
import { errorMessage } from './protocol';

export interface RaceRequest { id: number; spec: RaceSpec }
export type RaceReply = { id: number; result: RaceResult } | { id: number; error: string };

type Pending = { resolve: (r: RaceResult) => void; reject: (e: Error) => void };
const pending = new Map<number, Pending>();
let worker: Worker | null = null;
let nextId = 1;

function failAll(message: string) {
  for (const p of pending.values()) p.reject(new Error(message));
  pending.clear();
  worker?.terminate();
  worker = null;
}

function getWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('./race.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (e: MessageEvent<RaceReply>) => {
    const p = pending.get(e.data.id);
    if (!p) return;
    pending.delete(e.data.id);
    if ('error' in e.data) p.reject(new Error(e.data.error));
    else p.resolve(e.data.result);
  };
  w.onerror = (e) => {
    e.preventDefault();
    failAll(e.message || 'race worker failed to load or crashed');
  };
  worker = w;
  return w;
}

/** Runs the race in the background worker (or in-process where none exists). */
export function computeRace(spec: RaceSpec): Promise<RaceResult> {
  if (typeof Worker === 'undefined') {
    return new Promise((resolve, reject) => setTimeout(() => {
      try { resolve(runRace(spec)); } catch (err) { reject(new Error(errorMessage(err))); }
    }, 0));
  }
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    getWorker().postMessage({ id, spec } satisfies RaceRequest);
  });
}
