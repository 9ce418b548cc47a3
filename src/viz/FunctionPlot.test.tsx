// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { LangContext } from '../i18n';
import { FunctionPlot, type PlotSeries } from './FunctionPlot';

afterEach(cleanup);

const xs = Array.from({ length: 11 }, (_, i) => i - 5);
const series: PlotSeries[] = [
  { id: 'sq', label: 'x²', points: xs.map((x) => [x, x * x] as const) },
  { id: 'lin', label: '2x', points: xs.map((x) => [x, x === 0 ? NaN : 2 * x] as const), dashed: true },
];

function renderPlot(extra: Partial<Parameters<typeof FunctionPlot>[0]> = {}) {
  const { container } = render(
    <FunctionPlot series={series} title="Parabola" xDomain={[-5, 5]} yDomain={[-10, 25]} xLabel="x" yLabel="y" {...extra} />,
  );
  const svg = container.querySelector('svg')!;
  return { container, svg };
}

describe('FunctionPlot', () => {
  it('is a labelled image with a title', () => {
    const { svg } = renderPlot();
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('Parabola');
    expect(svg.querySelector('title')?.textContent).toBe('Parabola');
    expect(svg.getAttribute('viewBox')).toBe('0 0 480 300');
  });

  it('draws one path per series, skipping non-finite points', () => {
    const { svg } = renderPlot();
    const paths = svg.querySelectorAll('path[data-series]');
    expect(paths).toHaveLength(2);
    const lin = svg.querySelector('path[data-series="lin"]')!;
    const d = lin.getAttribute('d')!;
    expect(d).not.toMatch(/NaN|Infinity/);
    expect(d.match(/M/g)).toHaveLength(2); // the gap at x = 0 splits the line
    expect(lin.getAttribute('stroke-dasharray')).toBeTruthy();
  });

  it('renders axis ticks from the scales', () => {
    const { svg } = renderPlot();
    const xTicks = [...svg.querySelectorAll('[data-testid="x-axis"] .ga-tick text')].map((t) => t.textContent);
    expect(xTicks).toContain('0');
    expect(xTicks).toContain('−4');
    const yTicks = [...svg.querySelectorAll('[data-testid="y-axis"] .ga-tick text')].map((t) => t.textContent);
    expect(yTicks).toContain('20');
  });

  it('shows a legend and markers', () => {
    const { svg } = renderPlot({ markers: [{ x: 1, y: 1, label: 'min' }, { x: 2 }, { y: 99 }] });
    expect(svg.querySelector('.ga-legend')?.textContent).toContain('x²');
    expect(svg.querySelectorAll('[data-testid="marker"]')).toHaveLength(2); // y = 99 is off the plot
  });

  it('shows the read-out at a given x, with interpolation and "—" for gaps', () => {
    const { svg, container } = renderPlot({ readoutX: 1.5 });
    const text = svg.querySelector('[data-testid="readout"]')!.textContent!;
    expect(text).toContain('At x = 1.5');
    expect(text).toContain('x²: 2.5'); // between samples (1, 1) and (2, 4)
    expect(container.querySelector('[aria-live]')?.textContent).toContain('2x: 3');
    cleanup();
    const gap = renderPlot({ readoutX: 0 });
    expect(gap.svg.querySelector('[data-testid="readout"]')!.textContent).toContain('2x: —');
  });

  it('follows the pointer and the arrow keys', () => {
    const { svg } = renderPlot();
    expect(svg.querySelector('[data-testid="readout"]')).toBeNull();
    svg.getBoundingClientRect = () => ({ left: 0, top: 0, width: 960, height: 600, right: 960, bottom: 600, x: 0, y: 0, toJSON: () => ({}) });
    const hit = svg.querySelector('.ga-hit')!;
    const left = Number(hit.getAttribute('x'));
    const w = Number(hit.getAttribute('width'));
    // Pointer at the middle of the plot area (client coordinates are twice the viewBox ones).
    fireEvent.pointerMove(hit, { clientX: 2 * (left + w / 2), clientY: 100 });
    expect(svg.querySelector('[data-testid="readout"]')!.textContent).toContain('At x = 0');
    act(() => svg.focus());
    fireEvent.keyDown(svg, { key: 'ArrowRight' });
    expect(svg.querySelector('[data-testid="readout"]')!.textContent).toContain('At x = 1');
    expect(svg.querySelector('[data-testid="readout"]')!.textContent).toContain('x²: 1');
    fireEvent.keyDown(svg, { key: 'End' });
    expect(svg.querySelector('[data-testid="readout"]')!.textContent).toContain('At x = 5');
    fireEvent.keyDown(svg, { key: 'Escape' });
    expect(svg.querySelector('[data-testid="readout"]')).toBeNull();
  });

  it('speaks Vietnamese', () => {
    render(
      <LangContext.Provider value="vi">
        <FunctionPlot series={series} title="Parabol" readoutX={1} />
      </LangContext.Provider>,
    );
    expect(screen.getByTestId('readout').textContent).toContain('Tại x = 1');
  });
});
