import { describe, expect, it } from 'vitest';
import { clampStep, isSpeed, lastStep, nextStep, stepIntervalMs, stepKeyAction } from './stepper';

describe('clampStep', () => {
  it('keeps an index inside [0, count - 1]', () => {
    expect(clampStep(3, 10)).toBe(3);
    expect(clampStep(-1, 10)).toBe(0);
    expect(clampStep(12, 10)).toBe(9);
  });
  it('rounds a fractional index to a whole step', () => {
    expect(clampStep(2.6, 10)).toBe(3);
  });
  it('a count of zero or one gives step 0', () => {
    expect(clampStep(5, 0)).toBe(0);
    expect(clampStep(5, 1)).toBe(0);
  });
  it('NaN and infinities land on a real step', () => {
    expect(clampStep(NaN, 5)).toBe(0);
    expect(clampStep(Infinity, 5)).toBe(4);
    expect(clampStep(-Infinity, 5)).toBe(0);
  });
  it('a NaN count behaves like no steps', () => {
    expect(lastStep(NaN)).toBe(0);
  });
});

describe('nextStep', () => {
  it('moves back and forward by one and stops at the ends', () => {
    expect(nextStep(3, 'forward', 5)).toBe(4);
    expect(nextStep(4, 'forward', 5)).toBe(4);
    expect(nextStep(0, 'back', 5)).toBe(0);
  });
  it('jumps to the first and last step', () => {
    expect(nextStep(2, 'first', 5)).toBe(0);
    expect(nextStep(2, 'last', 5)).toBe(4);
  });
  it('toggle does not move', () => {
    expect(nextStep(2, 'toggle', 5)).toBe(2);
  });
});

describe('stepKeyAction', () => {
  it.each([
    ['ArrowLeft', 'back'],
    ['PageUp', 'back'],
    ['ArrowRight', 'forward'],
    ['PageDown', 'forward'],
    ['Home', 'first'],
    ['End', 'last'],
    [' ', 'toggle'],
    ['Spacebar', 'toggle'],
  ])('%j means %s', (key, action) => {
    expect(stepKeyAction(key)).toBe(action);
  });
  it('unrelated keys (Enter, letters, ArrowUp) give null', () => {
    expect(stepKeyAction('Enter')).toBeNull();
    expect(stepKeyAction('a')).toBeNull();
    expect(stepKeyAction('ArrowUp')).toBeNull();
  });
});

describe('speeds', () => {
  it('the interval shrinks as the speed grows', () => {
    expect(stepIntervalMs(800, 1)).toBe(800);
    expect(stepIntervalMs(800, 4)).toBe(200);
    expect(stepIntervalMs(800, 0.25)).toBe(3200);
  });
  it('a zero, negative or NaN speed falls back to 1x', () => {
    expect(stepIntervalMs(800, 0)).toBe(800);
    expect(stepIntervalMs(800, NaN)).toBe(800);
  });
  it('only the offered speeds are speeds', () => {
    expect(isSpeed(2)).toBe(true);
    expect(isSpeed(3)).toBe(false);
    expect(isSpeed('1')).toBe(false);
  });
});
