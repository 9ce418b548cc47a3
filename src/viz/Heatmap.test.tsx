// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render } from '@testing-library/react';
import { Heatmap } from './Heatmap';
import { divergingColor } from './palettes';

afterEach(cleanup);

const values = [
  [1, -2, 0.5],
  [0, NaN, 1 / 3],
];

describe('Heatmap', () => {
  it('renders rows × cols cells carrying their values', () => {
    const { container } = render(<Heatmap values={values} title="Weights" scale="diverging" />);
    const cells = container.querySelectorAll('rect[data-row]');
    expect(cells).toHaveLength(6);
    const cell = container.querySelector('rect[data-row="1"][data-col="2"]')!;
    expect(cell.getAttribute('data-value')).toBe('0.333333');
    const neg = container.querySelector('rect[data-row="0"][data-col="1"]')!;
    expect(neg.getAttribute('fill')).toBe(divergingColor(-2, 2));
    expect(container.querySelector('svg')!.getAttribute('aria-label')).toBe('Weights');
  });

  it('prints values with contrast colours and never "NaN"', () => {
    const { container } = render(<Heatmap values={values} title="W" scale="sequential" showValues digits={1} />);
    const texts = [...container.querySelectorAll('.ga-cell-value')];
    expect(texts.map((t) => t.textContent)).toEqual(['1', '−2', '0.5', '0', '—', '0.3']);
    expect(container.querySelector('svg')!.textContent).not.toMatch(/NaN|Infinity/);
    for (const t of texts) expect(['#000000', '#ffffff']).toContain(t.getAttribute('fill'));
  });

  it('prints values too small for the cell precision as 0, not in exponent form (the readout keeps them)', () => {
    const tiny = [[8.6e-5, -2.7e-8, 0.0096], [1e-3, 0.5, -0.004]];
    const { container } = render(<Heatmap values={tiny} title="W" scale="sequential" showValues digits={2} rowLabels={['a', 'b']} />);
    expect([...container.querySelectorAll('.ga-cell-value')].map((t) => t.textContent)).toEqual(['0', '0', '0.01', '0', '0.5', '0']);
    fireEvent.pointerEnter(container.querySelector('rect[data-row="0"][data-col="0"]')!);
    expect(container.querySelector('[data-testid="status"]')?.textContent).toBe('Row a, column 1: 8.6e−5');
  });

  it('outlines highlighted cells, ignoring those outside the grid', () => {
    const { container } = render(
      <Heatmap values={values} title="W" scale="diverging" highlight={[{ row: 1, col: 0 }, { row: 5, col: 5 }]} />,
    );
    const hs = container.querySelectorAll('[data-testid="highlight"]');
    expect(hs).toHaveLength(1);
    expect(hs[0].getAttribute('data-row')).toBe('1');
  });

  it('reads out the hovered cell and reports clicks and Enter', () => {
    const onCellClick = vi.fn();
    const { container } = render(
      <Heatmap values={values} title="W" scale="diverging" rowLabels={['a', 'b']} onCellClick={onCellClick} />,
    );
    const cell = container.querySelector('rect[data-row="0"][data-col="1"]')!;
    fireEvent.pointerEnter(cell);
    expect(container.querySelector('[data-testid="status"]')?.textContent).toBe('Row a, column 2: −2');
    expect(container.querySelector('[aria-live]')?.textContent).toBe('Row a, column 2: −2');
    fireEvent.click(cell);
    expect(onCellClick).toHaveBeenLastCalledWith(0, 1);
    const svg = container.querySelector('svg')!;
    fireEvent.keyDown(svg, { key: 'ArrowDown' });
    fireEvent.keyDown(svg, { key: 'Enter' });
    expect(onCellClick).toHaveBeenLastCalledWith(1, 1);
  });

  it('uses an explicit domain and shows its ends in the legend', () => {
    const { container } = render(<Heatmap values={values} title="W" scale="diverging" domain={[-4, 1]} />);
    const cell = container.querySelector('rect[data-row="0"][data-col="0"]')!;
    expect(cell.getAttribute('fill')).toBe(divergingColor(1, 4));
    const legend = container.querySelector('.ga-colour-legend')!.textContent;
    expect(legend).toContain('−4');
    expect(legend).toContain('4');
  });
});
