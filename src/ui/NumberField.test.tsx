// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { LangContext } from '../i18n';
import { NumberField, type NumberFieldProps } from './NumberField';

afterEach(cleanup);

function setup(props: Partial<NumberFieldProps> = {}) {
  const onChange = vi.fn();
  render(<NumberField label="Learning rate" value={0.5} onChange={onChange} {...props} />);
  const input = screen.getByLabelText('Learning rate') as HTMLInputElement;
  const type = (text: string) => fireEvent.change(input, { target: { value: text } });
  const error = () => document.getElementById(`${input.id}-error`)?.textContent ?? '';
  return { onChange, input, type, error };
}

describe('NumberField', () => {
  it('shows the value and reports a valid typed number', () => {
    const { input, type, onChange } = setup();
    expect(input.value).toBe('0.5');
    type('0,25');
    expect(onChange).toHaveBeenLastCalledWith(0.25);
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it.each([
    ['', {}, 'Enter a number'],
    ['abc', {}, 'Not a number'],
    ['1e999', {}, 'too large'],
    ['NaN', {}, 'Not a number'],
    ['Infinity', {}, 'Not a number'],
    ['-1', { min: 0 }, 'Must be at least 0'],
    ['11', { max: 10 }, 'Must be at most 10'],
    ['2.5', { integer: true }, 'Must be a whole number'],
  ])('bad input %j shows a message and keeps the last good value', (text, props, message) => {
    const { input, type, onChange, error } = setup(props);
    type(text);
    expect(onChange).not.toHaveBeenCalled();
    expect(error()).toContain(message);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain(`${input.id}-error`);
    expect(input.value).toBe(text);
  });

  it('the message goes away once the text is a number again', () => {
    const { type, error, onChange } = setup();
    type('abc');
    type('3');
    expect(error()).toBe('');
    expect(onChange).toHaveBeenLastCalledWith(3);
  });

  it('messages are in Vietnamese when the language is vi', () => {
    const onChange = vi.fn();
    render(
      <LangContext.Provider value="vi">
        <NumberField label="Tốc độ học" value={1} min={0} onChange={onChange} />
      </LangContext.Provider>,
    );
    const input = screen.getByLabelText('Tốc độ học');
    fireEvent.change(input, { target: { value: '-2' } });
    expect(screen.getByText('Phải lớn hơn hoặc bằng 0')).toBeTruthy();
  });

  it('ArrowUp and ArrowDown step by step and stay inside the bounds', () => {
    const { input, onChange } = setup({ step: 0.1, max: 0.6 });
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(onChange).toHaveBeenLastCalledWith(0.6);
    expect(input.value).toBe('0.6');
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(input.value).toBe('0.6');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.value).toBe('0.4');
    expect(onChange).toHaveBeenLastCalledWith(0.4);
  });

  it('ArrowUp on a bad text steps from the last good value', () => {
    const { input, type, onChange } = setup();
    type('oops');
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(onChange).toHaveBeenLastCalledWith(1.5);
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it('an outside change of value replaces the text and clears the message', () => {
    function Harness() {
      const [v, setV] = useState(1);
      return (
        <>
          <NumberField label="Weight" value={v} onChange={setV} />
          <button type="button" onClick={() => setV(-2.5)}>reset</button>
        </>
      );
    }
    render(<Harness />);
    const input = screen.getByLabelText('Weight') as HTMLInputElement;
    fireEvent.change(input, { target: { value: 'x' } });
    fireEvent.click(screen.getByText('reset'));
    expect(input.value).toBe('-2.5');
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it('typing keeps the text as typed when the parent accepts the value ("1." stays "1.")', () => {
    function Harness() {
      const [v, setV] = useState(0);
      return <NumberField label="Bias" value={v} onChange={setV} />;
    }
    render(<Harness />);
    const input = screen.getByLabelText('Bias') as HTMLInputElement;
    fireEvent.change(input, { target: { value: '1.' } });
    expect(input.value).toBe('1.');
  });

  it('passes data-testid and description through', () => {
    render(<NumberField label="Seed" value={1} onChange={() => {}} data-testid="seed" description="Any whole number" />);
    const input = screen.getByTestId('seed');
    const descId = input.getAttribute('aria-describedby')!;
    expect(document.getElementById(descId)?.textContent).toBe('Any whole number');
  });
});
