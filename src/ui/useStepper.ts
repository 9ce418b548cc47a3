import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';
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
  /**
   * Keep the playback's pace when drawing a step takes longer than the interval: advance by as many
   * steps as the time since the last one covers (long recordings, e.g. a 300-step race, then play in
   * count × interval whatever the machine). Default false: every step is shown.
   */
  keepPace?: boolean;
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
 * every `baseIntervalMs / speed` ms (or catches up, with `keepPace`) and stops at the last step.
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

  const lastTickAt = useRef(0);
  const tick = useEffectEvent(() => {
    const now = performance.now();
    const interval = stepIntervalMs(baseIntervalMs, speed);
    // With keepPace, the steps the elapsed time covers; the remainder carries over to the next tick.
    const steps = opts.keepPace ? Math.max(1, Math.floor((now - lastTickAt.current) / interval)) : 1;
    lastTickAt.current = opts.keepPace ? lastTickAt.current + steps * interval : now;
    const next = Math.min(end, index + steps);
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
    lastTickAt.current = performance.now();
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
