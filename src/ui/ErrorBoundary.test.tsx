// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { WidgetErrorBoundary } from './ErrorBoundary';

let shouldThrow = true;

function Fragile() {
  const [n, setN] = useState(0);
  if (shouldThrow && n > 0) throw new Error('weights became NaN');
  return <button type="button" onClick={() => setN(n + 1)}>count {n}</button>;
}

beforeEach(() => {
  shouldThrow = true;
  // React and the boundary report the caught error on the console; keep the test output clean.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => { cleanup(); vi.restoreAllMocks(); });

describe('WidgetErrorBoundary', () => {
  it('renders its child when nothing throws', () => {
    render(<WidgetErrorBoundary name="Perceptron"><Fragile /></WidgetErrorBoundary>);
    expect(screen.getByText('count 0')).toBeTruthy();
  });

  it('a throwing child shows the error and a reset button, and the rest of the page stays', () => {
    render(
      <>
        <WidgetErrorBoundary name="Perceptron"><Fragile /></WidgetErrorBoundary>
        <p>other widget</p>
      </>,
    );
    fireEvent.click(screen.getByText('count 0'));
    expect(screen.getByRole('alert').textContent).toContain('Something went wrong in Perceptron');
    expect(screen.getByText('weights became NaN')).toBeTruthy();
    expect(screen.getByText('other widget')).toBeTruthy();
  });

  it('reset remounts the child with fresh state and calls onReset', () => {
    const onReset = vi.fn();
    render(<WidgetErrorBoundary name="Perceptron" onReset={onReset}><Fragile /></WidgetErrorBoundary>);
    fireEvent.click(screen.getByText('count 0'));
    shouldThrow = false;
    fireEvent.click(screen.getByRole('button', { name: 'Reset this widget' }));
    expect(onReset).toHaveBeenCalledTimes(1);
    expect(screen.getByText('count 0')).toBeTruthy();
  });

  it('a non-Error throw is shown as text', () => {
    function ThrowsString(): never { throw 'bad shape'; }
    render(<WidgetErrorBoundary name="Conv"><ThrowsString /></WidgetErrorBoundary>);
    expect(screen.getByText('bad shape')).toBeTruthy();
  });
});
