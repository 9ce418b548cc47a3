import type { RunState } from './protocol';

/**
 * Training time of one run as the page sees it, pauses excluded: told of every status change, it gives
 * the seconds spent running at any moment. Framework-free, so every widget's training hook shares it.
 */
export class RunClock {
  private total = 0;
  private since: number | null = null;

  /** A new run: back to zero, not running. */
  reset(): void {
    this.total = 0;
    this.since = null;
  }

  /** The run's status changed at `now` (ms): running starts the clock, any other state stops it. */
  status(state: RunState, now: number): void {
    if (state === 'running') this.since ??= now;
    else if (this.since !== null) {
      this.total += (now - this.since) / 1000;
      this.since = null;
    }
  }

  /** Seconds spent running up to `now` (ms). */
  seconds(now: number): number {
    return this.total + (this.since === null ? 0 : (now - this.since) / 1000);
  }
}
