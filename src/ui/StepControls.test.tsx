// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { StepControls } from './StepControls';
import { useStepper, type StepperOptions } from './useStepper';

const LABELS = ['read the input', 'multiply by the weight', 'add the bias', 'apply the sigmoid'];

function Harness(props: Partial<StepperOptions> & { globalKeys?: boolean }) {
  const { globalKeys, ...opts } = props;
  const stepper = useStepper({ count: LABELS.length, ...opts });
  return (
    <>
      <StepControls stepper={stepper} label={(k) => LABELS[k]} title="Forward pass" globalKeys={globalKeys} />
      <input aria-label="elsewhere" />
    </>
  );
}

const status = () => screen.getByTestId('step-status').textContent;
const btn = (name: string) => screen.getByRole('button', { name });
const group = () => screen.getByRole('group', { name: 'Forward pass' });

beforeEach(() => vi.useFakeTimers());
afterEach(() => { cleanup(); vi.useRealTimers(); });

describe('StepControls', () => {
  it('shows "Step k of n: label" with k counted from 1', () => {
    render(<Harness />);
    expect(status()).toBe('Step 1 of 4: read the input');
  });

  it('buttons move through the steps', () => {
    render(<Harness />);
    fireEvent.click(btn('Next step'));
    expect(status()).toBe('Step 2 of 4: multiply by the weight');
    fireEvent.click(btn('Last step'));
    expect(status()).toBe('Step 4 of 4: apply the sigmoid');
    fireEvent.click(btn('Previous step'));
    expect(status()).toBe('Step 3 of 4: add the bias');
    fireEvent.click(btn('First step'));
    expect(status()).toBe('Step 1 of 4: read the input');
  });

  it('back and first are disabled at the first step, forward and last at the last', () => {
    render(<Harness />);
    expect(btn('First step').getAttribute('aria-disabled')).toBe('true');
    expect(btn('Previous step').getAttribute('aria-disabled')).toBe('true');
    expect(btn('Next step').getAttribute('aria-disabled')).toBeNull();
    fireEvent.click(btn('Previous step'));
    expect(status()).toMatch(/^Step 1 of 4/);
    fireEvent.click(btn('Last step'));
    expect(btn('Next step').getAttribute('aria-disabled')).toBe('true');
    expect(btn('Last step').getAttribute('aria-disabled')).toBe('true');
    expect(btn('First step').getAttribute('aria-disabled')).toBeNull();
  });

  it('keys work when focus is inside the group', () => {
    render(<Harness />);
    fireEvent.keyDown(group(), { key: 'ArrowRight' });
    fireEvent.keyDown(group(), { key: 'PageDown' });
    expect(status()).toMatch(/^Step 3/);
    fireEvent.keyDown(group(), { key: 'ArrowLeft' });
    expect(status()).toMatch(/^Step 2/);
    fireEvent.keyDown(group(), { key: 'End' });
    expect(status()).toMatch(/^Step 4/);
    fireEvent.keyDown(group(), { key: 'Home' });
    expect(status()).toMatch(/^Step 1/);
    fireEvent.keyDown(btn('Next step'), { key: 'PageUp' });
    expect(status()).toMatch(/^Step 1/);
  });

  it('the group is focusable and labelled', () => {
    render(<Harness />);
    expect(group().tabIndex).toBe(0);
  });

  it('keys on the window are ignored unless globalKeys is on', () => {
    render(<Harness />);
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    expect(status()).toMatch(/^Step 1/);
  });

  it('with globalKeys, keys on the page step, but not keys typed into an input', () => {
    render(<Harness globalKeys />);
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    expect(status()).toMatch(/^Step 2/);
    fireEvent.keyDown(screen.getByLabelText('elsewhere'), { key: 'ArrowRight' });
    expect(status()).toMatch(/^Step 2/);
    fireEvent.keyDown(group(), { key: 'ArrowRight' });
    expect(status()).toMatch(/^Step 3/);
  });

  it('Space plays, playback advances with the timer and stops at the last step', () => {
    render(<Harness />);
    fireEvent.keyDown(group(), { key: ' ' });
    expect(btn('Pause')).toBeTruthy();
    act(() => { vi.advanceTimersByTime(800); });
    expect(status()).toMatch(/^Step 2/);
    act(() => { vi.advanceTimersByTime(800); });
    act(() => { vi.advanceTimersByTime(800); });
    expect(status()).toMatch(/^Step 4/);
    expect(btn('Play')).toBeTruthy();
    act(() => { vi.advanceTimersByTime(5000); });
    expect(status()).toMatch(/^Step 4/);
  });

  it('keepPace: when a step took longer to draw than the interval, playback skips ahead to keep its pace', () => {
    let now = 1000;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => now);
    render(<Harness keepPace />);
    fireEvent.keyDown(group(), { key: ' ' });
    now += 800; // drawn in time: one step
    act(() => { vi.advanceTimersByTime(800); });
    expect(status()).toMatch(/^Step 2/);
    now += 1700; // the tick came 900 ms late: two steps, the 100 ms left over carries on
    act(() => { vi.advanceTimersByTime(800); });
    expect(status()).toMatch(/^Step 4/);
    expect(btn('Play')).toBeTruthy();
    clock.mockRestore();
  });

  it('pause stops playback', () => {
    render(<Harness />);
    fireEvent.click(btn('Play'));
    act(() => { vi.advanceTimersByTime(800); });
    fireEvent.click(btn('Pause'));
    act(() => { vi.advanceTimersByTime(5000); });
    expect(status()).toMatch(/^Step 2/);
  });

  it('speed 4x advances every 200 ms', () => {
    render(<Harness />);
    fireEvent.change(screen.getByLabelText('Speed'), { target: { value: '4' } });
    fireEvent.click(btn('Play'));
    act(() => { vi.advanceTimersByTime(200); });
    expect(status()).toMatch(/^Step 2/);
  });

  it('play at the last step starts again from the first', () => {
    render(<Harness initialIndex={3} />);
    fireEvent.click(btn('Play'));
    expect(status()).toMatch(/^Step 1/);
    act(() => { vi.advanceTimersByTime(800); });
    expect(status()).toMatch(/^Step 2/);
  });

  it('a controlled stepper reports index changes and shows the index it is given', () => {
    const seen: number[] = [];
    function Controlled() {
      const [k, setK] = useState(2);
      return <Harness index={k} onIndexChange={(i) => { seen.push(i); setK(i); }} />;
    }
    render(<Controlled />);
    expect(status()).toMatch(/^Step 3/);
    fireEvent.click(btn('Next step'));
    expect(seen).toEqual([3]);
    expect(status()).toMatch(/^Step 4/);
  });

  it('an out-of-range controlled index is clamped for display', () => {
    render(<Harness index={99} />);
    expect(status()).toMatch(/^Step 4 of 4/);
  });
});
