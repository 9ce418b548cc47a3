/**
 * Pure logic of the shared step controls: which step a command leads to, which key means what,
 * and how fast playback goes. The React hook (`ui/useStepper`) and the buttons are built on this.
 */

/** Playback speeds offered, as multiples of the base rate. */
export const SPEEDS = [0.25, 0.5, 1, 2, 4] as const;
export type Speed = (typeof SPEEDS)[number];

/** What a step command does. */
export type StepAction = 'back' | 'forward' | 'first' | 'last' | 'toggle';

/** True when `x` is one of the offered {@link SPEEDS}. */
export function isSpeed(x: unknown): x is Speed {
  return typeof x === 'number' && (SPEEDS as readonly number[]).includes(x);
}

/**
 * Restricts a step index to [0, count − 1], rounding to a whole step. A count of 0 (nothing to step
 * through yet) and NaN give step 0.
 */
export function clampStep(index: number, count: number): number {
  const last = lastStep(count);
  if (!Number.isFinite(index)) return Number.isNaN(index) ? 0 : index > 0 ? last : 0;
  return Math.min(Math.max(Math.round(index), 0), last);
}

/** Index of the last step (0 when there are no steps). */
export function lastStep(count: number): number {
  return Number.isFinite(count) && count > 1 ? Math.floor(count) - 1 : 0;
}

/** The step a navigation command leads to from `index` ('toggle' leaves it unchanged). */
export function nextStep(index: number, action: StepAction, count: number): number {
  switch (action) {
    case 'first': return 0;
    case 'last': return lastStep(count);
    case 'back': return clampStep(index - 1, count);
    case 'forward': return clampStep(index + 1, count);
    case 'toggle': return clampStep(index, count);
  }
}

/** Milliseconds between steps during playback: the base interval divided by the speed. */
export function stepIntervalMs(baseIntervalMs: number, speed: number): number {
  const s = Number.isFinite(speed) && speed > 0 ? speed : 1;
  return Math.max(16, baseIntervalMs / s);
}

/**
 * Maps a `KeyboardEvent.key` to a step command: ←/PageUp back, →/PageDown forward (presentation
 * clickers send PageUp/PageDown), Home/End first/last, Space play/pause. Other keys give null.
 */
export function stepKeyAction(key: string): StepAction | null {
  switch (key) {
    case 'ArrowLeft':
    case 'PageUp':
      return 'back';
    case 'ArrowRight':
    case 'PageDown':
      return 'forward';
    case 'Home': return 'first';
    case 'End': return 'last';
    case ' ':
    case 'Spacebar':
      return 'toggle';
    default: return null;
  }
}
