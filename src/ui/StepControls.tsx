import { Icon, type IconName } from './Icon';
import { useEffect, useEffectEvent, useRef, type KeyboardEvent as ReactKeyboardEvent, type ReactNode, type RefObject } from 'react';
import { fmt, fmtNodes, useMessages } from '../i18n';
import { isSpeed, lastStep, SPEEDS, stepKeyAction, type StepAction } from '../lib/stepper';
import { uiMessages } from './messages';
import { useWidgetActive } from './PresenterContext';
import type { Stepper } from './useStepper';

export interface StepControlsProps {
  /** From `useStepper`. */
  stepper: Stepper;
  /** What happens at step `k` (0-based), shown as "Step k+1 of n: label" (a node may mark words' language). */
  label?: (k: number) => ReactNode;
  /** Accessible name of the control group. Default "Step controls". */
  title?: string;
  /**
   * Also listen to the keys on the whole window (ignoring typing in inputs, selects, editable text).
   * Default: on inside the widget that presenter mode shows full screen, off elsewhere.
   */
  globalKeys?: boolean;
  className?: string;
}

/** Runs a step command on the stepper. */
export function runStepAction(stepper: Stepper, action: StepAction): void {
  const commands: Record<StepAction, () => void> = {
    back: stepper.back, forward: stepper.forward, first: stepper.first, last: stepper.last, toggle: stepper.toggle,
  };
  commands[action]();
}

/** True for targets where keys mean typing (or choosing), never stepping. */
function isEditable(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName) || el.getAttribute('contenteditable') === 'true';
}

/** True where Space already does something (presses a button, follows a link, opens a disclosure). */
function spaceIsNative(el: EventTarget | null): boolean {
  return el instanceof HTMLElement && ['BUTTON', 'A', 'SUMMARY'].includes(el.tagName);
}

/** The step command for a key event, or null when the event should be left alone. */
function actionFor(e: KeyboardEvent | ReactKeyboardEvent, container: Element | null): StepAction | null {
  if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isEditable(e.target)) return null;
  const action = stepKeyAction(e.key);
  if (action === 'toggle' && e.target !== container && spaceIsNative(e.target)) return null;
  return action;
}

const ICON: Record<StepAction | 'pause', IconName> = {
  first: 'first', back: 'back', toggle: 'play', pause: 'pause', forward: 'forward', last: 'last',
};

/** Step keys inside `ref`'s element (its onKeyDown handler) and, when `global`, on the whole window. */
function useStepKeys(ref: RefObject<HTMLDivElement | null>, stepper: Stepper, global: boolean) {
  const onWindowKey = useEffectEvent((e: KeyboardEvent) => {
    // Keys inside the controls are handled by their own onKeyDown.
    if (ref.current && e.target instanceof Node && ref.current.contains(e.target)) return;
    const action = actionFor(e, ref.current);
    if (!action) return;
    e.preventDefault();
    runStepAction(stepper, action);
  });
  useEffect(() => {
    if (!global) return;
    const handler = (e: KeyboardEvent) => onWindowKey(e);
    window.addEventListener('keydown', handler);
    return () => window.removeEventListener('keydown', handler);
  }, [global]);

  return (e: ReactKeyboardEvent<HTMLDivElement>) => {
    const action = actionFor(e, e.currentTarget);
    if (!action) return;
    e.preventDefault();
    runStepAction(stepper, action);
  };
}

/** One icon button; aria-disabled (not disabled) so focus is not lost when an end is reached. */
function StepButton({ stepper, action, name, disabled }: { stepper: Stepper; action: StepAction; name: string; disabled: boolean }) {
  return (
    <button
      type="button"
      className="ga-button ga-steps__button"
      aria-label={name}
      title={name}
      aria-disabled={disabled || undefined}
      onClick={() => { if (!disabled) runStepAction(stepper, action); }}
    >
      <Icon name={action === 'toggle' && stepper.playing ? ICON.pause : ICON[action]} />
    </button>
  );
}

/**
 * The shared step controls: first, back, play/pause, forward, last, speed, and a live
 * "Step k of n: …" line. Keys ←/→ (and PageUp/PageDown from clickers), Space, Home/End work while
 * focus is inside the group, and on the whole page when `globalKeys` is on.
 */
export function StepControls({ stepper, label, title, globalKeys, className }: StepControlsProps) {
  const m = useMessages(uiMessages);
  const widgetActive = useWidgetActive();
  const ref = useRef<HTMLDivElement>(null);
  const onKeyDown = useStepKeys(ref, stepper, globalKeys ?? widgetActive);
  const { index, count, playing } = stepper;
  const atStart = index <= 0;
  const atEnd = index >= lastStep(count);
  const button = (action: StepAction, name: string, disabled: boolean) =>
    <StepButton stepper={stepper} action={action} name={name} disabled={disabled} />;

  const status = count <= 0 ? '' : label
    ? fmtNodes(m.stepStatus, { k: index + 1, n: count, label: label(index) })
    : fmt(m.stepStatusBare, { k: index + 1, n: count });

  return (
    <div
      ref={ref}
      className={`ga-steps${className ? ` ${className}` : ''}`}
      role="group"
      aria-label={title ?? m.steps}
      title={m.keysHint}
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <div className="ga-steps__buttons">
        {button('first', m.first, atStart)}
        {button('back', m.back, atStart)}
        {button('toggle', playing ? m.pause : m.play, count <= 1)}
        {button('forward', m.forward, atEnd)}
        {button('last', m.last, atEnd)}
        <label className="ga-steps__speed">
          <span>{m.speed}</span>
          <select
            value={String(stepper.speed)}
            onChange={(e) => { const s = Number(e.target.value); if (isSpeed(s)) stepper.setSpeed(s); }}
          >
            {SPEEDS.map((s) => <option key={s} value={String(s)}>{`${s}×`}</option>)}
          </select>
        </label>
      </div>
      <p className="ga-steps__status" aria-live={playing ? 'off' : 'polite'} aria-atomic="true" data-testid="step-status">
        {status}
      </p>
    </div>
  );
}
