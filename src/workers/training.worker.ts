/**
 * Web Worker entry: forwards commands to the shared host and posts events
 * back, transferring snapshot buffers. Uncaught errors become `error` events.
 */
import { createTrainingHost } from './host';
import { errorMessage, transferablesOf, type TrainingCommand, type TrainingEvent } from './protocol';

/** The worker global, typed by what we use (the DOM lib types `self` as Window). */
interface WorkerScope {
  postMessage(message: TrainingEvent, transfer: Transferable[]): void;
  onmessage: ((e: MessageEvent<TrainingCommand>) => void) | null;
  addEventListener(type: 'error' | 'unhandledrejection', fn: (e: Event) => void): void;
}

const scope = self as unknown as WorkerScope;
const post = (event: TrainingEvent): void => scope.postMessage(event, transferablesOf(event));
const handle = createTrainingHost(post);

scope.onmessage = (e) => handle(e.data);
scope.addEventListener('error', (e) => {
  post({ type: 'error', message: errorMessage((e as ErrorEvent).error ?? (e as ErrorEvent).message) });
});
scope.addEventListener('unhandledrejection', (e) => {
  post({ type: 'error', message: errorMessage((e as PromiseRejectionEvent).reason) });
});
