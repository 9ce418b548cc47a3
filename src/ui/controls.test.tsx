// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { Slider } from './Slider';
import { Select } from './Select';
import { Segmented, Toggle } from './Toggle';
import { Notice } from './Notice';

afterEach(cleanup);

describe('Slider', () => {
  it('is labelled, shows its formatted value and reports numbers', () => {
    const onChange = vi.fn();
    render(<Slider label="Hidden units" value={0.25} min={0} max={1} step={0.05} onChange={onChange} format={(v) => `${v * 100}%`} />);
    const input = screen.getByLabelText('Hidden units') as HTMLInputElement;
    expect(input.getAttribute('aria-valuetext')).toBe('25%');
    expect(screen.getByText('25%').tagName).toBe('OUTPUT');
    fireEvent.change(input, { target: { value: '0.5' } });
    expect(onChange).toHaveBeenCalledWith(0.5);
  });
  it('a NaN value does not paint NaN', () => {
    render(<Slider label="Rate" value={NaN} min={0} max={1} onChange={() => {}} />);
    expect(document.body.textContent).not.toContain('NaN');
  });
});

describe('Select', () => {
  it('is labelled and reports the chosen option value', () => {
    const onChange = vi.fn();
    const options = [{ value: 'relu', label: 'ReLU' }, { value: 'tanh', label: 'tanh' }] as const;
    render(<Select label="Activation" value="relu" options={options} onChange={onChange} />);
    fireEvent.change(screen.getByLabelText('Activation'), { target: { value: 'tanh' } });
    expect(onChange).toHaveBeenCalledWith('tanh');
  });
});

describe('Toggle and Segmented', () => {
  it('the checkbox is labelled and reports its state', () => {
    const onChange = vi.fn();
    render(<Toggle label="Show gradients" checked={false} onChange={onChange} />);
    fireEvent.click(screen.getByLabelText('Show gradients'));
    expect(onChange).toHaveBeenCalledWith(true);
  });
  it('the segmented choice is a labelled radio group', () => {
    const onChange = vi.fn();
    render(<Segmented label="Loss" value="mse" options={[{ value: 'mse', label: 'MSE' }, { value: 'ce', label: 'Cross-entropy' }]} onChange={onChange} />);
    expect(screen.getByRole('group', { name: 'Loss' })).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'MSE' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'Cross-entropy' }));
    expect(onChange).toHaveBeenCalledWith('ce');
  });
});

describe('Notice', () => {
  it('info and warn are status messages, error is an alert', () => {
    render(<><Notice>fyi</Notice><Notice kind="warn">careful</Notice><Notice kind="error" title="Stopped">NaN loss</Notice></>);
    expect(screen.getAllByRole('status')).toHaveLength(2);
    expect(screen.getByRole('alert').textContent).toContain('Stopped NaN loss');
  });
});
