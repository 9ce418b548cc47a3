// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FormulaSteps } from './FormulaSteps';

describe('FormulaSteps', () => {
  it('writes the formulas up to the current step, names the later ones, and marks the current one', () => {
    render(<FormulaSteps formulas={['a = 1', 'b = 2', 'c = 3']} labels={['first', 'second', 'third']} index={1} title="Working" />);
    const items = screen.getByRole('list', { name: 'Working' }).querySelectorAll('li');
    expect(items).toHaveLength(3);
    expect(items[0].querySelector('.katex')).not.toBeNull();
    expect(items[1].getAttribute('aria-current')).toBe('step');
    expect(items[1].querySelector('.katex')).not.toBeNull();
    expect(items[2].querySelector('.katex')).toBeNull();
    expect(items[2].textContent).toBe('third');
    expect(items[2].className).toBe('ga-steps__future');
  });
});
