/**
 * Web Worker entry for the optimizer race: runs the engine's optimizers on a 2-D test function and posts
 * the recorded race back, so the page only draws.
 */
import { runRace } from '../models/gradientDescentRace';
import { errorMessage } from './protocol';
import type { RaceReply, RaceRequest } from './raceClient';

interface WorkerScope {
  postMessage(message: RaceReply): void;
  onmessage: ((e: MessageEvent<RaceRequest>) => void) | null;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (e) => {
  const { id, spec } = e.data;
  try {
    scope.postMessage({ id, result: runRace(spec) });
  } catch (err) {
    scope.postMessage({ id, error: errorMessage(err) });
  }
};
