import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import { clampStep, lastStep, stepIntervalMs, type Speed } from '../lib/stepper';

export interface StepperOptions {
  /** Number of steps (indices 0 … count − 1). */
  count: number;
  /** Controlled step index (e.g. kept in the URL). Omit to let the hook keep it. */
  index?: number;
  /** Called with every new index; required for a controlled stepper to move. */
  onIndexChange?: (index: number) => void;
  /** Starting index of an uncontrolled stepper. Default 0. */
  initialIndex?: number;
  /** Milliseconds between steps at speed 1 during playback. Default 800. */
  baseIntervalMs?: number;
}

/** State and commands of a step-through process; pass it to `<StepControls stepper={…} />`. */
export interface Stepper {
  /** Current step, 0-based, always within [0, count − 1]. */
  index: number;
  count: number;
  setIndex: (index: number) => void;
  first: () => void;
  back: () => void;
  forward: () => void;
  last: () => void;
  /** True while playback advances the steps. */
  playing: boolean;
  /** Starts playback (from the first step when at the last one). */
  play: () => void;
  pause: () => void;
  toggle: () => void;
  /** Playback speed, a multiple of the base rate (0.25, 0.5, 1, 2 or 4). */
  speed: Speed;
  setSpeed: (speed: Speed) => void;
}

/**
 * Step index, playback and speed for a process shown step by step. Controlled when `index` is given
 * (then `onIndexChange` must store it), otherwise it keeps the index itself. Playback advances one step
 * every `baseIntervalMs / speed` ms and stops at the last step.
 */
export function useStepper(opts: StepperOptions): Stepper {
  const { count, onIndexChange, baseIntervalMs = 800 } = opts;
  const [own, setOwn] = useState(() => clampStep(opts.initialIndex ?? 0, count));
  const [playingWanted, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<Speed>(1);
  const controlled = opts.index !== undefined;
  const index = clampStep(controlled ? opts.index! : own, count);
  const end = lastStep(count);
  // Derived, so playback is never "on" at the last step even if the count shrank under it.
  const playing = playingWanted && index < end;

  const setIndex = useCallback((k: number) => {
    const next = clampStep(k, count);
    if (!controlled) setOwn(next);
    onIndexChange?.(next);
  }, [controlled, count, onIndexChange]);

  const tick = useEffectEvent(() => {
    const next = index + 1;
    setIndex(next);
    if (next >= end) setPlaying(false);
  });

  useEffect(() => {
    if (!playing) return;
    const id = setTimeout(tick, stepIntervalMs(baseIntervalMs, speed));
    return () => clearTimeout(id);
  }, [playing, index, speed, baseIntervalMs]);

  const play = useCallback(() => {
    if (end === 0) return;
    if (index >= end) setIndex(0);
    setPlaying(true);
  }, [end, index, setIndex]);
  const pause = useCallback(() => setPlaying(false), []);

  return {
    index,
    count,
    setIndex,
    first: () => setIndex(0),
    back: () => setIndex(index - 1),
    forward: () => setIndex(index + 1),
    last: () => setIndex(end),
    playing,
    play,
    pause,
    toggle: () => (playing ? pause() : play()),
    speed,
    setSpeed,
  };
}
