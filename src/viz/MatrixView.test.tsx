// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MatrixView } from './MatrixView';

afterEach(cleanup);

const values = [
  [1, 2, 3, 0],
  [4, 5.25, 6, -1],
  [7, 8, Infinity, 2],
];

describe('MatrixView', () => {
  it('renders every number, with "—" for non-finite values', () => {
    render(<MatrixView values={values} title="Input" />);
    expect(screen.getByTestId('cell-0-0').textContent).toBe('1');
    expect(screen.getByTestId('cell-1-1').textContent).toBe('5.25');
    expect(screen.getByTestId('cell-1-3').textContent).toBe('−1');
    expect(screen.getByTestId('cell-2-2').textContent).toBe('—');
    expect(document.querySelectorAll('[data-testid^="cell-"]')).toHaveLength(12);
    expect(document.querySelectorAll('.ga-brackets path')).toHaveLength(2);
  });

  it('draws windows distinguishable by dash and width, with a legend', () => {
    const { container } = render(
      <MatrixView
        values={values}
        title="Pooling"
        windows={[
          { row: 0, col: 0, rows: 2, cols: 2, kind: 'read' },
          { row: 1, col: 1, rows: 1, cols: 1, kind: 'winner' },
          { row: 0, col: 3, rows: 1, cols: 1, kind: 'write' },
        ]}
      />,
    );
    const ws = [...container.querySelectorAll('[data-testid="window"]')];
    expect(ws.map((w) => w.getAttribute('data-kind'))).toEqual(['read', 'winner', 'write']);
    const read = ws[0];
    const winner = ws[1];
    expect(read.getAttribute('stroke-dasharray')).toBeTruthy();
    expect(winner.getAttribute('stroke-dasharray')).toBeNull();
    expect(Number(winner.getAttribute('stroke-width'))).toBeGreaterThan(Number(read.getAttribute('stroke-width')));
    // The read window covers two cells in each direction (52 × 30 cells).
    expect(Number(read.getAttribute('width'))).toBeGreaterThan(52);
    expect(screen.getByTestId('cell-1-1').getAttribute('font-weight')).toBe('700');
    expect(container.querySelector('.ga-window-legend')?.textContent).toContain('read window');
  });

  it('colours cells by value and reports clicks', () => {
    const onCellClick = vi.fn();
    render(<MatrixView values={[[-1, 1]]} title="δ" colorByValue onCellClick={onCellClick} colLabels={['p', 'q']} />);
    const neg = screen.getByTestId('cell-0-0');
    expect(['#000000', '#ffffff']).toContain(neg.getAttribute('fill'));
    fireEvent.click(screen.getByTestId('cell-0-1'));
    expect(onCellClick).toHaveBeenCalledWith(0, 1);
    fireEvent.pointerEnter(screen.getByTestId('cell-0-1'));
    expect(screen.getByTestId('status').textContent).toBe('Row 1, column q: 1');
  });
});
